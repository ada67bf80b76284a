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

export async function writeDataset(tables: Tables, dir: string): Promise<void> {
  for (const format of FORMATS) mkdirSync(join(dir, format), { recursive: true });
  for (const table of TABLES) {
    const columns = columnsOf(table);
    const rows = tables[table.name] ?? [];
    writeFileSync(join(dir, 'json', `${table.name}.json`), toJson(columns, rows));
    writeFileSync(join(dir, 'csv', `${table.name}.csv`), toCsv(columns, rows));
    writeFileSync(join(dir, 'arrow', `${table.name}.arrow`), toArrow(columns, rows));
  }
  const { instance, connection } = await openDatabase(join(dir, DATABASE_FILE));
  try {
    for (const table of TABLES) {
      await loadDuckDbTableFromJson(connection, { name: table.name, columns: columnsOf(table), primaryKey: table.primaryKey }, join(dir, 'json', `${table.name}.json`));
      await writeParquet(connection, table.name, join(dir, 'parquet', `${table.name}.parquet`));
    }
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
