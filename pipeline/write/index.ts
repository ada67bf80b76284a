// Write stage: every table in every format into one folder (the caller's staging folder, which
// run.ts renames into place). One writer per format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES, type Tables } from '../../schemas/tables.ts';
import { toArrow } from './arrow.ts';
import { toCsv } from './csv.ts';
import { loadDuckDbTableFromJson, openDatabase } from './duckdb.ts';
import { toJson } from './json.ts';
import { writeParquet } from './parquet.ts';

export const DATABASE_FILE = 'freedom-reports.duckdb';
export const FORMATS = ['json', 'csv', 'parquet', 'arrow'] as const;

export async function writeDataset(tables: Tables, dir: string, log: (m: string) => void = () => {}): Promise<void> {
  for (const format of FORMATS) mkdirSync(join(dir, format), { recursive: true });
  const spent: Record<string, number> = { json: 0, csv: 0, arrow: 0, duckdb: 0, parquet: 0 };
  const timed = async <T>(format: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    spent[format] += performance.now() - start;
    return result;
  };
  for (const table of TABLES) {
    const columns = columnsOf(table);
    const rows = tables[table.name] ?? [];
    await timed('json', () => writeFileSync(join(dir, 'json', `${table.name}.json`), toJson(columns, rows)));
    await timed('csv', () => writeFileSync(join(dir, 'csv', `${table.name}.csv`), toCsv(columns, rows)));
    await timed('arrow', () => writeFileSync(join(dir, 'arrow', `${table.name}.arrow`), toArrow(columns, rows)));
  }
  const { instance, connection } = await openDatabase(join(dir, DATABASE_FILE));
  try {
    for (const table of TABLES) {
      await timed('duckdb', () => loadDuckDbTableFromJson(connection, { name: table.name, columns: columnsOf(table), primaryKey: table.primaryKey }, join(dir, 'json', `${table.name}.json`)));
      await timed('parquet', () => writeParquet(connection, table.name, join(dir, 'parquet', `${table.name}.parquet`)));
    }
    await timed('duckdb', () => connection.run('CHECKPOINT'));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  log(`written: ${Object.entries(spent).map(([f, ms]) => `${f} ${(ms / 1000).toFixed(2)} s`).join(', ')}`);
}
