// A table's rows as pieces of its files: serialised where the rows were made (the per-report
// workers, or the main thread for the tables over all reports), as JSON lines, CSV records and
// Arrow buffers, appended by each format's writer in report order. The one way rows are
// serialised: no format is read back to make another.
import { columnsOf, type Column } from '../../schemas/columns.ts';
import type { Row, TableDefinition } from '../../schemas/tables.ts';
import { ArrowPieceEncoder } from './arrow.ts';
import { csvLines } from './csv.ts';
import { JsonRowWriter } from './json.ts';

/** A table's rows as the JSON file's lines (no brackets, no trailing separator), as CSV records, and as Arrow column buffers (ArrowPieceEncoder). */
export interface TablePiece {
  rows: number;
  json: Uint8Array;
  csv: Uint8Array;
  arrow: Uint8Array;
}

const writers = new Map<string, { json: JsonRowWriter; arrow: ArrowPieceEncoder; columns: Column[] }>();

/** Rows as a piece of their table's files. */
export function tablePiece(table: TableDefinition, rows: Row[]): TablePiece {
  let writer = writers.get(table.name);
  if (!writer) {
    const columns = columnsOf(table);
    writers.set(table.name, (writer = { json: new JsonRowWriter(columns), arrow: new ArrowPieceEncoder(columns), columns }));
  }
  return { rows: rows.length, json: Buffer.from(writer.json.lines(rows), 'utf8'), csv: Buffer.from(csvLines(writer.columns, rows), 'utf8'), arrow: writer.arrow.encode(rows) };
}
