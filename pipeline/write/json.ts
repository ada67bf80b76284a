// JSON writer: an array of rows, one row per line (diff-friendly), keys in schema order. Rows
// are serialised column by column with the keys written once, and handed out in chunks so a
// large table never becomes one string.
import type { Column } from '../../schemas/columns.ts';

/** Rows per chunk: about a megabyte of text for the widest table. */
export const ROWS_PER_CHUNK = 2048;

function value(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

/** The file in pieces: their concatenation is `toJson`'s string. */
export function* jsonChunks(columns: Pick<Column, 'name'>[], rows: Record<string, unknown>[]): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  const names = columns.map((c) => c.name);
  const keys = names.map((name, i) => `${i === 0 ? '{' : ','}${JSON.stringify(name)}:`);
  for (let from = 0; from < rows.length; from += ROWS_PER_CHUNK) {
    const to = Math.min(rows.length, from + ROWS_PER_CHUNK);
    let chunk = from === 0 ? '[\n' : ',\n';
    for (let r = from; r < to; r++) {
      const row = rows[r];
      let line = '';
      for (let i = 0; i < names.length; i++) line += keys[i] + value(row[names[i]]);
      chunk += r === from ? `${line}}` : `,\n${line}}`;
    }
    yield to === rows.length ? `${chunk}\n]\n` : chunk;
  }
}

export function toJson(columns: Pick<Column, 'name'>[], rows: Record<string, unknown>[]): string {
  return [...jsonChunks(columns, rows)].join('');
}
