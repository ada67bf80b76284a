// A worker thread: runs processJob on the raw files the main thread names.
import { parentPort, workerData } from 'node:worker_threads';
import { CountryResolver } from './ingest/countries.ts';
import { processJob, type FileJob } from './process.ts';

const countries = new CountryResolver((workerData as { overrides: string }).overrides);
parentPort!.on('message', (job: { id: number; file: FileJob }) => {
  try {
    parentPort!.postMessage({ id: job.id, outcome: processJob(job.file, countries) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
