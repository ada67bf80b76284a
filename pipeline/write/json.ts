// JSON writer: an array of rows, one row per line (diff-friendly), keys in schema order.
import type { Column } from '../../schemas/columns.ts';

export function toJson(columns: Pick<Column, 'name'>[], rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '[]\n';
  const lines = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))));
  return `[\n${lines.join(',\n')}\n]\n`;
}
