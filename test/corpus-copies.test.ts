// The development reports are third-party text: they are read from ../shared where they are and
// never copied into the project. This fails when a file the project tracks holds a stretch of a
// report of COPY_LENGTH characters or more (quotes, dashes and spaces folded), other than the
// words of Freedom House's own template that the seeds in raw/ carry too (a stretch with 40
// characters of a seed: a methodology question, the line on how statuses are calculated).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { SHARED } from '../scripts/gold.ts';
import { hasDevCorpus } from './helpers.ts';

const COPY_LENGTH = 60;
const TEMPLATE_LENGTH = 40;

/** Text with curly quotes, dashes and runs of spaces written one way, as a copy may differ in them. */
const fold = (text: string) =>
  text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\\'/g, "'")
    .replace(/\s+/g, ' ');

/** Every stretch of `length` characters that starts a word. */
function stretches(text: string, length: number): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b\w/g)) if (m.index + length <= text.length) found.add(text.slice(m.index, m.index + length));
  return found;
}

/** Whether a stretch holds TEMPLATE_LENGTH characters of the seeds, from the start of a word. */
const fromTemplate = (stretch: string, template: Set<string>) => [...stretch.matchAll(/\b\w/g)].some((m) => template.has(stretch.slice(m.index, m.index + TEMPLATE_LENGTH)));

const textFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name));

describe.skipIf(!hasDevCorpus)('the development corpus is not copied into the project', () => {
  it(`no tracked file holds ${COPY_LENGTH} characters of a development report that the seeds do not`, () => {
    const template = stretches(fold(textFiles(join(PROJECT_ROOT, 'raw')).map((f) => readFileSync(f, 'utf8')).join(' ')), TEMPLATE_LENGTH);
    const corpus = stretches(fold(textFiles(join(SHARED, 'corpus')).map((f) => readFileSync(f, 'utf8')).join(' ')), COPY_LENGTH);
    const tracked = spawnSync('git', ['ls-files'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
      .stdout.split('\n')
      .filter((f) => /\.(?:ts|mts|mjs|js|md|json|ya?ml|csv|txt)$/.test(f) && !f.startsWith('raw/') && !f.startsWith('dist/'));
    expect(tracked.length).toBeGreaterThan(100);
    const copies: string[] = [];
    for (const file of tracked) {
      const text = fold(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
      for (const m of text.matchAll(/\b\w/g)) {
        const stretch = text.slice(m.index, m.index + COPY_LENGTH);
        if (stretch.length === COPY_LENGTH && corpus.has(stretch) && !fromTemplate(stretch, template)) {
          copies.push(`${file}: ${stretch}`);
          break;
        }
      }
    }
    expect(copies).toEqual([]);
  }, 60_000);
});
