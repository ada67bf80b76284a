// Rules on every row of every table: the schema (types, required fields, ranges, patterns),
// unique keys, foreign keys, and clean text.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { jsonSchemaOf } from '../../schemas/columns.ts';
import { TABLES, type Row, type TableDefinition, type Tables } from '../../schemas/tables.ts';
import type { CheckContext } from './context.ts';

// The JSON Schemas generated from the zod schemas, compiled once: the same rules, much faster
// per row than zod's parser.
let validators: Map<string, ValidateFunction> | null = null;
function validatorOf(table: TableDefinition): ValidateFunction {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addVocabulary(['unit']);
    validators = new Map(TABLES.map((t) => [t.name, ajv.compile(jsonSchemaOf(t))]));
  }
  return validators.get(table.name)!;
}

export function checkSchemas(ctx: CheckContext) {
  for (const table of TABLES) {
    const validate = validatorOf(table);
    (ctx.tables[table.name] ?? []).forEach((row, index) => {
      if (validate(row)) return;
      for (const e of validate.errors ?? []) {
        const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || (e.params as { missingProperty?: string }).missingProperty || null;
        ctx.row('SCHEMA', table.name, index, row, field, e.message ?? 'does not match the schema');
      }
    });
  }
}

export function checkKeys(ctx: CheckContext) {
  const tables: Tables = ctx.tables;
  for (const table of TABLES) {
    const seen = new Map<string, number>();
    const keyOf = (row: Row, fields: string[]) => (fields.length === 1 ? String(row[fields[0]]) : fields.map((k) => String(row[k])).join('\u0000'));
    (tables[table.name] ?? []).forEach((row, index) => {
      const key = keyOf(row, table.primaryKey);
      if (seen.has(key)) ctx.row('KEY_DUPLICATE', table.name, index, row, table.primaryKey.join('+'), `duplicate key ${JSON.stringify(table.primaryKey.map((k) => row[k]))} (first at row ${seen.get(key)! + 1})`);
      else seen.set(key, index);
    });
    for (const fk of table.foreignKeys) {
      const targets = new Set((tables[fk.table] ?? []).map((r) => keyOf(r, fk.reference)));
      (tables[table.name] ?? []).forEach((row, index) => {
        if (fk.fields.some((f) => row[f] === null || row[f] === undefined)) return;
        const key = keyOf(row, fk.fields);
        if (!targets.has(key)) ctx.row('FOREIGN_KEY', table.name, index, row, fk.fields.join('+'), `${JSON.stringify(fk.fields.map((f) => row[f]))} is not a ${fk.table}.${fk.reference.join('+')}`);
      });
    }
  }
}

const STRAY_SPACE = /^\s|\s$|\s{2}|[\t\n\r\u00A0\u200B\uFEFF]/;
// One scan for anything any text rule looks for; most strings have none of it.
const ANY_TEXT_PROBLEM = /^\s|\s$|\s{2}|[\t\n\r\u00A0\u200B\uFEFF\uFFFD\u0000-\u0008\u000B-\u001F\u007F]/;
export function checkText(ctx: CheckContext) {
  for (const table of TABLES) {
    (ctx.tables[table.name] ?? []).forEach((row, index) => {
      for (const [field, value] of Object.entries(row)) {
        for (const text of Array.isArray(value) ? value : [value]) {
          if (typeof text !== 'string' || !ANY_TEXT_PROBLEM.test(text)) continue;
          if (text.includes('\uFFFD')) ctx.row('TEXT_REPLACEMENT_CHARACTER', table.name, index, row, field, 'holds U+FFFD, the mark of a decoding error');
          if (STRAY_SPACE.test(text)) ctx.row('TEXT_WHITESPACE', table.name, index, row, field, 'has leading, trailing, doubled or special white space');
          if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(text)) ctx.row('TEXT_CONTROL_CHARACTER', table.name, index, row, field, 'holds a control character');
        }
      }
    });
  }
}
