// Write stage: every table in every format into one folder (the caller's staging folder, which
// run.ts renames into place). One writer per format. The JSON and CSV files are written as the
// reports come in (tables.ts); once they are complete, DuckDB (on its own thread) loads each JSON
// file and exports Parquet from the table, and a second thread (derived.ts) validates each JSON
// file and writes the Arrow file from it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES, type Tables } from '../../schemas/tables.ts';
import type { Problem } from '../problems.ts';
import { DerivedWriter, type DerivedResult } from './derived.ts';
import { DATABASE_FILE, loadDuckDbTableFromJson, openDatabase } from './duckdb.ts';
import { writeParquet } from './parquet.ts';
import { TableFiles } from './tables.ts';

export { DATABASE_FILE, TableFiles };
export const FORMATS = ['json', 'csv', 'parquet', 'arrow'] as const;

/** Below this many rows a second thread costs more to start than it saves. */
export const DERIVED_WORKER_ROWS = 50_000;

export interface WriteOptions {
  log?: (message: string) => void;
  /** Write Arrow in a worker thread; default: for datasets of DERIVED_WORKER_ROWS rows or more. */
  derivedInWorker?: boolean;
}

export type Writer = 'json_csv' | 'duckdb' | 'parquet' | 'validate' | 'arrow';

export interface WriteResult {
  /** Problems found validating the written JSON files. */
  problems: Problem[];
  /** Milliseconds per writer: duckdb and parquet on DuckDB's thread; validate and arrow alongside. */
  spent: Record<Exclude<Writer, 'json_csv'>, number>;
}

/**
 * The formats made from the complete JSON files: the database, Parquet and Arrow, with every
 * JSON file validated against its JSON Schema on the way.
 */
export async function writeFromJson(dir: string, rowCounts: Record<string, number>, options: WriteOptions = {}): Promise<WriteResult> {
  const log = options.log ?? (() => {});
  for (const format of ['parquet', 'arrow']) mkdirSync(join(dir, format), { recursive: true });
  const rowCount = Object.values(rowCounts).reduce((n, c) => n + c, 0);
  const derived = new DerivedWriter(options.derivedInWorker ?? rowCount >= DERIVED_WORKER_ROWS);
  const spent = { duckdb: 0, parquet: 0 };
  const timed = async <T>(writer: keyof typeof spent, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    spent[writer] += performance.now() - start;
    return result;
  };
  try {
    // Largest tables first on the second thread, smallest first in the database, so the two
    // never hold the largest tables at once (memory), and the second thread's last job is short.
    const bySize = [...TABLES].sort((a, b) => (rowCounts[a.name] ?? 0) - (rowCounts[b.name] ?? 0));
    const pending: Promise<DerivedResult>[] = [...bySize].reverse().map((table) => derived.submit({ table: table.name, dir }));
    for (const p of pending) p.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
    const { instance, connection } = await openDatabase(join(dir, DATABASE_FILE));
    try {
      // DuckDB's queries run on its own thread; this one only waits.
      for (const table of bySize) {
        const definition = { name: table.name, columns: columnsOf(table), primaryKey: table.primaryKey };
        await timed('duckdb', () => loadDuckDbTableFromJson(connection, definition, join(dir, 'json', `${table.name}.json`)));
        await timed('parquet', () => writeParquet(connection, table.name, join(dir, 'parquet', `${table.name}.parquet`)));
      }
      await timed('duckdb', () => connection.run('CHECKPOINT'));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const results = await Promise.all(pending);
    const other = results.reduce((t, r) => ({ validate: t.validate + r.spent.validate, arrow: t.arrow + r.spent.arrow }), { validate: 0, arrow: 0 });
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    log(`written: duckdb ${s(spent.duckdb)}, parquet ${s(spent.parquet)}; alongside: json validated ${s(other.validate)}, arrow ${s(other.arrow)}`);
    return { problems: results.flatMap((r) => r.problems), spent: { ...spent, ...other } };
  } finally {
    await derived.close();
  }
}

/** Every table in every format from tables held in memory (tests, small jobs). */
export async function writeDataset(tables: Tables, dir: string, options: WriteOptions = {}): Promise<WriteResult> {
  const files = new TableFiles(dir, TABLES);
  for (const table of TABLES) files.appendRows(table.name, tables[table.name] ?? []);
  return writeFromJson(dir, files.close(), options);
}
