// The database and the Parquet files are made from the JSON files once their tables complete, on
// DuckDB's thread: tables completed in rounds all arrive, and a damaged file stops the database
// without losing what was loaded before it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDbWriter, openDatabase } from '../pipeline/write/duckdb.ts';
import { ParquetWriter } from '../pipeline/write/parquet.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { tempDir } from './helpers.ts';

/** A dataset folder holding one table's JSON file. */
function folderWith(table: string, json: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'json'), { recursive: true });
  writeFileSync(join(dir, 'json', `${table}.json`), json);
  return dir;
}

const scores = readFileSync(join(PROJECT_ROOT, 'dist/json/scores.json'), 'utf8');

describe('the database and Parquet made from the JSON files', () => {
  const made = (dir: string) => {
    const database = new DuckDbWriter(dir);
    return [database, new ParquetWriter(dir, database)] as const;
  };

  it('come from tables completed in two rounds, and a damaged file is reported', async () => {
    const dir = folderWith('scores', scores);
    writeFileSync(join(dir, 'json', 'reports.json'), readFileSync(join(PROJECT_ROOT, 'dist/json/reports.json'), 'utf8').slice(0, 100));
    const writers = made(dir);
    for (const w of writers) w.complete({ scores: { rows: JSON.parse(scores).length, longestRow: 0 } });
    for (const w of writers) w.complete({ reports: { rows: 2, longestRow: 0 } });
    const [database] = writers;
    await expect(database.finish()).rejects.toThrow(/reports/i);
    // The scores table was loaded and exported before the damaged file stopped the database.
    expect(existsSync(join(dir, 'parquet', 'scores.parquet'))).toBe(true);
    const { instance, connection } = await openDatabase(':memory:');
    try {
      const count = await (await connection.run(`SELECT count(*)::INTEGER FROM read_parquet('${join(dir, 'parquet', 'scores.parquet')}')`)).getRowsJS();
      expect(count[0][0]).toBe(JSON.parse(scores).length);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);

  it('stop cleanly when the build fails before finishing', async () => {
    const dir = folderWith('scores', scores);
    const writers = made(dir);
    for (const w of writers) w.complete({ scores: { rows: JSON.parse(scores).length, longestRow: 0 } });
    for (const w of writers) await w.close();
    for (const w of writers) await w.close(); // a second close is harmless
  }, 60_000);
});
