// The worker threads: a thread that stops without an error (killed, out of memory) fails the
// jobs it held, so a build reports it instead of waiting forever.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../pipeline/common/pool.ts';
import type { JobOutcome } from '../pipeline/run/process.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';

const overrides = readFileSync(join(PROJECT_ROOT, 'raw', 'country-overrides.csv'), 'utf8');
const seedJob = { raw: join(PROJECT_ROOT, 'raw'), source_file: 'fiw/2024/kazakhstan.txt', manifestEntry: null, salt: 'test', cache: null };

describe('worker threads', () => {
  it('the per-report pool answers, and fails the jobs of a worker that stops', async () => {
    const pool = new WorkerPool<typeof seedJob, JobOutcome>(1, { entry: '../run/worker.ts', workerData: { overrides }, name: 'a worker thread' });
    try {
      const done = await pool.run(seedJob);
      expect(done.cacheHit).toBe(false);
      expect(done.serialized.length).toBeGreaterThan(1000);
      const pending = pool.run(seedJob);
      await ((pool as unknown as { workers: Worker[] }).workers[0]).terminate();
      await expect(pending).rejects.toThrow(/worker thread stopped/);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
