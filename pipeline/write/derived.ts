// CSV and Arrow are derived from each table's JSON file as soon as it is written, by a second
// thread that first validates the file against its JSON Schema. The build's other core writes
// them while this one loads the database, on a heap of one table rather than of the dataset,
// and what they hold is what the validated JSON holds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES } from '../../schemas/tables.ts';
import { problem, type Problem } from '../problems.ts';
import { newAjv, schemaProblems } from '../validate.ts';
import { toArrow } from './arrow.ts';
import { csvChunks } from './csv.ts';
import { writeChunks } from './file.ts';

export interface DerivedJob {
  table: string;
  dir: string;
}

export interface DerivedResult {
  table: string;
  problems: Problem[];
  /** Milliseconds spent validating and writing, for the build's log and the benchmark. */
  spent: { validate: number; csv: number; arrow: number };
}

let ajv: ReturnType<typeof newAjv> | null = null;

/** One table: its JSON file read back and validated, then its CSV and Arrow files written. */
export function writeDerived(job: DerivedJob): DerivedResult {
  const definition = TABLES.find((t) => t.name === job.table);
  if (!definition) throw new Error(`no table ${job.table}`);
  const spent = { validate: 0, csv: 0, arrow: 0 };
  const file = join(job.dir, 'json', `${job.table}.json`);
  let start = performance.now();
  let rows: Record<string, unknown>[];
  try {
    rows = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { table: job.table, problems: [problem('JSON_UNREADABLE', (error as Error).message, { file })], spent };
  }
  ajv ??= newAjv();
  const problems = schemaProblems(ajv, job.table, rows, file);
  spent.validate = performance.now() - start;
  if (problems.length) return { table: job.table, problems, spent };
  const columns = columnsOf(definition);
  start = performance.now();
  writeChunks(join(job.dir, 'csv', `${job.table}.csv`), csvChunks(columns, rows));
  spent.csv = performance.now() - start;
  start = performance.now();
  writeFileSync(join(job.dir, 'arrow', `${job.table}.arrow`), toArrow(columns, rows));
  spent.arrow = performance.now() - start;
  return { table: job.table, problems, spent };
}

/** Runs writeDerived in a worker thread (or, for small datasets, in this one), a table at a time. */
export class DerivedWriter {
  private worker: Worker | null = null;
  private readonly waiting = new Map<string, { resolve: (r: DerivedResult) => void; reject: (e: Error) => void }>();

  constructor(inWorker: boolean) {
    if (!inWorker) return;
    this.worker = new Worker(new URL('../worker.mjs', import.meta.url), { workerData: { entry: './write/derived-worker.ts' } });
    this.worker.on('message', (m: { table: string; result?: DerivedResult; error?: string }) => {
      const w = this.waiting.get(m.table)!;
      this.waiting.delete(m.table);
      if (m.error) w.reject(new Error(m.error));
      else w.resolve(m.result!);
    });
    this.worker.on('error', (e) => this.failAll(e));
    // A worker that stops without an error (killed, out of memory) must not leave the build waiting.
    this.worker.on('exit', (code) => this.failAll(new Error(`the CSV and Arrow writer thread stopped (exit code ${code})`)));
  }

  private failAll(error: Error) {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  submit(job: DerivedJob): Promise<DerivedResult> {
    if (!this.worker) return Promise.resolve().then(() => writeDerived(job));
    return new Promise((resolve, reject) => {
      this.waiting.set(job.table, { resolve, reject });
      this.worker!.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}
