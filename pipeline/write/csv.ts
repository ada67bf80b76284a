// CSV writer: RFC 4180 (CRLF, quotes doubled), a header row in schema order, and no cell that
// a spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync';
import type { ColumnType } from '../../schemas/columns.ts';

export interface CsvColumn {
  name: string;
  type: ColumnType;
}

/** Separator for list cells (footnotes, authors). */
export const LIST_SEPARATOR = ';';

// A leading = + - @ (or tab / CR / LF, which some spreadsheets skip before one) starts a formula;
// a leading apostrophe is the spreadsheet convention for "this is text" (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: unknown, type: ColumnType): string {
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

export function toCsv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
  const records = rows.map((row) => columns.map((c) => cell(row[c.name], c.type)));
  return stringify([columns.map((c) => c.name), ...records], { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ });
}
