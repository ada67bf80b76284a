// Inputs shaped to make a search run once per item over everything before it: one sentence of
// thousands of dated clauses, a paragraph of thousands of sentences, thousands of names or
// relative clauses in one sentence. Each such report (a few hundred KB) must be processed in time
// that grows with its size, so it builds like any other: rows that pass every check. Before the
// searches were bounded, the first took 29 s, the others 0.9-2.4 s; the run of capitalised words
// 75 s, past the 30 s a test may take (vitest.config.ts), and 0.3 s since.
import { describe, expect, it } from 'vitest';
import { checkTables } from '../pipeline/check/index.ts';
import { LONGEST_SENTENCE } from '../pipeline/extract/sentences.ts';
import { processFile } from '../pipeline/run/process.ts';
import { buildSharedTables, PER_REPORT_TABLES } from '../pipeline/tables/index.ts';
import type { Tables } from '../schemas/tables.ts';
import { countries, readSeed, SEED_FIW } from './helpers.ts';

const FILE = 'fiw/2024/kazakhstan.txt';
const seedLines = readSeed(SEED_FIW).split('\n');
// The seed's first long paragraph, replaced by the shape.
const at = seedLines.findIndex((line) => line.length > 300);

// Each shape, with a table that must hold at least so many of its rows.
const shapes: [string, string, string, number][] = [
  ['one sentence of 4,000 dated clauses', Array.from({ length: 4000 }, (_, i) => `on March ${1 + (i % 28)}, ${1950 + (i % 73)} the court sentenced Ivan Petrov to ${i} years`).join(', '), 'events', 500],
  // Under the schema's 10,000 sentences a paragraph (a paragraph of more is rejected, with its line).
  ['a paragraph of 8,000 dated sentences', Array.from({ length: 8000 }, (_, i) => `In March ${2000 + (i % 23)} the court sentenced Ivan Petrov to ${i} years.`).join(' '), 'events', 8000],
  ['one sentence of 16,000 names', Array.from({ length: 16000 }, (_, i) => `activist Ivan Petrov${String.fromCharCode(97 + (i % 26))}ski`).join(', '), 'mentions', 16000],
  // One run of 105,000 name-shaped words before a verb ("... said"), as a copy set in title case
  // gives: the name finder trimmed the run a word at a time, each time looking at all of it.
  ['a run of 105,000 capitalised words', `In March 2023 ${'Aaa Bbb Ccc '.repeat(35000)}said.`, 'paragraphs', 1],
  ['one sentence of 4,000 relative clauses', Array.from({ length: 4000 }, (_, i) => `the judge, who ruled in March ${1950 + (i % 73)}, sentenced Ivan Petrov`).join(' and '), 'events', 500],
];

describe.each(shapes)('a report holding %s', (_name, paragraph, table, rows) => {
  it('builds, with rows that pass every check and no event text longer than the longest sentence', () => {
    const lines = [...seedLines];
    lines[at] = paragraph;
    const processed = processFile({ source_file: FILE, bytes: new TextEncoder().encode(lines.join('\n')) }, null, countries);
    expect(processed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const output = processed.output!;
    const tables: Tables = buildSharedTables([{ people: output.people, labels: output.labels }], []);
    for (const name of PER_REPORT_TABLES) tables[name] = JSON.parse(`[${Buffer.from(output.pieces[name].json).toString('utf8')}]`);
    expect(checkTables(tables)).toEqual([]);
    expect(tables[table as keyof Tables].length).toBeGreaterThanOrEqual(rows);
    expect(Math.max(...tables.events.map((e) => String(e.text).length))).toBeLessThanOrEqual(LONGEST_SENTENCE);
  });
});
