// Files generated from the zod schemas: one JSON Schema per table and DATA_DICTIONARY.md.
// pipeline/release/generated.ts adds the citation files; `npm run generate` writes them all.
import { columnsOf, jsonSchemaOf, type Column } from './columns.ts';
import { TABLES, type TableDefinition } from './tables.ts';
import { DATABASE, TABLE_FORMATS, tablePath } from './formats.ts';

export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const table of TABLES) {
    const schema = { $id: `https://freedom-reports.example/schemas/${table.name}.schema.json`, ...jsonSchemaOf(table) };
    files.set(`schemas/${table.name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return files;
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeLabel(c: Column): string {
  const names: Record<Column['type'], string> = {
    string: 'string',
    integer: 'integer',
    number: 'number',
    boolean: 'boolean',
    'string[]': 'list of strings',
    'integer[]': 'list of integers',
  };
  return names[c.type];
}

function rangeLabel(c: Column): string {
  if (c.enum) return c.enum.map((v) => `\`${v}\``).join(', ');
  const parts: string[] = [];
  if (c.minimum !== null && c.maximum !== null) parts.push(`${c.minimum} to ${c.maximum}`);
  else if (c.minimum !== null) parts.push(`>= ${c.minimum}`);
  else if (c.maximum !== null) parts.push(`<= ${c.maximum}`);
  if (c.pattern) parts.push(`pattern \`${c.pattern}\``);
  return parts.join('; ');
}

function tableSection(table: TableDefinition): string {
  const meta = (table.schema.meta() ?? {}) as { description?: string };
  const lines = [
    `## ${table.name}`,
    '',
    meta.description ?? '',
    '',
    `- Primary key: ${table.primaryKey.map((k) => `\`${k}\``).join(' + ')}`,
    ...table.foreignKeys.map((fk) => `- Foreign key: ${fk.fields.map((f) => `\`${f}\``).join(' + ')} -> \`${fk.table}.${fk.reference.join('+')}\``),
    `- Files: ${TABLE_FORMATS.map((f) => `\`${tablePath(f, table.name)}\``).join(', ')}, table \`${table.name}\` in \`${DATABASE.file}\``,
    '',
    '| column | type | required | unit | values | meaning |',
    '| --- | --- | --- | --- | --- | --- |',
    ...columnsOf(table).map(
      (c) => `| \`${escapeCell(c.name)}\` | ${typeLabel(c)} | ${c.nullable ? 'no (null allowed)' : 'yes'} | ${c.unit ?? ''} | ${escapeCell(rangeLabel(c))} | ${escapeCell(c.description)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export function dataDictionary(): string {
  return [
    '# Data dictionary',
    '',
    '<!-- Generated from schemas/tables.ts by `npm run generate`; do not edit by hand. -->',
    '',
    'Every table is published as JSON (an array of rows), CSV (RFC 4180, UTF-8, CRLF; list cells joined',
    'with `;`; a text cell that would start a spreadsheet formula is prefixed with `\'`), Parquet (zstd),',
    'Arrow IPC, and as a table of the DuckDB database `freedom-reports.duckdb`. Rows are sorted by primary key,',
    'the numbers in a key compared as numbers, so that mentions and events come in reading order within a paragraph',
    '(paragraphs by report, then position in the report). Missing values are `null` (an empty CSV cell).',
    '',
    ...TABLES.map(tableSection),
  ].join('\n');
}

/** What the schemas generate: a JSON Schema per table and the data dictionary. */
export function schemaFiles(): Map<string, string> {
  const files = jsonSchemaFiles();
  files.set('DATA_DICTIONARY.md', dataDictionary());
  return files;
}
