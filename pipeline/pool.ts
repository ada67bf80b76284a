// A pool of worker threads for the per-report work (both cores of the machine and more, where
// there are more). Results come back in any order; callers sort.
import { Worker } from 'node:worker_threads';
import type { RawFile } from './ingest/document.ts';
import type { ManifestEntry } from './ingest/manifest.ts';
import type { ProcessedFile } from './process.ts';

interface Pending {
  resolve: (r: ProcessedFile) => void;
  reject: (e: Error) => void;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; raw: RawFile; manifestEntry: ManifestEntry | null }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number, overrides: string) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { overrides } });
      worker.on('message', (m: { id: number; result?: ProcessedFile; error?: string }) => {
        const p = this.pending.get(m.id)!;
        this.pending.delete(m.id);
        if (m.error) p.reject(new Error(m.error));
        else p.resolve(m.result!);
        this.dispatch(worker);
      });
      worker.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(raw: RawFile, manifestEntry: ManifestEntry | null): Promise<ProcessedFile> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, raw, manifestEntry });
      const worker = this.idle.pop();
      if (worker) this.dispatch(worker);
    });
  }

  private dispatch(worker: Worker) {
    const job = this.queue.shift();
    if (!job) {
      if (!this.idle.includes(worker)) this.idle.push(worker);
      return;
    }
    worker.postMessage(job);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
