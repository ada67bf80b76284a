// Rules on every row of every table: the schema (types, required fields, ranges, patterns),
// unique keys, foreign keys, and clean text.
import { _, Ajv2020, str, type KeywordDefinition, type ValidateFunction } from 'ajv/dist/2020.js';
import { columnsOf, jsonSchemaOf } from '../../schemas/columns.ts';
import { TABLES, type Row, type TableDefinition, type Tables } from '../../schemas/tables.ts';
import type { CheckContext } from './context.ts';
import { problem, type Problem } from '../common/problems.ts';

// The JSON Schemas generated from the zod schemas, compiled once: the same rules, much faster
// per row than zod's parser.
let validators: Map<string, ValidateFunction> | null = null;

// minLength counts code points. ajv counts them for every string, a walk over each paragraph's
// whole text (half the time of validating the largest tables); a string's UTF-16 length bounds
// its count (count <= length <= 2 x count), so the walk is needed only between the two bounds.
export const minLength: KeywordDefinition = {
  keyword: 'minLength',
  type: 'string',
  schemaType: 'number',
  error: {
    message: ({ schemaCode }) => str`must NOT have fewer than ${schemaCode} characters`,
    params: ({ schemaCode }) => _`{limit: ${schemaCode}}`,
  },
  code(cxt) {
    const { data, schema } = cxt;
    cxt.fail(_`${data}.length < ${schema} || (${data}.length < ${2 * (schema as number)} && Array.from(${data}).length < ${schema})`);
  },
};

/** The validator both the check stage and the validation of written files use. */
export function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addVocabulary(['unit']); // the schemas' own keyword for a column's unit
  ajv.removeKeyword('minLength').addKeyword(minLength);
  return ajv;
}

function validatorOf(table: TableDefinition): ValidateFunction {
  if (!validators) {
    const ajv = newAjv();
    validators = new Map(TABLES.map((t) => [t.name, ajv.compile(jsonSchemaOf(t))]));
  }
  return validators.get(table.name)!;
}

/** A table's JSON Schema compiled in `ajv` (once per validator), for rows read back from a file. */
export function schemaValidator(ajv: Ajv2020, table: string): ValidateFunction {
  const definition = TABLES.find((t) => t.name === table);
  if (!definition) throw new Error(`no table ${table}`);
  return ajv.getSchema(table) ?? (ajv.addSchema(jsonSchemaOf(definition), table), ajv.getSchema(table)!);
}

/** The errors of a row the validator just refused, at the row's line of its JSON file. */
export function rowSchemaProblems(validate: ValidateFunction, table: string, file: string, line: number): Problem[] {
  return (validate.errors ?? []).map((e) => problem('JSON_SCHEMA', `${e.instancePath || '/'} ${e.message}`, { file, line, field: `${table}${e.instancePath.replace(/\//g, '.')}` }));
}

export function checkSchemas(ctx: CheckContext) {
  for (const table of TABLES) {
    const validate = validatorOf(table);
    (ctx.tables[table.name] ?? []).forEach((row, index) => {
      if (validate(row)) return;
      // One message per field: a nullable value out of range fails each branch of its anyOf
      // ("must be <= 4", "must be null", "must match a schema in anyOf"); the first says why.
      const said = new Set<string | null>();
      for (const e of validate.errors ?? []) {
        const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || (e.params as { missingProperty?: string }).missingProperty || null;
        if (said.has(field) || e.keyword === 'anyOf' || (e.keyword === 'type' && (e.params as { type?: string }).type === 'null' && (validate.errors ?? []).some((o) => o !== e && o.instancePath === e.instancePath && o.keyword !== 'anyOf'))) continue;
        said.add(field);
        ctx.row('SCHEMA', table.name, index, row, field, e.message ?? 'does not match the schema');
      }
    });
  }
}

const keyOf = (row: Row, fields: string[]): string => {
  if (fields.length === 1) {
    const v = row[fields[0]];
    return typeof v === 'string' ? v : String(v);
  }
  return fields.map((k) => String(row[k])).join('\u0000');
};

// Key sets of reference tables (see CheckContext), which the build passes unchanged from one
// report to the next: made once per table and fields.
const keySets = new WeakMap<Row[], Map<string, Set<string>>>();
function referenceKeys(rows: Row[], fields: string[]): Set<string> {
  const byFields = keySets.get(rows) ?? new Map<string, Set<string>>();
  keySets.set(rows, byFields);
  const name = fields.join('\u0000');
  let set = byFields.get(name);
  if (!set) byFields.set(name, (set = new Set(rows.map((r) => keyOf(r, fields)))));
  return set;
}

export function checkKeys(ctx: CheckContext) {
  const tables: Tables = ctx.tables;
  // The set of each table's primary keys, which most foreign keys point at.
  const primaryKeys = new Map<string, Map<string, number>>();
  for (const table of TABLES) {
    const seen = new Map<string, number>();
    const rows = tables[table.name] ?? [];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      const key = keyOf(row, table.primaryKey);
      const first = seen.get(key);
      if (first !== undefined) ctx.row('KEY_DUPLICATE', table.name, index, row, table.primaryKey.join('+'), `duplicate key ${JSON.stringify(table.primaryKey.map((k) => row[k]))} (first at row ${first + 1})`);
      else seen.set(key, index);
    }
    primaryKeys.set(table.name, seen);
  }
  for (const table of TABLES) {
    for (const fk of table.foreignKeys) {
      // A table given neither to check nor to look up in (not an empty one) is checked
      // elsewhere: the build checks each report's rows where it is processed, and the tables
      // over all reports apart.
      const targetRows = ctx.lookup(fk.table);
      if (!targetRows) continue;
      const target = TABLES.find((t) => t.name === fk.table);
      const checked = fk.table in tables;
      const targets: { has(key: string): boolean } = !checked
        ? referenceKeys(targetRows, fk.reference)
        : target && target.primaryKey.join('\u0000') === fk.reference.join('\u0000')
          ? primaryKeys.get(fk.table)!
          : new Set(targetRows.map((r) => keyOf(r, fk.reference)));
      const rows = tables[table.name] ?? [];
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index];
        if (fk.fields.some((f) => row[f] === null || row[f] === undefined)) continue;
        if (!targets.has(keyOf(row, fk.fields))) ctx.row('FOREIGN_KEY', table.name, index, row, fk.fields.join('+'), `${JSON.stringify(fk.fields.map((f) => row[f]))} is not a ${fk.table}.${fk.reference.join('+')}`);
      }
    }
  }
}

const STRAY_SPACE = /^\s|\s$|\s{2}|[\t\n\r\u00A0\u200B\uFEFF]/;
// One scan for anything any text rule looks for (most strings have none of it): the edges, then
// doubled or special space and bad characters inside.
const INSIDE_PROBLEM = /\s\s|[\t\n\r\u00A0\u200B\uFEFF\uFFFD\u0000-\u0008\u000B-\u001F\u007F]/;
const SPACE = /\s/;
const anyTextProblem = (text: string) => text.length > 0 && (SPACE.test(text[0]) || SPACE.test(text[text.length - 1]) || INSIDE_PROBLEM.test(text));
function checkOneText(ctx: CheckContext, table: string, index: number, row: Row, field: string, text: unknown) {
  if (typeof text !== 'string' || !anyTextProblem(text)) return;
  if (text.includes('\uFFFD')) ctx.row('TEXT_REPLACEMENT_CHARACTER', table, index, row, field, 'holds U+FFFD, the mark of a decoding error');
  if (STRAY_SPACE.test(text)) ctx.row('TEXT_WHITESPACE', table, index, row, field, 'has leading, trailing, doubled or special white space');
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(text)) ctx.row('TEXT_CONTROL_CHARACTER', table, index, row, field, 'holds a control character');
}

export function checkText(ctx: CheckContext) {
  for (const table of TABLES) {
    // The text columns only: the schema rule reports any other field that holds text.
    const fields = columnsOf(table).filter((c) => c.type === 'string' || c.type === 'string[]').map((c) => c.name);
    const rows = ctx.tables[table.name] ?? [];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index];
      for (const field of fields) {
        const value = row[field];
        if (Array.isArray(value)) for (const text of value) checkOneText(ctx, table.name, index, row, field, text);
        else checkOneText(ctx, table.name, index, row, field, value);
      }
    }
  }
}
