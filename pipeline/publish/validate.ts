// Validation of a written dataset folder: every JSON table against its JSON Schema (ajv), every
// rule of the check stage on the rows read back, the CSV and Arrow files against the JSON rows,
// and the DuckDB tables against the Parquet files and the JSON row counts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES, type Row, type TableDefinition, type Tables } from '../../schemas/tables.ts';
import { tablePath } from '../../schemas/formats.ts';
import { checkTables } from '../check/index.ts';
import { newAjv, rowSchemaProblems, schemaValidator } from '../check/rows.ts';
import { problem, type Problem } from '../common/problems.ts';
import { toArrow } from '../write/arrow.ts';
import { toCsv } from '../write/csv.ts';
import { DATABASE_FILE, openDatabase, quoteIdentifier } from '../write/duckdb.ts';

export function readJsonTables(dir: string, problems: Problem[], names: string[] = TABLES.map((t) => t.name)): Tables {
  const tables: Tables = {};
  for (const table of TABLES.filter((t) => names.includes(t.name))) {
    const file = join(dir, tablePath('json', table.name));
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
 * stage on the rows read back, the CSV and Arrow files against the JSON rows (the writers are
 * deterministic: the files must be what they write of those rows, byte for byte), and the
 * database against the Parquet files and the JSON row counts.
 */
export async function validateDist(dir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const ajv = newAjv();
  const tables: Tables = {};
  for (const table of TABLES) {
    const file = join(dir, tablePath('json', table.name));
    const before = problems.length;
    tables[table.name] = readJsonTables(dir, problems, [table.name])[table.name];
    problems.push(...schemaProblems(ajv, table.name, tables[table.name], file));
    if (problems.length === before) problems.push(...compareWithJson(dir, table, tables[table.name]));
  }
  problems.push(...checkTables(tables, { tableFiles: (t) => join(dir, tablePath('json', t)) }).filter((p) => p.severity === 'error'));
  problems.push(...(await compareDuckDbWithParquet(dir, Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])))));
  return problems;
}

/** A table's CSV and Arrow files against what their writers make of its JSON rows: the first differing line of a CSV, any difference of an Arrow file. */
function compareWithJson(dir: string, table: TableDefinition, rows: Row[]): Problem[] {
  const problems: Problem[] = [];
  const columns = columnsOf(table);
  const csvFile = join(dir, tablePath('csv', table.name));
  if (!existsSync(csvFile)) problems.push(problem('FILE_MISSING', 'csv file missing', { file: csvFile }));
  else {
    const [expected, actual] = [toCsv(columns, rows), readFileSync(csvFile, 'utf8')];
    if (expected !== actual) {
      let at = 0;
      while (at < expected.length && expected[at] === actual[at]) at++;
      const line = actual.slice(0, at).split('\r\n').length;
      problems.push(problem('CSV_DIFFERS', `does not hold the rows of json/${table.name}.json: it first differs on this line`, { file: csvFile, line }));
    }
  }
  const arrowFile = join(dir, tablePath('arrow', table.name));
  if (!existsSync(arrowFile)) problems.push(problem('FILE_MISSING', 'arrow file missing', { file: arrowFile }));
  else if (!Buffer.from(toArrow(columns, rows)).equals(readFileSync(arrowFile))) {
    problems.push(problem('ARROW_DIFFERS', `does not hold the rows of json/${table.name}.json as the Arrow writer writes them`, { file: arrowFile }));
  }
  return problems;
}

/** The database's tables must equal the Parquet files row for row (and hold as many rows as the JSON files, when their counts are given). */
export async function compareDuckDbWithParquet(dir: string, jsonRows: Record<string, number> = {}): Promise<Problem[]> {
  const problems: Problem[] = [];
  const database = join(dir, DATABASE_FILE);
  if (!existsSync(database)) return [problem('FILE_MISSING', 'database file missing', { file: database })];
  const { instance, connection } = await openDatabase(':memory:');
  try {
    await connection.run(`ATTACH '${database.replace(/'/g, "''")}' AS dataset (READ_ONLY)`);
    for (const table of TABLES) {
      const parquet = join(dir, tablePath('parquet', table.name));
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
      const counted = jsonRows[table.name];
      if (counted !== undefined && String(inDatabase).split(':')[0] !== String(counted)) problems.push(problem('DUCKDB_JSON_DIFFER', `the database table holds ${String(inDatabase).split(':')[0]} rows, json/${table.name}.json ${counted}`, { file: database, field: table.name }));
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return problems;
}
