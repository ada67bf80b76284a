// Arrow IPC file writer (apache-arrow), typed from the schema, for R and Python arrow users.
import { Bool, Field, Float64, Int32, List, Table, Utf8, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import type { Column, ColumnType } from '../../schemas/columns.ts';

function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'string':
      return new Utf8();
    case 'integer':
      return new Int32();
    case 'number':
      return new Float64();
    case 'boolean':
      return new Bool();
    case 'string[]':
      return new List(new Field('item', new Utf8(), false));
    case 'integer[]':
      return new List(new Field('item', new Int32(), false));
  }
}

export function toArrow(columns: Column[], rows: Record<string, unknown>[]): Uint8Array {
  const vectors = Object.fromEntries(
    columns.map((c) => [c.name, vectorFromArray(rows.map((r) => r[c.name] ?? null) as never[], arrowType(c.type))]),
  );
  return tableToIPC(new Table(vectors), 'file');
}
