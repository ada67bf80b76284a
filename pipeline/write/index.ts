// Write stage: every table in every format into one folder (the caller's staging folder, which
// run.ts renames into place). One writer per format. This thread writes the JSON files; as each
// lands, DuckDB (on its own thread) loads it and exports Parquet from the table, and a second
// thread (derived.ts) validates it and writes the CSV and Arrow files from it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES, type Tables } from '../../schemas/tables.ts';
import type { Problem } from '../problems.ts';
import { DerivedWriter, type DerivedResult } from './derived.ts';
import { DATABASE_FILE, loadDuckDbTableFromJson, openDatabase } from './duckdb.ts';
import { writeChunks } from './file.ts';
import { jsonChunks } from './json.ts';
import { writeParquet } from './parquet.ts';

export { DATABASE_FILE };
export const FORMATS = ['json', 'csv', 'parquet', 'arrow'] as const;

/** Below this many rows a second thread costs more to start than it saves. */
export const DERIVED_WORKER_ROWS = 50_000;

export interface WriteOptions {
  log?: (message: string) => void;
  /** Write CSV and Arrow in a worker thread; default: for datasets of DERIVED_WORKER_ROWS rows or more. */
  derivedInWorker?: boolean;
  /** Empty each table once its JSON file is written: every other format is made from the file. */
  release?: boolean;
}

export interface WriteResult {
  /** Problems found validating the written JSON files. */
  problems: Problem[];
  /** Milliseconds per writer: json, duckdb and parquet in this thread; validate, csv and arrow alongside. */
  spent: Record<'json' | 'duckdb' | 'parquet' | 'validate' | 'csv' | 'arrow', number>;
}

export async function writeDataset(tables: Tables, dir: string, options: WriteOptions = {}): Promise<WriteResult> {
  const log = options.log ?? (() => {});
  for (const format of FORMATS) mkdirSync(join(dir, format), { recursive: true });
  const rowCount = TABLES.reduce((n, t) => n + (tables[t.name]?.length ?? 0), 0);
  const derived = new DerivedWriter(options.derivedInWorker ?? rowCount >= DERIVED_WORKER_ROWS);
  const spent: Record<string, number> = { json: 0, duckdb: 0, parquet: 0 };
  const timed = async <T>(format: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    spent[format] += performance.now() - start;
    return result;
  };
  const pending: Promise<DerivedResult>[] = [];
  try {
    const { instance, connection } = await openDatabase(join(dir, DATABASE_FILE));
    try {
      // Each table's JSON file, once written, goes to the second thread (CSV, Arrow) and to
      // DuckDB, whose queries run on its own thread: this one goes on to the next table meanwhile.
      let database: Promise<unknown> = Promise.resolve();
      for (const table of TABLES) {
        const json = join(dir, 'json', `${table.name}.json`);
        await timed('json', () => writeChunks(json, jsonChunks(columnsOf(table), tables[table.name] ?? [])));
        if (options.release) tables[table.name] = [];
        const result = derived.submit({ table: table.name, dir });
        result.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
        pending.push(result);
        const definition = { name: table.name, columns: columnsOf(table), primaryKey: table.primaryKey };
        database = database
          .then(() => timed('duckdb', () => loadDuckDbTableFromJson(connection, definition, json)))
          .then(() => timed('parquet', () => writeParquet(connection, table.name, join(dir, 'parquet', `${table.name}.parquet`))));
        database.catch(() => {}); // awaited below
        await new Promise((resolve) => setImmediate(resolve)); // lets the next query start
      }
      await database;
      await timed('duckdb', () => connection.run('CHECKPOINT'));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const results = await Promise.all(pending);
    const other = results.reduce((t, r) => ({ validate: t.validate + r.spent.validate, csv: t.csv + r.spent.csv, arrow: t.arrow + r.spent.arrow }), { validate: 0, csv: 0, arrow: 0 });
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    log(`written: json ${s(spent.json)}, duckdb ${s(spent.duckdb)}, parquet ${s(spent.parquet)}; alongside: json validated ${s(other.validate)}, csv ${s(other.csv)}, arrow ${s(other.arrow)}`);
    return { problems: results.flatMap((r) => r.problems), spent: { json: spent.json, duckdb: spent.duckdb, parquet: spent.parquet, ...other } };
  } finally {
    await derived.close();
  }
}
