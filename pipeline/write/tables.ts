// The JSON and CSV files of every table, written as the rows come: a report's rows at a time, in
// report order, from pieces serialised where the report was processed (process.ts), or from rows
// serialised here (the tables built over all reports). No table is ever held whole.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { writeAll } from './file.ts';
import { join } from 'node:path';
import { columnsOf, type Column } from '../../schemas/columns.ts';
import type { Row, TableDefinition } from '../../schemas/tables.ts';
import { csvHeader, csvLines } from './csv.ts';
import { JSON_CLOSE, JSON_EMPTY, JSON_OPEN, JSON_SEPARATOR, JsonRowWriter } from './json.ts';

/** A table's rows as the JSON file's lines (no brackets, no trailing separator) and as CSV records. */
export interface TablePiece {
  rows: number;
  json: Uint8Array;
  csv: Uint8Array;
}

/** An open file written through a buffer: pieces are small, and a write call each would cost more than the copy. */
class BufferedFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(bytes: Uint8Array) {
    if (this.used + bytes.length > this.buffer.length) this.flush();
    if (bytes.length > this.buffer.length) writeAll(this.fd, bytes);
    else {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  private flush() {
    writeAll(this.fd, this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}

const JSON_BYTES = { open: Buffer.from(JSON_OPEN), separator: Buffer.from(JSON_SEPARATOR), close: Buffer.from(JSON_CLOSE), empty: Buffer.from(JSON_EMPTY) };

class TableFile {
  readonly columns: Column[];
  rows = 0;
  private readonly json: BufferedFile;
  private readonly csv: BufferedFile;
  private closed = false;

  constructor(dir: string, readonly table: TableDefinition) {
    this.columns = columnsOf(table);
    this.json = new BufferedFile(join(dir, 'json', `${table.name}.json`));
    this.csv = new BufferedFile(join(dir, 'csv', `${table.name}.csv`));
    this.csv.write(Buffer.from(csvHeader(this.columns), 'utf8'));
  }

  /** Bytes of the longest piece written: no row's line is longer. */
  longest = 0;

  append(piece: TablePiece) {
    if (piece.rows === 0) return;
    if (piece.json.length > this.longest) this.longest = piece.json.length;
    this.json.write(this.rows === 0 ? JSON_BYTES.open : JSON_BYTES.separator);
    this.json.write(piece.json);
    this.csv.write(piece.csv);
    this.rows += piece.rows;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.json.write(this.rows === 0 ? JSON_BYTES.empty : JSON_BYTES.close);
    this.json.close();
    this.csv.close();
  }
}

const writers = new Map<string, { json: JsonRowWriter; columns: Column[] }>();

/** Rows as a piece of their table's files: the one way rows are serialised, in the workers and here. */
export function tablePiece(table: TableDefinition, rows: Row[]): TablePiece {
  let writer = writers.get(table.name);
  if (!writer) {
    const columns = columnsOf(table);
    writers.set(table.name, (writer = { json: new JsonRowWriter(columns), columns }));
  }
  return { rows: rows.length, json: Buffer.from(writer.json.lines(rows), 'utf8'), csv: Buffer.from(csvLines(writer.columns, rows), 'utf8') };
}

/** Rows per piece when this thread serialises a table itself. */
const ROWS_PER_PIECE = 4096;

export class TableFiles {
  private readonly files = new Map<string, TableFile>();
  /** Milliseconds this thread spent writing, for the build's log and the benchmark. */
  spent = 0;

  constructor(dir: string, tables: TableDefinition[]) {
    mkdirSync(join(dir, 'json'), { recursive: true });
    mkdirSync(join(dir, 'csv'), { recursive: true });
    for (const table of tables) this.files.set(table.name, new TableFile(dir, table));
  }

  /** Appends serialised rows: they follow, in the files, every row appended before. */
  append(table: string, piece: TablePiece) {
    const start = performance.now();
    this.fileOf(table).append(piece);
    this.spent += performance.now() - start;
  }

  /** Serialises rows here and appends them. */
  appendRows(table: string, rows: Row[]) {
    const file = this.fileOf(table);
    for (let from = 0; from < rows.length; from += ROWS_PER_PIECE) {
      const start = performance.now();
      file.append(tablePiece(file.table, rows.slice(from, from + ROWS_PER_PIECE)));
      this.spent += performance.now() - start;
    }
  }

  /** Closes the tables' files (every table's by default); returns their row counts. */
  close(tables: readonly string[] = [...this.files.keys()]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const name of tables) {
      const file = this.fileOf(name);
      file.close();
      counts[name] = file.rows;
    }
    return counts;
  }

  /** Bytes of the longest row's line a table's JSON file may hold (at most its longest piece). */
  longestRow(table: string): number {
    return this.fileOf(table).longest;
  }

  private fileOf(table: string): TableFile {
    const file = this.files.get(table);
    if (!file) throw new Error(`no table ${table}`);
    return file;
  }
}
