// A pool of worker threads, each running one module's job handler (the per-report work, on every
// core). Each worker holds several jobs at once so it never waits on the main thread between
// two. Results resolve in any order.
import { parentPort, Worker } from 'node:worker_threads';

interface Pending<Result> {
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
}

// Run from TypeScript (tsx, vitest), a worker loads its module through worker.mjs, which
// registers tsx in that thread; run from the bundle (`npm run build`, scripts/bundle.mjs), each
// worker module is a bundle of its own beside this code's, named after it.
const BUNDLED = import.meta.url.endsWith('.mjs');
const workerUrl = (entry: string) => (BUNDLED ? new URL(`./${entry.replace(/^.*\//, '').replace(/\.ts$/, '.mjs')}`, import.meta.url) : new URL('./worker.mjs', import.meta.url));

/** Jobs sent ahead to each worker: enough to keep it busy through a pause of the main thread. */
export const IN_FLIGHT = 16;

export interface PoolOptions {
  /** The worker module, relative to this folder (loaded through worker.mjs). */
  entry: string;
  workerData?: Record<string, unknown>;
  /** How a stopped thread is named in the error its jobs fail with. */
  name: string;
}

export class WorkerPool<Job, Result> {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly queue: { id: number; job: Job }[] = [];
  private readonly pending = new Map<number, Pending<Result>>();
  private nextId = 0;

  constructor(size: number, options: PoolOptions) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl(options.entry), { workerData: { ...options.workerData, entry: options.entry } });
      worker.on('message', (m: { id: number; result?: Result; error?: string }) => {
        const p = this.pending.get(m.id)!;
        this.pending.delete(m.id);
        this.load.set(worker, this.load.get(worker)! - 1);
        if (m.error) p.reject(new Error(m.error));
        else p.resolve(m.result!);
        this.dispatch();
      });
      worker.on('error', (e) => this.failAll(e));
      // A worker that stops without an error (killed, out of memory) must not leave the build waiting.
      worker.on('exit', (code) => this.failAll(new Error(`${options.name} stopped (exit code ${code})`)));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  private failAll(error: Error) {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  run(job: Job): Promise<Result> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, job });
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

/** The worker side: answers each job the pool sends with `handle`'s result (moving the buffers `transfer` names) or its error. */
export function serveJobs<Job, Result>(handle: (job: Job) => Result, transfer: (result: Result) => ArrayBuffer[] = () => []): void {
  parentPort!.on('message', ({ id, job }: { id: number; job: Job }) => {
    try {
      const result = handle(job);
      parentPort!.postMessage({ id, result }, transfer(result));
    } catch (error) {
      parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
    }
  });
}
