// A per-report worker thread: runs processJob on the raw files the main thread names.
import { workerData } from 'node:worker_threads';
import { CountryResolver } from './ingest/countries.ts';
import { serveJobs } from './pool.ts';
import { processJob, type FileJob } from './process.ts';

const countries = new CountryResolver((workerData as { overrides: string }).overrides);
serveJobs((job: FileJob) => processJob(job, countries));
