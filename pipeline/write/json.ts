// JSON writer: an array of rows, one row per line (diff-friendly), keys in schema order, handed
// out in chunks of bytes so a large table never becomes one string.
import type { Column } from '../../schemas/columns.ts';
import type { TableDefinition } from '../../schemas/tables.ts';
import { TextFilesWriter, type TextLayout } from './file.ts';

function value(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

/** The row has exactly the columns, in order, each null, a string, a finite number, a boolean or a list. */
function plain(row: Record<string, unknown>, names: string[]): boolean {
  const keys = Object.keys(row);
  if (keys.length !== names.length) return false;
  for (let i = 0; i < names.length; i++) {
    if (keys[i] !== names[i]) return false;
    const v = row[names[i]];
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return false;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return false;
  }
  return true;
}

/** Bytes per chunk. */
export const CHUNK_BYTES = 1 << 20;

/** Writes rows one line each; the same text whatever pieces the rows come in. */
export class JsonRowWriter {
  private readonly names: string[];
  private readonly keys: string[];

  constructor(columns: Pick<Column, 'name'>[]) {
    this.names = columns.map((c) => c.name);
    this.keys = this.names.map((name, i) => `${i === 0 ? '{' : ','}${JSON.stringify(name)}:`);
  }

  /** One row's line, without separator: JSON.stringify of the row itself when it holds exactly the columns in order. */
  line(row: Record<string, unknown>): string {
    if (plain(row, this.names)) return JSON.stringify(row);
    let line = '';
    for (let i = 0; i < this.names.length; i++) line += this.keys[i] + value(row[this.names[i]]);
    return `${line}}`;
  }

  /** Rows' lines joined by the file's separator: a piece of the file between its brackets. */
  lines(rows: Record<string, unknown>[]): string {
    let text = '';
    for (let r = 0; r < rows.length; r++) text += (r ? ',\n' : '') + this.line(rows[r]);
    return text;
  }
}

/** The file's opening, the separator between pieces of rows, and its ending. */
export const JSON_OPEN = '[\n';
export const JSON_SEPARATOR = ',\n';
export const JSON_CLOSE = '\n]\n';
export const JSON_EMPTY = '[]\n';

/**
 * The file in pieces: their concatenation is `toJson`'s text. Each row is serialised on its own
 * and encoded straight into a chunk's buffer: no large string is ever built.
 */
export function* jsonChunks(columns: Pick<Column, 'name'>[], rows: Record<string, unknown>[]): Generator<Uint8Array> {
  if (rows.length === 0) {
    yield Buffer.from(JSON_EMPTY);
    return;
  }
  const writer = new JsonRowWriter(columns);
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = buffer.write(JSON_OPEN, 0);
  for (let r = 0; r < rows.length; r++) {
    const line = writer.line(rows[r]) + (r === rows.length - 1 ? JSON_CLOSE : JSON_SEPARATOR);
    // A UTF-8 byte count is at most three per UTF-16 unit.
    if (used + line.length * 3 > buffer.length) {
      yield buffer.subarray(0, used);
      buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, line.length * 3));
      used = 0;
    }
    used += buffer.write(line, used);
  }
  yield buffer.subarray(0, used);
}

export function toJson(columns: Pick<Column, 'name'>[], rows: Record<string, unknown>[]): string {
  return Buffer.concat([...jsonChunks(columns, rows)]).toString('utf8');
}

const BYTES = { open: Buffer.from(JSON_OPEN), separator: Buffer.from(JSON_SEPARATOR), close: Buffer.from(JSON_CLOSE), empty: Buffer.from(JSON_EMPTY) };

/** The JSON files' layout: an array, one row per line. */
export const JSON_LAYOUT: TextLayout = {
  format: 'json',
  head: () => null,
  before: (rows) => (rows === 0 ? BYTES.open : BYTES.separator),
  body: (piece) => piece.json,
  tail: (rows) => (rows === 0 ? BYTES.empty : BYTES.close),
};

/** The JSON files of a dataset (json/<table>.json), appended as the pieces come. */
export const jsonWriter = (dir: string, tables: readonly TableDefinition[]) => new TextFilesWriter(dir, tables, JSON_LAYOUT);
