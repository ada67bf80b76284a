// Writing one file of the dataset from pieces, so that no table is ever one string in memory.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tablePath } from '../../schemas/formats.ts';
import type { TableDefinition } from '../../schemas/tables.ts';
import type { TablePiece } from './tables.ts';
import type { CompletedTable, FormatWriter } from './writer.ts';

/** All of `bytes` to an open file: writeSync may write less than it is given. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** An open file written through a buffer: pieces are small, and a write call each would cost more than the copy. */
export class BufferedFile {
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

/** How a text format lays its file out around the pieces of rows (json.ts, csv.ts). */
export interface TextLayout {
  /** The folder of its files, and their extension. */
  format: string;
  /** What opens a table's file (a header), before any row. */
  head(table: TableDefinition): Uint8Array | null;
  /** What goes before a piece, given the rows written before it. */
  before(rowsBefore: number): Uint8Array | null;
  /** The piece's own bytes. */
  body(piece: TablePiece): Uint8Array;
  /** What ends the file, given its rows. */
  tail(rows: number): Uint8Array | null;
}

/** A text format's files, one per table, appended as the pieces come: the one writer of JSON and of CSV. */
export class TextFilesWriter implements FormatWriter {
  private readonly files = new Map<string, { file: BufferedFile; rows: number; open: boolean }>();
  private spent = 0;

  constructor(dir: string, tables: readonly TableDefinition[], private readonly layout: TextLayout) {
    mkdirSync(join(dir, layout.format), { recursive: true });
    for (const table of tables) {
      const file = new BufferedFile(join(dir, tablePath(layout.format, table.name)));
      const head = layout.head(table);
      if (head) file.write(head);
      this.files.set(table.name, { file, rows: 0, open: true });
    }
  }

  append(table: string, piece: TablePiece): void {
    if (piece.rows === 0) return;
    const start = performance.now();
    const entry = this.files.get(table)!;
    const before = this.layout.before(entry.rows);
    if (before) entry.file.write(before);
    entry.file.write(this.layout.body(piece));
    entry.rows += piece.rows;
    this.spent += performance.now() - start;
  }

  complete(tables: Record<string, CompletedTable>): void {
    for (const name of Object.keys(tables)) this.closeFile(name);
  }

  private closeFile(name: string): void {
    const entry = this.files.get(name)!;
    if (!entry.open) return;
    entry.open = false;
    const tail = this.layout.tail(entry.rows);
    if (tail) entry.file.write(tail);
    entry.file.close();
  }

  async finish() {
    return { problems: [], spent: { json_csv: this.spent } };
  }

  async close(): Promise<void> {
    for (const name of this.files.keys()) this.closeFile(name);
  }
}
