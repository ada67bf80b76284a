// The one interface of every format's writer (write/index.ts lists them, one per format of
// schemas/formats.ts, and the database): a table's rows arrive in pieces, serialised where the
// rows were made, in key order; then tables complete a group at a time, after which a writer may
// read their JSON files (DuckDB, Arrow); finish waits for everything.
import type { Problem } from '../common/problems.ts';
import type { TablePiece } from './tables.ts';

/** A completed table: its rows, and the bytes of the longest piece of its JSON lines (no row's line is longer). */
export interface CompletedTable {
  rows: number;
  longestRow: number;
}

export interface FormatWriter {
  /** A piece of a table's rows, following every piece appended before. */
  append(table: string, piece: TablePiece): void;
  /** These tables have all their rows; the text formats, earlier in the list, have closed their files. */
  complete(tables: Record<string, CompletedTable>): void;
  /** Waits for every table: the problems found and the milliseconds spent, by part. */
  finish(): Promise<{ problems: Problem[]; spent: Record<string, number> }>;
  /** Stops a build that failed (its folder is removed after); harmless after finish and twice. */
  close(): Promise<void>;
}
