// DuckDB writer: one database file holding every table, typed from the schema. The Parquet
// writer exports from this database, so the two hold the same rows by construction.
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { columnsOf, type Column, type ColumnType } from '../../schemas/columns.ts';
import { DATABASE_FILE, tablePath } from '../../schemas/formats.ts';
import { TABLES } from '../../schemas/tables.ts';
import type { CompletedTable, FormatWriter } from './writer.ts';

export { DATABASE_FILE };

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
  // Memory: a limit on DuckDB's buffers, and its allocator handing freed memory back soon, which
  // lowers the build's peak (figures in BENCHMARKS.md).
  const instance = await DuckDBInstance.create(path, {
    threads: '1',
    preserve_insertion_order: 'true',
    memory_limit: '320MB',
    allocator_flush_threshold: '8MB',
    allocator_background_threads: 'true',
  });
  return { instance, connection: await instance.connect() };
}

async function createTable(connection: DuckDBConnection, table: DuckDbTable): Promise<void> {
  const columns = table.columns.map((c) => `${quoteIdentifier(c.name)} ${SQL_TYPES[c.type]}${c.nullable ? '' : ' NOT NULL'}`);
  await connection.run(`CREATE TABLE ${quoteIdentifier(table.name)} (${columns.join(', ')})`);
}

// Added once the rows are in: building the key's index in one go is faster than row by row (about
// a fifth of the load time of the largest tables), and the table ends up the same (its SQL and
// constraints read back as if the key had been declared with it).
async function addPrimaryKey(connection: DuckDBConnection, table: DuckDbTable): Promise<void> {
  if (!table.primaryKey.length) return;
  await connection.run(`ALTER TABLE ${quoteIdentifier(table.name)} ADD PRIMARY KEY (${table.primaryKey.map(quoteIdentifier).join(', ')})`);
}

const DEFAULT_MAXIMUM_OBJECT_SIZE = 16 * 2 ** 20;

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Loads a table from the JSON writer's file (an array of rows) with DuckDB's own JSON reader,
 * typed from the schema. The query runs on DuckDB's thread, so the caller's thread can go on
 * writing the next table meanwhile; and the database holds what the JSON file holds.
 */
export async function loadDuckDbTableFromJson(connection: DuckDBConnection, table: DuckDbTable, jsonFile: string, longestRowBytes = 0): Promise<void> {
  await createTable(connection, table);
  const types = table.columns.map((c) => `${sqlString(c.name)}: ${sqlString(SQL_TYPES[c.type])}`).join(', ');
  // DuckDB's default limit on one row's text (a row of up to twice it reads), raised for a longer
  // row: the reader's buffers grow with the limit, so it is not simply set high.
  const maximumObjectSize = Math.max(DEFAULT_MAXIMUM_OBJECT_SIZE, 2 ** Math.ceil(Math.log2(longestRowBytes + 1)));
  await connection.run(
    `INSERT INTO ${quoteIdentifier(table.name)} SELECT * FROM read_json(${sqlString(jsonFile)}, format = 'array', columns = {${types}}, maximum_object_size = ${maximumObjectSize})`,
  );
  await addPrimaryKey(connection, table);
}

/**
 * The database (freedom-reports.duckdb): each completed table loaded from its JSON file by DuckDB's
 * own reader, on DuckDB's thread, a table at a time, while the caller's thread goes on. Other
 * work on the database (the Parquet export) queues behind the loads with `then`.
 */
export class DuckDbWriter implements FormatWriter {
  // Opened with the first table: a build that stops before any table completes makes no database.
  private database: ReturnType<typeof openDatabase> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly spent: Record<string, number> = { duckdb: 0 };
  private closed = false;

  constructor(private readonly dir: string) {}

  /** Runs `work` on the database's connection once everything queued before it is done; its time counts as `part`. */
  then(part: string, work: (connection: DuckDBConnection) => Promise<void>): void {
    const database = (this.database ??= openDatabase(join(this.dir, DATABASE_FILE)));
    this.queue = this.queue.then(async () => {
      const { connection } = await database;
      const start = performance.now();
      await work(connection);
      this.spent[part] = (this.spent[part] ?? 0) + performance.now() - start;
    });
    this.queue.catch(() => {}); // awaited in finish()
  }

  append(): void {}

  complete(tables: Record<string, CompletedTable>): void {
    for (const table of TABLES.filter((t) => t.name in tables)) {
      const definition = { name: table.name, columns: columnsOf(table), primaryKey: table.primaryKey };
      this.then('duckdb', (c) => loadDuckDbTableFromJson(c, definition, join(this.dir, tablePath('json', table.name)), tables[table.name].longestRow));
    }
  }

  async finish() {
    try {
      this.then('duckdb', (c) => c.run('CHECKPOINT').then(() => {}));
      await this.queue;
      return { problems: [], spent: this.spent };
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([this.queue]);
    await this.database?.then(({ connection, instance }) => (connection.closeSync(), instance.closeSync())).catch(() => {});
  }
}
