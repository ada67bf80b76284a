// DuckDB writer: one database file holding every table, typed from the schema. The Parquet
// writer exports from this database, so the two hold the same rows by construction.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
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
}

/** Opens a database with settings that make exports deterministic (one thread, insertion order). */
export async function openDatabase(path: string): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(path, { threads: '1', preserve_insertion_order: 'true', memory_limit: '256MB' });
  return { instance, connection: await instance.connect() };
}

async function createTable(connection: DuckDBConnection, table: DuckDbTable): Promise<void> {
  const columns = table.columns.map((c) => `${quoteIdentifier(c.name)} ${SQL_TYPES[c.type]}${c.nullable ? '' : ' NOT NULL'}`);
  const key = table.primaryKey.length ? `, PRIMARY KEY (${table.primaryKey.map(quoteIdentifier).join(', ')})` : '';
  await connection.run(`CREATE TABLE ${quoteIdentifier(table.name)} (${columns.join(', ')}${key})`);
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Loads a table from the JSON writer's file (an array of rows) with DuckDB's own JSON reader,
 * typed from the schema. The query runs on DuckDB's thread, so the caller's thread can go on
 * writing the next table meanwhile; and the database holds what the JSON file holds.
 */
export async function loadDuckDbTableFromJson(connection: DuckDBConnection, table: DuckDbTable, jsonFile: string): Promise<void> {
  await createTable(connection, table);
  const types = table.columns.map((c) => `${sqlString(c.name)}: ${sqlString(SQL_TYPES[c.type])}`).join(', ');
  await connection.run(
    `INSERT INTO ${quoteIdentifier(table.name)} SELECT * FROM read_json(${sqlString(jsonFile)}, format = 'array', columns = {${types}}, maximum_object_size = 16777216)`,
  );
}
