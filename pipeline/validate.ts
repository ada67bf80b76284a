// Validation of a written dataset folder: every JSON table against its JSON Schema (ajv), every
// rule of the check stage on the rows read back, and the DuckDB tables against the Parquet files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { TABLES, type Tables } from '../schemas/tables.ts';
import { checkTables } from './check/index.ts';
import { newAjv } from './check/rows.ts';
import { problem, type Problem } from './problems.ts';
import { DATABASE_FILE, openDatabase, quoteIdentifier } from './write/duckdb.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

export function schemaFile(table: string): string {
  return join(SCHEMA_DIR, `${table}.schema.json`);
}

export function readJsonTables(dir: string, problems: Problem[], names: string[] = TABLES.map((t) => t.name)): Tables {
  const tables: Tables = {};
  for (const table of TABLES.filter((t) => names.includes(t.name))) {
    const file = join(dir, 'json', `${table.name}.json`);
    if (!existsSync(file)) {
      problems.push(problem('FILE_MISSING', 'table file missing', { file }));
      tables[table.name] = [];
      continue;
    }
    try {
      tables[table.name] = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(problem('JSON_UNREADABLE', (error as Error).message, { file }));
      tables[table.name] = [];
    }
  }
  return tables;
}

/** The compiled JSON Schema of a table, from its generated file. */
export function schemaValidator(ajv: Ajv2020, table: string): ValidateFunction {
  return ajv.getSchema(table) ?? (ajv.addSchema(JSON.parse(readFileSync(schemaFile(table), 'utf8')), table), ajv.getSchema(table)!);
}

/** The errors of a row the validator just refused, at the row's line of the JSON file. */
export function rowSchemaProblems(validate: ValidateFunction, table: string, file: string, line: number): Problem[] {
  return (validate.errors ?? []).map((e) => problem('JSON_SCHEMA', `${e.instancePath || '/'} ${e.message}`, { file, line, field: `${table}${e.instancePath.replace(/\//g, '.')}` }));
}

/** Every row of one table's JSON file against the table's JSON Schema. */
export function schemaProblems(ajv: Ajv2020, table: string, rows: Record<string, unknown>[], file: string): Problem[] {
  const problems: Problem[] = [];
  const validate = schemaValidator(ajv, table);
  rows.forEach((row, index) => {
    // One row per line, after the opening bracket: row i is on line i + 2.
    if (!validate(row)) problems.push(...rowSchemaProblems(validate, table, file, index + 2));
  });
  return problems;
}

/**
 * Validates a dataset folder: every JSON file against its JSON Schema, every rule of the check
 * stage on the rows read back, and the database against the Parquet files.
 */
export async function validateDist(dir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const ajv = newAjv();
  const tables: Tables = {};
  for (const table of TABLES) {
    const file = join(dir, 'json', `${table.name}.json`);
    tables[table.name] = readJsonTables(dir, problems, [table.name])[table.name];
    problems.push(...schemaProblems(ajv, table.name, tables[table.name], file));
  }
  problems.push(...checkTables(tables, { tableFiles: (t) => join(dir, 'json', `${t}.json`) }).filter((p) => p.severity === 'error'));
  problems.push(...(await compareDuckDbWithParquet(dir)));
  return problems;
}

/** The database's tables must equal the Parquet files row for row. */
export async function compareDuckDbWithParquet(dir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const database = join(dir, DATABASE_FILE);
  if (!existsSync(database)) return [problem('FILE_MISSING', 'database file missing', { file: database })];
  const { instance, connection } = await openDatabase(':memory:');
  try {
    await connection.run(`ATTACH '${database.replace(/'/g, "''")}' AS dataset (READ_ONLY)`);
    for (const table of TABLES) {
      const parquet = join(dir, 'parquet', `${table.name}.parquet`);
      if (!existsSync(parquet)) {
        problems.push(problem('FILE_MISSING', 'parquet file missing', { file: parquet }));
        continue;
      }
      const source = `read_parquet('${parquet.replace(/'/g, "''")}')`;
      const t = `dataset.${quoteIdentifier(table.name)}`;
      // Row count and an order-free sum of row hashes: one scan of each side.
      const digest = async (from: string) => (await (await connection.run(`SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(x))::VARCHAR, '') FROM ${from} x`)).getRowsJS())[0][0];
      const [inDatabase, inParquet] = [await digest(t), await digest(source)];
      if (inDatabase !== inParquet) problems.push(problem('DUCKDB_PARQUET_DIFFER', `the database table and the Parquet file hold different rows (${inDatabase} vs ${inParquet})`, { file: parquet }));
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return problems;
}
