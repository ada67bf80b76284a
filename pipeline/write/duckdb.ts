// DuckDB writer: one database file holding every table, typed from the schema. The Parquet
// writer exports from this database, so the two hold the same rows by construction.
import { BOOLEAN, DOUBLE, DuckDBDataChunk, DuckDBInstance, INTEGER, LIST, VARCHAR, listValue, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import type { Column, ColumnType } from '../../schemas/columns.ts';

export const DATABASE_FILE = 'freedom-reports.duckdb';

export const SQL_TYPES: Record<ColumnType, string> = {
  string: 'VARCHAR',
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  'string[]': 'VARCHAR[]',
  'integer[]': 'INTEGER[]',
};

export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface DuckDbTable {
  name: string;
  columns: Column[];
  primaryKey: string[];
  rows: Record<string, unknown>[];
}

/** Opens a database with settings that make exports deterministic (one thread, insertion order). */
export async function openDatabase(path: string): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(path, { threads: '1', preserve_insertion_order: 'true' });
  return { instance, connection: await instance.connect() };
}

async function createTable(connection: DuckDBConnection, table: Omit<DuckDbTable, 'rows'>): Promise<void> {
  const columns = table.columns.map((c) => `${quoteIdentifier(c.name)} ${SQL_TYPES[c.type]}${c.nullable ? '' : ' NOT NULL'}`);
  const key = table.primaryKey.length ? `, PRIMARY KEY (${table.primaryKey.map(quoteIdentifier).join(', ')})` : '';
  await connection.run(`CREATE TABLE ${quoteIdentifier(table.name)} (${columns.join(', ')}${key})`);
}

const DUCKDB_TYPES: Record<ColumnType, DuckDBType> = { string: VARCHAR, integer: INTEGER, number: DOUBLE, boolean: BOOLEAN, 'string[]': LIST(VARCHAR), 'integer[]': LIST(INTEGER) };

/** Rows per appended chunk: DuckDB's vector size. */
const CHUNK_ROWS = 2048;

/**
 * Creates a table typed from the schema and appends its rows a column chunk at a time: far
 * faster than value by value, and than reading the JSON file back with read_json.
 */
export async function writeDuckDbTable(connection: DuckDBConnection, table: DuckDbTable): Promise<void> {
  await createTable(connection, table);
  const appender = await connection.createAppender(table.name);
  const types = table.columns.map((c) => DUCKDB_TYPES[c.type]);
  for (let from = 0; from < table.rows.length; from += CHUNK_ROWS) {
    const rows = table.rows.slice(from, from + CHUNK_ROWS);
    const chunk = DuckDBDataChunk.create(types, rows.length);
    table.columns.forEach((c, i) => {
      const list = c.type === 'string[]' || c.type === 'integer[]';
      chunk.setColumnValues(i, rows.map((row) => {
        const v = row[c.name];
        return v === null || v === undefined ? null : list ? listValue(v as never[]) : (v as string | number | boolean);
      }));
    });
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
  appender.closeSync();
}
