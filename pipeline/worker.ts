// A worker thread: runs processFile on the raw files the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import { CountryResolver } from './ingest/countries.ts';
import { processFile } from './process.ts';
import type { RawFile } from './ingest/document.ts';
import type { ManifestEntry } from './ingest/manifest.ts';

const countries = new CountryResolver((workerData as { overrides: string }).overrides);
parentPort!.on('message', (job: { id: number; raw: RawFile; manifestEntry: ManifestEntry | null }) => {
  try {
    parentPort!.postMessage({ id: job.id, result: processFile(job.raw, job.manifestEntry, countries) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
