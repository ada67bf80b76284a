// Parquet writer: zstd-compressed files exported by DuckDB from the tables of the database
// writer, one thread, so the bytes are the same on every build.
import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdentifier } from './duckdb.ts';

export async function writeParquet(connection: DuckDBConnection, table: string, path: string): Promise<void> {
  const target = `'${path.replace(/'/g, "''")}'`;
  await connection.run(`COPY (SELECT * FROM ${quoteIdentifier(table)}) TO ${target} (FORMAT parquet, COMPRESSION zstd)`);
}
