// The hostile-input corpus (test/hostile/raw, one case per class of bad input, plus manifest
// paths that try to leave the raw folder): each gives its expected error, nothing is written
// outside the output folder, and --keep-going builds the good reports and lists the bad ones.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../pipeline/problems.ts';
import { PROJECT_ROOT, runPipeline } from '../pipeline/run.ts';
import { tempDir } from './helpers.ts';

const RAW = join(PROJECT_ROOT, 'test/hostile/raw');
const expected = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/hostile/expected.json'), 'utf8'));
const rel = (file: string) => (file.startsWith('/') ? relative(PROJECT_ROOT, file) : file);

describe('hostile inputs', () => {
  it('with --keep-going: builds the good reports, rejects each bad one with its expected error', async () => {
    const parent = tempDir();
    const out = join(parent, 'dist');
    const result = await runPipeline({ raw: RAW, out, keepGoing: true, cache: null });
    expect(result.reports).toEqual(expected.built);
    const rejected = Object.fromEntries(result.rejected.map((r) => [rel(r.report), [...new Set(r.problems.map((p) => p.code))]]));
    expect(rejected).toEqual(expected.rejected);
    for (const r of result.rejected) for (const p of r.problems) expect(p.line === null || p.line >= 1).toBe(true);
    expect(result.warnings.map((w) => `${w.file}:${w.line} ${w.code}`)).toEqual(expected.warnings);
    // Nothing outside the output folder: the parent holds the output only, and no escaping path exists.
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(existsSync(join(RAW, '..', 'outside.txt'))).toBe(false);
  }, 60_000);

  it('without --keep-going: fails with every problem listed, and writes nothing', async () => {
    const parent = tempDir();
    let error: unknown;
    try {
      await runPipeline({ raw: RAW, out: join(parent, 'dist'), cache: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const codes = new Set((error as InputError).problems.map((p) => p.code));
    for (const list of Object.values(expected.rejected) as string[][]) for (const code of list) expect(codes.has(code), code).toBe(true);
    expect(readdirSync(parent)).toEqual([]);
  }, 60_000);
});
