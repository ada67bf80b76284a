// CSV and Arrow are derived from each table's JSON file as soon as it is written, by a second
// thread that first validates the file against its JSON Schema. The build's other core writes
// them while this one loads the database, on a heap of one table rather than of the dataset,
// and what they hold is what the validated JSON holds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '../../schemas/columns.ts';
import { TABLES } from '../../schemas/tables.ts';
import { WorkerPool } from '../pool.ts';
import { problem, type Problem } from '../problems.ts';
import { newAjv } from '../check/rows.ts';
import { schemaProblems } from '../validate.ts';
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
  private readonly pool: WorkerPool<DerivedJob, DerivedResult> | null;

  constructor(inWorker: boolean) {
    this.pool = inWorker ? new WorkerPool(1, { entry: './write/derived-worker.ts', name: 'the CSV and Arrow writer thread' }) : null;
  }

  submit(job: DerivedJob): Promise<DerivedResult> {
    return this.pool ? this.pool.run(job) : Promise.resolve().then(() => writeDerived(job));
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
