// The Arrow writer's thread reads each JSON file back a row at a time, validating it: what it
// writes is what the file holds, and a damaged file or row is named with its line.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArrowWriter, fileLines, jsonFileRows, writeDerived } from '../pipeline/write/derived.ts';
import { DuckDbWriter } from '../pipeline/write/duckdb.ts';
import { ParquetWriter } from '../pipeline/write/parquet.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { tempDir } from './helpers.ts';

/** A dataset folder holding one table's JSON file. */
function folderWith(table: string, json: string): string {
  const dir = tempDir();
  for (const format of ['json', 'arrow']) mkdirSync(join(dir, format), { recursive: true });
  writeFileSync(join(dir, 'json', `${table}.json`), json);
  return dir;
}

const scores = readFileSync(join(PROJECT_ROOT, 'dist/json/scores.json'), 'utf8');

describe('the JSON files read back', () => {
  it('line by line across read blocks, the last line without a newline too', () => {
    const dir = tempDir();
    const long = 'x'.repeat((1 << 22) + 10); // longer than a read block
    writeFileSync(join(dir, 'lines.txt'), `a\n${long}\n\nend`);
    expect([...fileLines(join(dir, 'lines.txt'))].map(([l, n]) => [l.length, n])).toEqual([[1, 1], [long.length, 2], [0, 3], [3, 4]]);
  });

  it('line by line whatever the read blocks cut (1,000 runs: any text, blocks of 1 to 16 bytes)', () => {
    const dir = tempDir();
    const file = join(dir, 'lines.txt');
    const text = fc.array(fc.oneof(fc.constantFrom('\n', '\n\n', 'é', '\u2019', '😀', ','), fc.string({ maxLength: 12 })), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 16 }), (content, blockBytes) => {
        writeFileSync(file, content);
        const expected = content === '' ? [] : content.replace(/\n$/, '').split('\n');
        expect([...fileLines(file, blockBytes)]).toEqual(expected.map((line, i) => [line, i + 1]));
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('give every row of the file with its line, and the Arrow file holds them', () => {
    const dir = folderWith('scores', scores);
    const rows = [...jsonFileRows(join(dir, 'json', 'scores.json'))];
    expect(rows.map(([row]) => row)).toEqual(JSON.parse(scores));
    expect(rows[0][1]).toBe(2);
    const result = writeDerived({ table: 'scores', dir });
    expect(result.problems).toEqual([]);
    const arrow = tableFromIPC(readFileSync(join(dir, 'arrow', 'scores.arrow')));
    expect(arrow.numRows).toBe(rows.length);
    expect(arrow.get(0)!.toJSON().indicator_id).toBe(rows[0][0].indicator_id);
  });

  it('name the line of a row that breaks the schema, and a file cut short', () => {
    const lines = scores.split('\n');
    lines[3] = lines[3].replace(/"value":[-0-9.]+/, '"value":"four"');
    const bad = writeDerived({ table: 'scores', dir: folderWith('scores', lines.join('\n')) });
    expect(bad.problems.map((p) => [p.code, p.line, p.field])).toEqual([['JSON_SCHEMA', 4, 'scores.value']]);
    const cut = writeDerived({ table: 'scores', dir: folderWith('scores', scores.slice(0, scores.length >> 1)) });
    expect(cut.problems.map((p) => p.code)).toEqual(['JSON_UNREADABLE']);
    const empty = writeDerived({ table: 'scores', dir: folderWith('scores', '[]\n') });
    expect(empty.problems).toEqual([]);
  });
});

describe('the formats made from the JSON files', () => {
  const made = (dir: string) => {
    const database = new DuckDbWriter(dir);
    return [database, new ParquetWriter(dir, database), new ArrowWriter(dir, true)];
  };

  it('come from tables completed in two rounds, on two threads, and a damaged file is reported', async () => {
    const dir = folderWith('scores', scores);
    writeFileSync(join(dir, 'json', 'reports.json'), readFileSync(join(PROJECT_ROOT, 'dist/json/reports.json'), 'utf8').slice(0, 100));
    const writers = made(dir);
    for (const w of writers) w.complete({ scores: { rows: JSON.parse(scores).length, longestRow: 0 } });
    for (const w of writers) w.complete({ reports: { rows: 2, longestRow: 0 } });
    const [database, , arrow] = writers;
    await expect(database.finish()).rejects.toThrow(/reports/i);
    expect((await arrow.finish()).problems.map((p) => p.code)).toEqual(['JSON_UNREADABLE']);
    // The scores table was written in every format before the damaged file stopped the database.
    expect(tableFromIPC(readFileSync(join(dir, 'arrow', 'scores.arrow'))).numRows).toBe(JSON.parse(scores).length);
    expect(existsSync(join(dir, 'parquet', 'scores.parquet'))).toBe(true);
  }, 60_000);

  it('stop cleanly when the build fails before finishing', async () => {
    const dir = folderWith('scores', scores);
    const writers = made(dir);
    for (const w of writers) w.complete({ scores: { rows: JSON.parse(scores).length, longestRow: 0 } });
    for (const w of writers) await w.close();
    for (const w of writers) await w.close(); // a second close is harmless
  }, 60_000);
});
