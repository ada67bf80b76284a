// The Frictionless Data Package descriptor of a release, generated from the zod schemas: every
// file with its format, hash and bytes, the tables' Table Schemas with keys and constraints, the
// licence, the sources (the raw reports, with their sha256) and the version.
import { statSync } from 'node:fs';
import { sha256File } from '../common/files.ts';
import { join } from 'node:path';
import { columnsOf, type Column } from '../../schemas/columns.ts';
import { TABLES } from '../../schemas/tables.ts';
import type { Row } from '../../schemas/tables.ts';
import type { DatasetMetadata } from './metadata.ts';
import { DATABASE, TABLE_FORMATS } from '../../schemas/formats.ts';



function tableSchemaField(c: Column, format: string): Record<string, unknown> {
  const list = c.type.endsWith('[]');
  // CSV holds lists joined by ";" (a string); the other formats hold real lists.
  const type = list ? (format === 'csv' ? 'string' : 'array') : c.type;
  const constraints: Record<string, unknown> = {};
  if (!c.nullable) constraints.required = true;
  if (c.enum) constraints.enum = c.enum;
  if (c.minimum !== null && !list) constraints.minimum = c.minimum;
  if (c.maximum !== null && !list) constraints.maximum = c.maximum;
  if (c.pattern && !list) constraints.pattern = c.pattern;
  return {
    name: c.name,
    type,
    description: list && format === 'csv' ? `${c.description} (items separated by ";")` : c.description,
    ...(c.unit ? { unit: c.unit } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export interface ReleaseFile {
  path: string;
  bytes: number;
  hash: string;
}

export function describeFile(dir: string, path: string): ReleaseFile {
  return { path, bytes: statSync(join(dir, path)).size, hash: sha256File(join(dir, path)) };
}

export function dataPackage(m: DatasetMetadata, created: string, dir: string, files: { tables: string[]; database: string; zip: string }, reports: Row[]): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  for (const table of TABLES) {
    const meta = (table.schema.meta() ?? {}) as { description?: string };
    for (const { name: format, mediatype, text } of TABLE_FORMATS) {
      const path = `${table.name}.${format}`;
      if (!files.tables.includes(path)) continue;
      const file = describeFile(dir, path);
      resources.push({
        profile: 'tabular-data-resource',
        name: format === 'csv' ? table.name : `${table.name}-${format}`,
        path,
        title: `${table.name} (${format})`,
        description: meta.description ?? '',
        format,
        mediatype,
        encoding: text ? 'utf-8' : undefined,
        bytes: file.bytes,
        hash: `sha256:${file.hash}`,
        ...(format === 'csv' ? { dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } } : {}),
        schema: {
          fields: columnsOf(table).map((c) => tableSchemaField(c, format)),
          primaryKey: table.primaryKey,
          ...(table.foreignKeys.length
            ? {
                foreignKeys: table.foreignKeys.map((fk) => ({
                  fields: fk.fields,
                  reference: { resource: fk.table === table.name ? '' : format === 'csv' ? fk.table : `${fk.table}-${format}`, fields: fk.reference },
                })),
              }
            : {}),
          ...(format === 'csv' ? { missingValues: [''] } : {}),
        },
      });
    }
  }
  // DuckDB leaves unused bytes of its file uninitialised, so two builds of the same data differ
  // in a few bytes: the database is described by size, and its content equals the Parquet files.
  for (const [path, mediatype, description, hashed] of [
    [files.database, DATABASE.mediatype, 'Every table in one DuckDB database; its tables equal the Parquet resources row for row (its file is not byte-stable, so no hash is declared).', false],
    [files.zip, 'application/zip', 'The CSV files, zipped.', true],
  ] as const) {
    const file = describeFile(dir, path);
    resources.push({
      profile: 'data-resource',
      name: path.replace(/\.[^.]+$/, '').replace(/[^a-z0-9._-]/gi, '-').toLowerCase(),
      path,
      format: path.split('.').pop(),
      mediatype,
      description,
      bytes: file.bytes,
      ...(hashed ? { hash: `sha256:${file.hash}` } : {}),
    });
  }
  return {
    profile: 'data-package',
    name: m.name,
    id: `${m.repository}/releases/tag/v${m.version}`,
    title: m.title,
    description: m.description,
    version: m.version,
    created,
    homepage: m.repository,
    keywords: m.keywords,
    licenses: [{ name: m.license.id, path: m.license.path, title: m.license.title }],
    contributors: m.authors.map((a) => ({ title: a.name, role: 'author' })),
    sources: reports.map((r) => ({
      title: `${r.publication === 'fiw' ? 'Freedom in the World' : 'Nations in Transit'} ${r.edition} - ${r.country}`,
      path: `raw/${r.source_file}`,
      sha256: r.source_sha256,
    })),
    resources: JSON.parse(JSON.stringify(resources)),
  };
}
