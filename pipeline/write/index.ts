// Write stage: every table in every format into one folder (the caller's staging folder, which
// run/build.ts renames into place), through one writer per format (WRITERS). The JSON, CSV and
// Arrow files are appended to as the reports come, from pieces serialised where the rows were
// made; once a group of tables is complete, DuckDB loads their JSON files (its own reader, on its
// own thread, is faster than its appender fed from JavaScript: BENCHMARKS.md) and exports Parquet
// from the database.
import type { Row, TableDefinition } from '../../schemas/tables.ts';
import { DATABASE_FILE, TABLE_FORMATS } from '../../schemas/formats.ts';
import type { Problem } from '../common/problems.ts';
import { csvWriter } from './csv.ts';
import { ArrowWriter } from './arrow.ts';
import { DuckDbWriter } from './duckdb.ts';
import { jsonWriter } from './json.ts';
import { ParquetWriter } from './parquet.ts';
import { tablePiece, type TablePiece } from './tables.ts';
import type { CompletedTable, FormatWriter } from './writer.ts';

export { DATABASE_FILE };

interface WriterContext {
  dir: string;
  tables: readonly TableDefinition[];
  /** The writers made before this one, by name (Parquet is exported from the database). */
  made: Map<string, FormatWriter>;
}

/**
 * A writer per format, in the order they are told of each table: JSON first (the database
 * loads its files), the database before what is exported from it. A new format is
 * its module and one line here (and its entry in schemas/formats.ts).
 */
export const WRITERS: Record<string, (c: WriterContext) => FormatWriter> = {
  json: (c) => jsonWriter(c.dir, c.tables),
  csv: (c) => csvWriter(c.dir, c.tables),
  duckdb: (c) => new DuckDbWriter(c.dir),
  parquet: (c) => new ParquetWriter(c.dir, c.made.get('duckdb') as DuckDbWriter),
  arrow: (c) => new ArrowWriter(c.dir, c.tables),
};

export interface WriteResult {
  /** Problems the writers found. */
  problems: Problem[];
  /** Milliseconds per writer: json_csv and arrow appending on this thread; duckdb and parquet on DuckDB's alongside. */
  spent: Record<'json_csv' | 'duckdb' | 'parquet' | 'arrow', number>;
}

/** Rows per piece when this thread serialises a table itself. */
const ROWS_PER_PIECE = 4096;

/** Every format's writer of one dataset folder, told of each table's rows and completion together. */
export class DatasetWriter {
  private readonly writers = new Map<string, FormatWriter>();
  private readonly tables = new Map<string, TableDefinition>();
  private readonly stats = new Map<string, CompletedTable & { done: boolean }>();
  private closed = false;
  /** Milliseconds this thread spent serialising the rows given to appendRows. */
  private serialising = 0;

  constructor(dir: string, tables: readonly TableDefinition[]) {
    for (const name of TABLE_FORMATS.map((f) => f.name)) if (!(name in WRITERS)) throw new Error(`no writer for the format ${name}`);
    for (const [name, make] of Object.entries(WRITERS)) this.writers.set(name, make({ dir, tables, made: this.writers }));
    for (const table of tables) {
      this.tables.set(table.name, table);
      this.stats.set(table.name, { rows: 0, longestRow: 0, done: false });
    }
  }

  /** Appends serialised rows: they follow, in every format, every row appended before. */
  append(table: string, piece: TablePiece): void {
    const stats = this.stats.get(table);
    if (!stats || stats.done) throw new Error(`no open table ${table}`);
    stats.rows += piece.rows;
    stats.longestRow = Math.max(stats.longestRow, piece.json.length);
    for (const writer of this.writers.values()) writer.append(table, piece);
  }

  /** Serialises rows here and appends them. */
  appendRows(table: string, rows: Row[]): void {
    for (let from = 0; from < rows.length; from += ROWS_PER_PIECE) {
      const start = performance.now();
      const piece = tablePiece(this.tables.get(table)!, rows.slice(from, from + ROWS_PER_PIECE));
      this.serialising += performance.now() - start;
      this.append(table, piece);
    }
  }

  /** Completes the tables (their files are whole, the other formats start on them); returns their row counts. */
  complete(names: readonly string[]): Record<string, number> {
    const completed: Record<string, CompletedTable> = {};
    for (const name of names) {
      const stats = this.stats.get(name)!;
      stats.done = true;
      completed[name] = { rows: stats.rows, longestRow: stats.longestRow };
    }
    for (const writer of this.writers.values()) writer.complete(completed);
    return Object.fromEntries(names.map((name) => [name, completed[name].rows]));
  }

  /** Waits for every format; the problems found and the time each writer spent. */
  async finish(): Promise<WriteResult> {
    // The shared tables are serialised here (JSON, CSV and Arrow pieces): counted with the JSON and CSV appending.
    const spent: WriteResult['spent'] = { json_csv: this.serialising, duckdb: 0, parquet: 0, arrow: 0 };
    const problems: Problem[] = [];
    try {
      for (const writer of this.writers.values()) {
        const result = await writer.finish();
        problems.push(...result.problems);
        for (const [part, ms] of Object.entries(result.spent)) spent[part as keyof WriteResult['spent']] += ms;
      }
      return { problems, spent };
    } finally {
      await this.close();
    }
  }

  /** Stops: for a build that fails before finishing (the caller then removes the folder). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const writer of this.writers.values()) await writer.close();
  }
}
