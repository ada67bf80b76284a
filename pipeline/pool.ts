// A pool of worker threads for the per-report work (both cores of the machine and more, where
// there are more). Each worker holds a few jobs at once so it never waits on the main thread
// between two reports. Results come back in any order; callers sort.
import { Worker } from 'node:worker_threads';
import type { FileJob, JobOutcome } from './process.ts';

interface Pending {
  resolve: (r: JobOutcome) => void;
  reject: (e: Error) => void;
}

/** Jobs sent ahead to each worker: enough to keep it busy through a pause of the main thread. */
export const IN_FLIGHT = 16;

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly queue: { id: number; file: FileJob }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number, overrides: string) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { overrides } });
      worker.on('message', (m: { id: number; outcome?: JobOutcome; error?: string }) => {
        const p = this.pending.get(m.id)!;
        this.pending.delete(m.id);
        this.load.set(worker, this.load.get(worker)! - 1);
        if (m.error) p.reject(new Error(m.error));
        else p.resolve(m.outcome!);
        this.dispatch();
      });
      worker.on('error', (e) => this.failAll(e));
      // A worker that stops without an error (killed, out of memory) must not leave the build waiting.
      worker.on('exit', (code) => this.failAll(new Error(`a worker thread stopped (exit code ${code})`)));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  private failAll(error: Error) {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  run(file: FileJob): Promise<JobOutcome> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, file });
      this.dispatch();
    });
  }

  /** Hands queued jobs to the least loaded workers, up to IN_FLIGHT each. */
  private dispatch() {
    while (this.queue.length) {
      const worker = this.workers.reduce((a, b) => (this.load.get(b)! < this.load.get(a)! ? b : a));
      if (this.load.get(worker)! >= IN_FLIGHT) return;
      this.load.set(worker, this.load.get(worker)! + 1);
      worker.postMessage(this.queue.shift()!);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
