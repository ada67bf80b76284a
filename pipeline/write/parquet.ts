// Parquet writer: zstd-compressed files exported by DuckDB from the tables of the database
// writer, one thread, so the bytes are the same on every build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tablePath } from '../../schemas/formats.ts';
import { TABLES } from '../../schemas/tables.ts';
import { quoteIdentifier, type DuckDbWriter } from './duckdb.ts';
import type { CompletedTable, FormatWriter } from './writer.ts';

// Rows per row group. DuckDB's default (122,880) holds a row group's text in memory before
// writing it; fewer rows bound each export's memory, for slightly larger files (BENCHMARKS.md).
export const PARQUET_ROW_GROUP_ROWS = 32_768;

export async function writeParquet(connection: DuckDBConnection, table: string, path: string): Promise<void> {
  const target = `'${path.replace(/'/g, "''")}'`;
  await connection.run(`COPY (SELECT * FROM ${quoteIdentifier(table)}) TO ${target} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${PARQUET_ROW_GROUP_ROWS})`);
}

/** The Parquet files (parquet/<table>.parquet), each exported from the database once its table is loaded. */
export class ParquetWriter implements FormatWriter {
  constructor(private readonly dir: string, private readonly database: DuckDbWriter) {
    mkdirSync(join(dir, 'parquet'), { recursive: true });
  }

  append(): void {}

  complete(tables: Record<string, CompletedTable>): void {
    for (const table of TABLES.filter((t) => t.name in tables)) {
      this.database.then('parquet', (c) => writeParquet(c, table.name, join(this.dir, tablePath('parquet', table.name))));
    }
  }

  // The database's writer waits for the exports it queued, and counts their time.
  async finish() {
    return { problems: [], spent: {} };
  }

  async close(): Promise<void> {}
}
