// CSV writer: RFC 4180 (CRLF, quotes doubled), a header row in schema order, and no cell that
// a spreadsheet would run as a formula. The bytes are csv-stringify's with `record_delimiter:
// '\r\n', quote_record_delimiter: true, quoted_match: /^\s|\s$/` (a test holds the two equal on
// fuzzed tables): the quoting is done here, about twice as fast as csv-stringify's per-field
// generality on the dataset's tables (BENCHMARKS.md).
import { columnsOf, type ColumnType } from '../../schemas/columns.ts';
import type { TableDefinition } from '../../schemas/tables.ts';
import { TextFilesWriter, type TextLayout } from './file.ts';

export interface CsvColumn {
  name: string;
  type: ColumnType;
}

/** Rows per chunk: about a megabyte of text for the widest table. */
export const ROWS_PER_CHUNK = 2048;

/** Separator for list cells (footnotes, authors). */
export const LIST_SEPARATOR = ';';

// A leading = + - @ (or tab / CR / LF, which some spreadsheets skip before one) starts a formula;
// a leading apostrophe is the spreadsheet convention for "this is text" (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A value as its cell's text, before quoting: lists joined, formulas defused. */
export function csvCell(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'string':
      return safeText(String(value));
    case 'string[]':
      return safeText((value as string[]).join(LIST_SEPARATOR));
    case 'integer[]':
      return (value as number[]).join(LIST_SEPARATOR);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return String(value);
  }
}

// Quoted: a cell holding a quote, the delimiter or a line break, or starting or ending in space.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header line. */
export function csvHeader(columns: CsvColumn[]): string {
  return `${columns.map((c) => quote(c.name)).join(',')}\r\n`;
}

/** Rows' records, each ending in CRLF: a piece of the file after its header. */
export function csvLines(columns: CsvColumn[], rows: Record<string, unknown>[], from = 0, to = rows.length): string {
  let text = '';
  for (let r = from; r < to; r++) {
    const row = rows[r];
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i ? ',' : '') + quote(csvCell(row[columns[i].name], columns[i].type));
    text += `${line}\r\n`;
  }
  return text;
}

/** The file in pieces: their concatenation is `toCsv`'s string. */
export function* csvChunks(columns: CsvColumn[], rows: Record<string, unknown>[]): Generator<string> {
  yield csvHeader(columns);
  for (let from = 0; from < rows.length; from += ROWS_PER_CHUNK) yield csvLines(columns, rows, from, Math.min(rows.length, from + ROWS_PER_CHUNK));
}

export function toCsv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
  return [...csvChunks(columns, rows)].join('');
}

/** The CSV files' layout: the header line, then the records. */
export const CSV_LAYOUT: TextLayout = {
  format: 'csv',
  head: (table) => Buffer.from(csvHeader(columnsOf(table)), 'utf8'),
  before: () => null,
  body: (piece) => piece.csv,
  tail: () => null,
};

/** The CSV files of a dataset (csv/<table>.csv), appended as the pieces come. */
export const csvWriter = (dir: string, tables: readonly TableDefinition[]) => new TextFilesWriter(dir, tables, CSV_LAYOUT);
