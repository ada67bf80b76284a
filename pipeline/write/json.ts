// JSON writer: an array of rows, one row per line (diff-friendly), keys in schema order, handed
// out in chunks of bytes so a large table never becomes one string.
import type { Column } from '../../schemas/columns.ts';

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

/**
 * The file in pieces: their concatenation is `toJson`'s text. Each row is serialised on its own
 * (JSON.stringify of the row itself when it holds exactly the columns in order) and encoded
 * straight into a chunk's buffer: no large string is ever built.
 */
export function* jsonChunks(columns: Pick<Column, 'name'>[], rows: Record<string, unknown>[]): Generator<Uint8Array> {
  if (rows.length === 0) {
    yield Buffer.from('[]\n');
    return;
  }
  const names = columns.map((c) => c.name);
  const keys = names.map((name, i) => `${i === 0 ? '{' : ','}${JSON.stringify(name)}:`);
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = buffer.write('[\n', 0);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let line: string;
    if (plain(row, names)) line = JSON.stringify(row);
    else {
      line = '';
      for (let i = 0; i < names.length; i++) line += keys[i] + value(row[names[i]]);
      line += '}';
    }
    line += r === rows.length - 1 ? '\n]\n' : ',\n';
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
