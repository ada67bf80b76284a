// Arrow IPC file writer (apache-arrow), typed from the schema, for R and Python arrow users.
// Rows are appended one at a time straight into Arrow's buffers (UTF-8 bytes and offsets, values,
// validity) and written a record batch at a time, so a table is never held whole; lists are
// offsets into one child column. apache-arrow's generic builders are several times slower.
import { Bool, Field, Float64, Int32, List, RecordBatch, RecordBatchFileWriter, Schema, Struct, Utf8, makeData, type Data, type DataType } from 'apache-arrow';
import type { Column, ColumnType } from '../../schemas/columns.ts';

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

  bitmap(): Uint8Array | undefined {
    // One byte is added for every eight values: the bytes are exactly the bitmap.
    return this.nullCount ? this.bits.take() : undefined;
  }
}

interface ColumnBuilder {
  push(value: unknown): void;
  finish(): Data;
}

class StringBuilder implements ColumnBuilder {
  private readonly validity = new Validity();
  private readonly offsets = new Numbers(new Int32Array(1024));
  private readonly data = new Bytes();
  constructor() {
    this.offsets.push(0);
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

  push(value: unknown) {
    const valid = value !== null && value !== undefined;
    this.validity.push(valid);
    this.values.push(valid ? Number(value) : 0);
  }

  finish(): Data {
    return makeData({ type: this.type, length: this.validity.length, nullCount: this.validity.nullCount, nullBitmap: this.validity.bitmap(), data: this.values.take() } as never);
  }
}

class BoolBuilder implements ColumnBuilder {
  private readonly validity = new Validity();
  private readonly values = new Validity(); // the same bit layout: one bit per value, set when true

  push(value: unknown) {
    this.validity.push(value !== null && value !== undefined);
    this.values.push(value === true);
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
    this.child = type === 'string[]' ? new StringBuilder() : new NumberBuilder(new Int32());
    this.offsets.push(0);
  }

  push(value: unknown) {
    this.validity.push(value !== null && value !== undefined);
    if (Array.isArray(value)) {
      for (const item of value) this.child.push(item);
      this.items += value.length;
    }
    this.offsets.push(this.items);
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

/** Rows per record batch: a table is written (and held) a batch at a time. */
export const ARROW_BATCH_ROWS = 65_536;

/**
 * One table's Arrow IPC file, written a row at a time: each full batch of rows goes to `sink`,
 * so no more than a batch is held. The schema's nullability is the table schema's.
 */
export class ArrowFileWriter {
  private builders: ColumnBuilder[] = [];
  private readonly schema: Schema;
  private readonly writer: ArrowSinkWriter;
  private rows = 0;
  private batches = 0;

  constructor(private readonly columns: Column[], sink: (bytes: Uint8Array) => void, private readonly batchRows = ARROW_BATCH_ROWS) {
    this.schema = new Schema(columns.map((c) => new Field(c.name, typeOf(c.type), c.nullable)));
    this.writer = new ArrowSinkWriter(sink);
    this.reset();
  }

  private reset() {
    this.builders = this.columns.map((c) => builderOf(c.type));
    this.rows = 0;
  }

  append(row: Record<string, unknown>) {
    for (let i = 0; i < this.columns.length; i++) this.builders[i].push(row[this.columns[i].name]);
    if (++this.rows === this.batchRows) this.flush();
  }

  private flush() {
    const children = this.builders.map((b) => b.finish());
    this.writer.write(new RecordBatch(this.schema, makeData({ type: new Struct(this.schema.fields), length: this.rows, nullCount: 0, children })));
    this.batches++;
    this.reset();
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
      return new List(new Field('item', type === 'string[]' ? new Utf8() : new Int32(), false));
  }
}

export function toArrow(columns: Column[], rows: Record<string, unknown>[], batchRows = ARROW_BATCH_ROWS): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new ArrowFileWriter(columns, (bytes) => chunks.push(bytes.slice()), batchRows);
  for (const row of rows) writer.append(row);
  writer.finish();
  return Buffer.concat(chunks);
}
