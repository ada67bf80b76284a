// Write stage: every table in every format into one folder (the caller's staging folder, which
// run.ts renames into place). One writer per format. The JSON and CSV files are written as the
// reports come in (tables.ts); once they are complete, DuckDB (off this thread) loads each JSON
// file and exports Parquet from the table, and a second thread (derived.ts) validates each JSON
// file and writes the Arrow file from it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES } from '../../schemas/tables.ts';
import type { Problem } from '../common/problems.ts';
import { DerivedWriter, type DerivedResult } from './derived.ts';
import { DATABASE_FILE, loadDuckDbTableFromJson, openDatabase } from './duckdb.ts';
import { writeParquet } from './parquet.ts';
import { TableFiles } from './tables.ts';

export { DATABASE_FILE, TableFiles };

/** Below this many rows a second thread costs more to start than it saves. */
export const DERIVED_WORKER_ROWS = 50_000;

export interface WriteOptions {
  log?: (message: string) => void;
  /** Write Arrow in a worker thread; default: for datasets of DERIVED_WORKER_ROWS rows or more. */
  derivedInWorker?: boolean;
}

export interface WriteResult {
  /** Problems found validating the written JSON files. */
  problems: Problem[];
  /** Milliseconds per writer: duckdb and parquet summed over its connections; validate and arrow alongside. */
  spent: Record<'duckdb' | 'parquet' | 'validate' | 'arrow', number>;
}

/**
 * The formats made from complete JSON files: the database, Parquet and Arrow, each JSON file
 * validated against its JSON Schema on the way. Tables are handed over as their files complete;
 * DuckDB (on its own thread, a table at a time) and the Arrow writer (a second thread)
 * work through them while the caller's thread goes on.
 */
export class FromJsonWriter {
  private readonly derived: DerivedWriter;
  private readonly database: ReturnType<typeof openDatabase>;
  // The tables load one after another on the database's connection, in the order handed over.
  private loading: Promise<unknown>;
  private readonly pending: Promise<DerivedResult>[] = [];
  private readonly spent = { duckdb: 0, parquet: 0 };
  private closed = false;

  constructor(private readonly dir: string, rowCount: number, private readonly options: WriteOptions = {}) {
    for (const format of ['parquet', 'arrow']) mkdirSync(join(dir, format), { recursive: true });
    this.derived = new DerivedWriter(options.derivedInWorker ?? rowCount >= DERIVED_WORKER_ROWS);
    this.database = openDatabase(join(dir, DATABASE_FILE));
    this.loading = this.database;
  }

  private async timed<T>(writer: keyof FromJsonWriter['spent'], work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    this.spent[writer] += performance.now() - start;
    return result;
  }

  /** Tables whose JSON files are complete, with their row counts (and, when known, the bytes of each one's longest row). */
  add(rowCounts: Record<string, number>, longestRow: (table: string) => number = () => 0) {
    // Largest tables first on the second thread, smallest first in the database, so the two
    // seldom hold large tables at once (memory), and the second thread's last job is short.
    const bySize = TABLES.filter((t) => t.name in rowCounts).sort((a, b) => rowCounts[a.name] - rowCounts[b.name]);
    for (const table of [...bySize].reverse()) {
      const result = this.derived.submit({ table: table.name, dir: this.dir });
      result.catch(() => {}); // awaited in finish()
      this.pending.push(result);
    }
    this.loading = this.loading.then(async () => {
      const c = (await this.database).connection;
      for (const table of bySize) {
        const definition = { name: table.name, columns: columnsOf(table), primaryKey: table.primaryKey };
        await this.timed('duckdb', () => loadDuckDbTableFromJson(c, definition, join(this.dir, 'json', `${table.name}.json`), longestRow(table.name)));
        await this.timed('parquet', () => writeParquet(c, table.name, join(this.dir, 'parquet', `${table.name}.parquet`)));
      }
    });
    this.loading.catch(() => {}); // awaited in finish()
  }

  /** Waits for every table, closes the database, and gives what the JSON files' validation found. */
  async finish(): Promise<WriteResult> {
    try {
      await this.loading;
      const { connection } = await this.database;
      await this.timed('duckdb', () => connection.run('CHECKPOINT'));
      const results = await Promise.all(this.pending);
      const other = results.reduce((t, r) => ({ validate: t.validate + r.spent.validate, arrow: t.arrow + r.spent.arrow }), { validate: 0, arrow: 0 });
      const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      this.options.log?.(`written: duckdb ${s(this.spent.duckdb)}, parquet ${s(this.spent.parquet)}; alongside: json validated ${s(other.validate)}, arrow ${s(other.arrow)}`);
      return { problems: results.flatMap((r) => r.problems), spent: { ...this.spent, ...other } };
    } finally {
      await this.close();
    }
  }

  /** Stops: for a build that fails before finishing (the caller then removes the folder). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([this.loading, ...this.pending]);
    await this.database.then(({ connection, instance }) => (connection.closeSync(), instance.closeSync())).catch(() => {});
    await this.derived.close();
  }
}
