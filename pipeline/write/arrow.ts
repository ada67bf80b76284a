// Arrow IPC file writer (apache-arrow), typed from the schema, for R and Python arrow users.
// Rows become Arrow's buffers (UTF-8 bytes and offsets, values, validity; lists are offsets into
// one child column) where they are made, as a piece of each table beside its JSON and CSV
// (ArrowPieceEncoder); the writer copies the pieces' buffers into record batches, written a batch
// at a time, so a table is never held whole. apache-arrow's generic builders are several times
// slower.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Bool, Field, Float64, Int32, List, RecordBatch, RecordBatchFileWriter, Schema, Struct, Utf8, makeData, type Data, type DataType } from 'apache-arrow';
import { columnsOf, type Column, type ColumnType } from '../../schemas/columns.ts';
import { tablePath } from '../../schemas/formats.ts';
import type { TableDefinition } from '../../schemas/tables.ts';
import { BufferedFile } from './file.ts';
import type { TablePiece } from './tables.ts';
import type { CompletedTable, FormatWriter } from './writer.ts';

/** A byte buffer that doubles as it fills. */
class Bytes {
  buffer = Buffer.allocUnsafe(1024);
  length = 0;

  reserve(n: number) {
    if (this.length + n <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }

  /** The bytes written: a view, not a copy (the builder is done with them). */
  take(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  clear() {
    this.length = 0;
  }

  append(bytes: Uint8Array) {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }
}

/** A typed array that doubles as it fills. */
class Numbers<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(public values: T) {}

  push(v: number) {
    if (this.length === this.values.length) {
      const next = new (this.values.constructor as { new (n: number): T })(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = v;
  }

  take(): T {
    return this.values.subarray(0, this.length) as T;
  }

  clear() {
    this.length = 0;
  }
}

/** Validity bits, one per value. */
class Validity {
  bits = new Bytes();
  nullCount = 0;
  length = 0;

  push(valid: boolean) {
    if ((this.length & 7) === 0) {
      this.bits.reserve(1);
      this.bits.buffer[this.bits.length++] = 0;
    }
    if (valid) this.bits.buffer[this.length >> 3] |= 1 << (this.length & 7);
    else this.nullCount++;
    this.length++;
  }

  clear() {
    this.bits.clear();
    this.nullCount = 0;
    this.length = 0;
  }

  /** Bits [from, to) of another bitmap (a piece's). */
  appendRange(bits: Uint8Array, from: number, to: number) {
    for (let i = from; i < to; i++) this.push(((bits[i >> 3] >> (i & 7)) & 1) === 1);
  }

  bitmap(): Uint8Array | undefined {
    // One byte is added for every eight values: the bytes are exactly the bitmap.
    return this.nullCount ? this.bits.take() : undefined;
  }
}

/** One column of a piece, as ArrowPieceEncoder lays it out: views of its buffers (DataViews read at any alignment, so nothing is copied). */
interface PieceColumn {
  validity: Uint8Array;
  offsets?: DataView;
  data?: Uint8Array;
  values?: DataView;
  child?: PieceColumn;
}

/** Offset i of a piece's column. */
const offsetAt = (offsets: DataView, i: number) => offsets.getInt32(4 * i, true);

interface ColumnBuilder {
  push(value: unknown): void;
  /** Rows [from, to) of a piece's column. */
  appendRange(piece: PieceColumn, from: number, to: number): void;
  /** The buffers a piece carries (ArrowPieceEncoder), in the order readArrowPiece reads them. */
  parts(): Uint8Array[];
  /** The column's values as Arrow data: views of the builder's buffers, valid until clear(). */
  finish(): Data;
  /** Empty again, its buffers kept for the next batch. */
  clear(): void;
}

const bytesOf = (a: Int32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** The type of a list column's items. */
const itemOf = (type: ColumnType): ColumnType => (type === 'string[]' ? 'string' : 'integer');

class StringBuilder implements ColumnBuilder {
  private readonly validity = new Validity();
  private readonly offsets = new Numbers(new Int32Array(1024));
  private readonly data = new Bytes();
  constructor() {
    this.offsets.push(0);
  }

  clear() {
    this.validity.clear();
    this.offsets.clear();
    this.offsets.push(0);
    this.data.clear();
  }

  push(value: unknown) {
    const valid = value !== null && value !== undefined;
    this.validity.push(valid);
    if (valid) {
      const text = String(value);
      this.data.reserve(text.length * 3);
      this.data.length += this.data.buffer.write(text, this.data.length, 'utf8');
    }
    this.offsets.push(this.data.length);
  }

  appendRange(piece: PieceColumn, from: number, to: number) {
    this.validity.appendRange(piece.validity, from, to);
    const offsets = piece.offsets!;
    const [first, last] = [offsetAt(offsets, from), offsetAt(offsets, to)];
    const shift = this.data.length - first;
    this.data.append(piece.data!.subarray(first, last));
    for (let i = from + 1; i <= to; i++) this.offsets.push(offsetAt(offsets, i) + shift);
  }

  parts() {
    return [this.validity.bits.take(), bytesOf(this.offsets.take()), this.data.take()];
  }

  finish(): Data {
    const length = this.validity.length;
    return makeData({ type: new Utf8(), length, nullCount: this.validity.nullCount, nullBitmap: this.validity.bitmap(), valueOffsets: this.offsets.take(), data: this.data.take() });
  }
}

class NumberBuilder implements ColumnBuilder {
  private readonly validity = new Validity();
  private readonly values: Numbers<Int32Array | Float64Array>;
  constructor(private readonly type: Int32 | Float64) {
    this.values = new Numbers(type instanceof Int32 ? new Int32Array(1024) : new Float64Array(1024));
  }

  clear() {
    this.validity.clear();
    this.values.clear();
  }

  push(value: unknown) {
    const valid = value !== null && value !== undefined;
    this.validity.push(valid);
    this.values.push(valid ? Number(value) : 0);
  }

  appendRange(piece: PieceColumn, from: number, to: number) {
    this.validity.appendRange(piece.validity, from, to);
    const values = piece.values!;
    if (this.type instanceof Int32) for (let i = from; i < to; i++) this.values.push(values.getInt32(4 * i, true));
    else for (let i = from; i < to; i++) this.values.push(values.getFloat64(8 * i, true));
  }

  parts() {
    return [this.validity.bits.take(), bytesOf(this.values.take())];
  }

  finish(): Data {
    return makeData({ type: this.type, length: this.validity.length, nullCount: this.validity.nullCount, nullBitmap: this.validity.bitmap(), data: this.values.take() } as never);
  }
}

class BoolBuilder implements ColumnBuilder {
  private readonly validity = new Validity();
  private readonly values = new Validity(); // the same bit layout: one bit per value, set when true

  clear() {
    this.validity.clear();
    this.values.clear();
  }

  push(value: unknown) {
    this.validity.push(value !== null && value !== undefined);
    this.values.push(value === true);
  }

  appendRange(piece: PieceColumn, from: number, to: number) {
    this.validity.appendRange(piece.validity, from, to);
    this.values.appendRange(piece.data!, from, to);
  }

  parts() {
    return [this.validity.bits.take(), this.values.bits.take()];
  }

  finish(): Data {
    const data = this.values.bits.take();
    return makeData({ type: new Bool(), length: this.validity.length, nullCount: this.validity.nullCount, nullBitmap: this.validity.bitmap(), data });
  }
}

/** A list column (string[] or integer[]): offsets into one child column of all the items. */
class ListBuilder implements ColumnBuilder {
  private readonly validity = new Validity();
  private readonly offsets = new Numbers(new Int32Array(1024));
  private readonly child: ColumnBuilder;
  private items = 0;
  constructor(type: ColumnType) {
    this.child = builderOf(itemOf(type));
    this.offsets.push(0);
  }

  clear() {
    this.validity.clear();
    this.offsets.clear();
    this.offsets.push(0);
    this.child.clear();
    this.items = 0;
  }

  push(value: unknown) {
    this.validity.push(value !== null && value !== undefined);
    if (Array.isArray(value)) {
      for (const item of value) this.child.push(item);
      this.items += value.length;
    }
    this.offsets.push(this.items);
  }

  appendRange(piece: PieceColumn, from: number, to: number) {
    this.validity.appendRange(piece.validity, from, to);
    const offsets = piece.offsets!;
    let previous = offsetAt(offsets, from);
    this.child.appendRange(piece.child!, previous, offsetAt(offsets, to));
    for (let i = from + 1; i <= to; i++) {
      const next = offsetAt(offsets, i);
      this.offsets.push((this.items += next - previous));
      previous = next;
    }
  }

  parts() {
    return [this.validity.bits.take(), bytesOf(this.offsets.take()), ...this.child.parts()];
  }

  finish(): Data {
    const child = this.child.finish();
    const listType = new List(new Field('item', child.type as DataType, false));
    return makeData({ type: listType, length: this.validity.length, nullCount: this.validity.nullCount, nullBitmap: this.validity.bitmap(), valueOffsets: this.offsets.take(), child });
  }
}

function builderOf(type: ColumnType): ColumnBuilder {
  switch (type) {
    case 'string':
      return new StringBuilder();
    case 'integer':
      return new NumberBuilder(new Int32());
    case 'number':
      return new NumberBuilder(new Float64());
    case 'boolean':
      return new BoolBuilder();
    default:
      return new ListBuilder(type);
  }
}

/** apache-arrow's file writer, its bytes handed to `sink` as they are made rather than queued. */
class ArrowSinkWriter extends RecordBatchFileWriter {
  constructor(private readonly sink: (bytes: Uint8Array) => void) {
    super();
  }

  // The one place the writer emits bytes (its queue is for asynchronous readers).
  protected override _write(chunk: ArrayBufferView): this {
    if (this._started && chunk.byteLength > 0) {
      this.sink(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this._position += chunk.byteLength;
    }
    return this;
  }
}

/**
 * Rows per record batch: a table is written (and held) a batch at a time, and the build holds one
 * open batch of each per-report table at once: at Arrow's customary 65,536 rows the build's peak
 * memory was 130 MB higher (BENCHMARKS.md).
 */
export const ARROW_BATCH_ROWS = 16_384;

/**
 * One table's Arrow IPC file, written a row or a piece at a time: each full batch of rows goes to
 * `sink`, so no more than a batch is held. `sink` must take the bytes before it returns (copy or
 * write them): the batch's buffers are filled again. The schema's nullability is the table
 * schema's.
 */
export class ArrowFileWriter {
  private readonly builders: ColumnBuilder[];
  private readonly schema: Schema;
  private readonly writer: ArrowSinkWriter;
  private rows = 0;
  private batches = 0;

  constructor(private readonly columns: Column[], sink: (bytes: Uint8Array) => void, private readonly batchRows = ARROW_BATCH_ROWS) {
    this.schema = new Schema(columns.map((c) => new Field(c.name, typeOf(c.type), c.nullable)));
    this.writer = new ArrowSinkWriter(sink);
    this.builders = columns.map((c) => builderOf(c.type));
  }

  append(row: Record<string, unknown>) {
    for (let i = 0; i < this.columns.length; i++) this.builders[i].push(row[this.columns[i].name]);
    if (++this.rows === this.batchRows) this.flush();
  }

  /** A piece's rows (ArrowPieceEncoder), after every row appended before: the batches are those of appending its rows one by one. */
  appendPiece(bytes: Uint8Array, rows: number) {
    const columns = readArrowPiece(this.columns, bytes);
    for (let from = 0; from < rows; ) {
      const to = Math.min(rows, from + this.batchRows - this.rows);
      for (let i = 0; i < columns.length; i++) this.builders[i].appendRange(columns[i], from, to);
      this.rows += to - from;
      from = to;
      if (this.rows === this.batchRows) this.flush();
    }
  }

  private flush() {
    const children = this.builders.map((b) => b.finish());
    this.writer.write(new RecordBatch(this.schema, makeData({ type: new Struct(this.schema.fields), length: this.rows, nullCount: 0, children })));
    this.batches++;
    // The sink has taken the batch's bytes: its buffers are filled again (reallocating them for
    // every batch cost more time in page faults and collections than the copying itself).
    for (const builder of this.builders) builder.clear();
    this.rows = 0;
  }

  /** Writes the last batch (an empty one for an empty table) and the footer. */
  finish() {
    if (this.rows > 0 || this.batches === 0) this.flush();
    this.writer.finish();
  }
}

function typeOf(type: ColumnType): DataType {
  switch (type) {
    case 'string':
      return new Utf8();
    case 'integer':
      return new Int32();
    case 'number':
      return new Float64();
    case 'boolean':
      return new Bool();
    default:
      return new List(new Field('item', typeOf(itemOf(type)), false));
  }
}

/** Pieces' buffers are padded to 8 bytes. */
const padded = (n: number) => (n + 7) & ~7;

/**
 * A table's rows as pieces of its Arrow file: every column's buffers, laid out as a count and the
 * byte length of each buffer (32-bit words), then the buffers, each padded to 8 bytes. One encoder
 * per table, its builders filled again for each piece (one per report): making them anew each
 * time was most of the garbage the workers made.
 */
export class ArrowPieceEncoder {
  private readonly builders: ColumnBuilder[];

  constructor(private readonly columns: Column[]) {
    this.builders = columns.map((c) => builderOf(c.type));
  }

  encode(rows: Record<string, unknown>[]): Uint8Array {
    const { builders, columns } = this;
    for (const builder of builders) builder.clear();
    for (const row of rows) for (let i = 0; i < columns.length; i++) builders[i].push(row[columns[i].name]);
    const parts = builders.flatMap((b) => b.parts());
    const head = padded(4 * (parts.length + 1));
    const bytes = Buffer.alloc(parts.reduce((n, p) => n + padded(p.length), head)); // zeroed: the padding too
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(0, parts.length, true);
    let at = head;
    parts.forEach((part, i) => {
      view.setUint32(4 * (i + 1), part.length, true);
      bytes.set(part, at);
      at += padded(part.length);
    });
    return bytes;
  }
}

/** A piece's columns as views of its bytes. */
function readArrowPiece(columns: Column[], bytes: Uint8Array): PieceColumn[] {
  const head = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = head.getUint32(0, true);
  let at = padded(4 * (count + 1));
  const parts: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const length = head.getUint32(4 * (i + 1), true);
    parts.push(bytes.subarray(at, at + length));
    at += padded(length);
  }
  let next = 0;
  const take = () => parts[next++];
  const viewOf = () => {
    const part = take();
    return new DataView(part.buffer, part.byteOffset, part.byteLength);
  };
  const column = (type: ColumnType): PieceColumn => {
    const validity = take();
    switch (type) {
      case 'string':
        return { validity, offsets: viewOf(), data: take() };
      case 'integer':
      case 'number':
        return { validity, values: viewOf() };
      case 'boolean':
        return { validity, data: take() };
      default:
        return { validity, offsets: viewOf(), child: column(itemOf(type)) };
    }
  };
  const read = columns.map((c) => column(c.type));
  if (next !== count) throw new Error(`an Arrow piece of ${count} buffers for columns that take ${next}`);
  return read;
}

/**
 * The Arrow files (arrow/<table>.arrow): each table's pieces copied into record batches as they
 * come, in key order, and the file ended once the table completes.
 */
export class ArrowWriter implements FormatWriter {
  private readonly files = new Map<string, { file: BufferedFile; writer: ArrowFileWriter; open: boolean }>();
  private spent = 0;

  constructor(private readonly dir: string, private readonly tables: readonly TableDefinition[]) {
    mkdirSync(join(dir, 'arrow'), { recursive: true });
  }

  private fileOf(name: string) {
    let entry = this.files.get(name);
    if (!entry) {
      const table = this.tables.find((t) => t.name === name);
      if (!table) throw new Error(`no table ${name}`);
      const file = new BufferedFile(join(this.dir, tablePath('arrow', name)));
      this.files.set(name, (entry = { file, writer: new ArrowFileWriter(columnsOf(table), (bytes) => file.write(bytes)), open: true }));
    }
    return entry;
  }

  append(table: string, piece: TablePiece): void {
    if (piece.rows === 0) return;
    const start = performance.now();
    this.fileOf(table).writer.appendPiece(piece.arrow, piece.rows);
    this.spent += performance.now() - start;
  }

  complete(tables: Record<string, CompletedTable>): void {
    const start = performance.now();
    for (const name of Object.keys(tables)) {
      const entry = this.fileOf(name);
      entry.writer.finish();
      entry.file.close();
      entry.open = false;
    }
    this.spent += performance.now() - start;
  }

  async finish() {
    return { problems: [], spent: { arrow: this.spent } };
  }

  async close(): Promise<void> {
    for (const entry of this.files.values()) if (entry.open) (entry.open = false), entry.file.close();
  }
}

export function toArrow(columns: Column[], rows: Record<string, unknown>[], batchRows = ARROW_BATCH_ROWS): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new ArrowFileWriter(columns, (bytes) => chunks.push(bytes.slice()), batchRows);
  for (const row of rows) writer.append(row);
  writer.finish();
  return Buffer.concat(chunks);
}
