// The Arrow files are derived from each table's JSON file once it is written, by a second thread
// that validates every row against the table's JSON Schema as it reads it: what the Arrow file
// holds is what the validated JSON holds. The file is read a line (a row) at a time and the Arrow
// file written a record batch at a time, so the thread never holds a table.
import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES } from '../../schemas/tables.ts';
import { tablePath } from '../../schemas/formats.ts';
import { WorkerPool } from '../common/pool.ts';
import { problem, type Problem } from '../common/problems.ts';
import { newAjv, rowSchemaProblems, schemaValidator } from '../check/rows.ts';
import { ArrowFileWriter } from './arrow.ts';
import { writeAll } from './file.ts';
import type { CompletedTable, FormatWriter } from './writer.ts';

export interface DerivedJob {
  table: string;
  dir: string;
}

export interface DerivedResult {
  table: string;
  problems: Problem[];
  /** Milliseconds spent reading and validating, and building the Arrow file, for the log and the benchmark. */
  spent: { validate: number; arrow: number };
}

let ajv: ReturnType<typeof newAjv> | null = null;

const READ_BYTES = 1 << 22;

/** Each line of a file, with its 1-based number, read in blocks. */
export function* fileLines(file: string, blockBytes = READ_BYTES): Generator<[string, number]> {
  const fd = openSync(file, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    let number = 0;
    for (;;) {
      const block = Buffer.allocUnsafe(blockBytes);
      const read = readSync(fd, block, 0, blockBytes, null);
      const bytes = carry.length ? Buffer.concat([carry, block.subarray(0, read)]) : block.subarray(0, read);
      let start = 0;
      for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
        yield [bytes.toString('utf8', start, end), ++number];
        start = end + 1;
      }
      carry = Buffer.from(bytes.subarray(start));
      if (read === 0) {
        if (carry.length) yield [carry.toString('utf8'), ++number];
        return;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** The rows of a JSON file as the JSON writer lays it out (`[`, one row per line, `]`), each with its line. */
export function* jsonFileRows(file: string): Generator<[Record<string, unknown>, number]> {
  const lines = fileLines(file);
  const first = lines.next();
  if (first.done) throw new Error('the file is empty');
  const [head] = first.value;
  if (head === '[]') return;
  if (head !== '[') throw new Error('line 1: not the JSON writer\'s layout (an opening bracket on a line of its own)');
  let closed = false;
  for (const [line, number] of lines) {
    if (closed) {
      if (line !== '') throw new Error(`line ${number}: text after the closing bracket`);
      continue;
    }
    if (line === ']') {
      closed = true;
      continue;
    }
    const text = line.endsWith(',') ? line.slice(0, -1) : line;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (error) {
      throw new Error(`line ${number}: ${(error as Error).message}`);
    }
    yield [row as Record<string, unknown>, number];
  }
  if (!closed) throw new Error('the file ends before its closing bracket');
}

/** One table: its JSON file read back and validated, and its Arrow file written as it is read. */
export function writeDerived(job: DerivedJob): DerivedResult {
  const definition = TABLES.find((t) => t.name === job.table);
  if (!definition) throw new Error(`no table ${job.table}`);
  const spent = { validate: 0, arrow: 0 };
  const file = join(job.dir, tablePath('json', job.table));
  ajv ??= newAjv();
  const validate = schemaValidator(ajv, job.table);
  const problems: Problem[] = [];
  const start = performance.now();
  let arrow = 0;
  const fd = openSync(join(job.dir, tablePath('arrow', job.table)), 'w');
  try {
    const writer = new ArrowFileWriter(columnsOf(definition), (bytes) => writeAll(fd, bytes));
    for (const [row, line] of jsonFileRows(file)) {
      if (!validate(row)) problems.push(...rowSchemaProblems(validate, job.table, file, line));
      if (problems.length) continue; // the file is not published: only its problems matter now
      const t = performance.now();
      writer.append(row);
      arrow += performance.now() - t;
    }
    const t = performance.now();
    if (!problems.length) writer.finish();
    arrow += performance.now() - t;
  } catch (error) {
    problems.push(problem('JSON_UNREADABLE', (error as Error).message, { file }));
  } finally {
    closeSync(fd);
  }
  spent.validate = performance.now() - start - arrow;
  spent.arrow = arrow;
  return { table: job.table, problems, spent };
}

/** Below this many rows a second thread costs more to start than it saves. */
export const DERIVED_WORKER_ROWS = 50_000;

/**
 * The Arrow files (arrow/<table>.arrow), each made from its table's JSON file once complete, by
 * writeDerived on a thread of its own (or this one, for datasets under DERIVED_WORKER_ROWS rows),
 * a table at a time.
 */
export class ArrowWriter implements FormatWriter {
  private pool: WorkerPool<DerivedJob, DerivedResult> | null = null;
  private decided = false;
  private readonly pending: Promise<DerivedResult>[] = [];

  /** `inWorker`: on a thread of its own or not; by default, decided by the rows of the first tables completed. */
  constructor(private readonly dir: string, private readonly inWorker?: boolean) {
    mkdirSync(join(dir, 'arrow'), { recursive: true });
  }

  append(): void {}

  complete(tables: Record<string, CompletedTable>): void {
    if (!this.decided) {
      this.decided = true;
      if (this.inWorker ?? Object.values(tables).reduce((n, t) => n + t.rows, 0) >= DERIVED_WORKER_ROWS) this.pool = new WorkerPool(1, { entry: '../write/derived-worker.ts', name: 'the Arrow writer thread' });
    }
    // Largest first: the database takes the smallest first, and this thread's last job is short.
    for (const table of TABLES.filter((t) => t.name in tables).sort((a, b) => tables[b.name].rows - tables[a.name].rows)) {
      const job = { table: table.name, dir: this.dir };
      const result = this.pool ? this.pool.run(job) : Promise.resolve().then(() => writeDerived(job));
      result.catch(() => {}); // awaited in finish()
      this.pending.push(result);
    }
  }

  async finish() {
    try {
      const results = await Promise.all(this.pending);
      const spent = results.reduce((t, r) => ({ validate: t.validate + r.spent.validate, arrow: t.arrow + r.spent.arrow }), { validate: 0, arrow: 0 });
      return { problems: results.flatMap((r) => r.problems), spent };
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.pending);
    await this.pool?.close();
    this.pool = null;
  }
}
