// The code's layout as a reader finds it (issue #18): pipeline/'s root holds the declared steps and
// the command line, each step is a folder, and no step imports a later step or the machinery.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { STAGES } from '../pipeline/steps.ts';

const PIPELINE = join(PROJECT_ROOT, 'pipeline');
/** What a step may import besides the steps before it: shared helpers and the schemas. */
const SHARED = ['common'];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1]));
}

describe('the pipeline folder', () => {
  it('holds the steps, in their declared order, the machinery and the command line', () => {
    const entries = readdirSync(PIPELINE).sort();
    expect(entries.filter((e) => statSync(join(PIPELINE, e)).isFile())).toEqual(['cli.ts', 'steps.ts']);
    expect(entries.filter((e) => statSync(join(PIPELINE, e)).isDirectory()).sort()).toEqual([...STAGES, 'release', 'run', 'publish', ...SHARED].sort());
    expect(STAGES).toEqual(['ingest', 'parse', 'extract', 'tables', 'check', 'write']);
  });

  it('has no step importing a later step, the release or the machinery (run/, publish/)', () => {
    const backwards: string[] = [];
    for (const [index, stage] of STAGES.entries()) {
      for (const name of readdirSync(join(PIPELINE, stage))) {
        const file = join(PIPELINE, stage, name);
        for (const target of importsOf(file)) {
          const path = relative(PIPELINE, target);
          if (path.startsWith('..')) continue; // schemas/
          const top = path.split('/')[0];
          const allowed = SHARED.includes(top) || STAGES.slice(0, index + 1).includes(top as (typeof STAGES)[number]);
          if (!allowed) backwards.push(`${stage}/${name} -> ${path}`);
        }
      }
    }
    expect(backwards).toEqual([]);
  });

  it('is not imported by the schemas, the source of truth every step reads', () => {
    const schemas = join(PROJECT_ROOT, 'schemas');
    const into = readdirSync(schemas).filter((f) => f.endsWith('.ts')).flatMap((f) => importsOf(join(schemas, f)).filter((t) => relative(schemas, t).startsWith('..')).map((t) => `${f} -> ${relative(PROJECT_ROOT, t)}`));
    expect(into).toEqual([]);
  });
});
