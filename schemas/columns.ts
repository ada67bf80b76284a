// Column descriptors derived from the zod table schemas (through their JSON Schema), so every
// writer and generated document reads one definition of each column.
import { z } from 'zod';
import type { TableDefinition } from './tables.ts';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'string[]' | 'integer[]';

export interface Column {
  name: string;
  type: ColumnType;
  nullable: boolean;
  description: string;
  unit: string | null;
  enum: string[] | null;
  minimum: number | null;
  maximum: number | null;
  pattern: string | null;
}

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  description?: string;
  unit?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

export function jsonSchemaOf(table: TableDefinition): Record<string, unknown> {
  return z.toJSONSchema(table.schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

function describeColumn(name: string, schema: JsonSchema): Column {
  const description = schema.description ?? '';
  const unit = schema.unit ?? null;
  let nullable = false;
  let core: JsonSchema = schema;
  if (schema.anyOf) {
    nullable = schema.anyOf.some((s) => s.type === 'null');
    core = { ...schema.anyOf.find((s) => s.type !== 'null')!, description, unit: unit ?? undefined };
  }
  let typeName = core.type;
  if (Array.isArray(typeName)) {
    nullable = nullable || typeName.includes('null');
    typeName = typeName.find((t) => t !== 'null');
  }
  let type: ColumnType;
  if (typeName === 'array') {
    const item = core.items?.type;
    if (item === 'integer') type = 'integer[]';
    else if (item === 'string') type = 'string[]';
    else throw new Error(`column ${name}: unsupported array item type ${String(item)}`);
  } else if (typeName === 'string' || typeName === 'integer' || typeName === 'number' || typeName === 'boolean') {
    type = typeName;
  } else {
    throw new Error(`column ${name}: unsupported type ${String(typeName)}`);
  }
  const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= SAFE_INTEGER ? null : n);
  const enumValues = (core.enum ?? null) as unknown[] | null;
  return {
    name,
    type,
    nullable,
    description,
    unit,
    enum: enumValues ? enumValues.filter((v): v is string => typeof v === 'string') : null,
    minimum: bound(core.minimum),
    maximum: bound(core.maximum),
    pattern: core.pattern ?? null,
  };
}

const cache = new Map<string, Column[]>();

export function columnsOf(table: TableDefinition): Column[] {
  const cached = cache.get(table.name);
  if (cached) return cached;
  const schema = jsonSchemaOf(table) as JsonSchema;
  const columns = Object.entries(schema.properties ?? {}).map(([name, s]) => describeColumn(name, s));
  cache.set(table.name, columns);
  return columns;
}
