// A per-report worker thread: runs processJob on the raw files the main thread names.
import { workerData } from 'node:worker_threads';
import type { PersonAlias } from './extract/identity.ts';
import { CountryResolver } from './ingest/countries.ts';
import { serveJobs } from './pool.ts';
import { processJob, type FileJob } from './process.ts';

const data = workerData as { overrides: string; aliases: PersonAlias[] };
const reference = { countries: new CountryResolver(data.overrides), aliases: data.aliases };
// The packed result moves to the main thread rather than being copied, when it owns its memory
// (small buffers share Node's pool, which must stay here).
const owned = (bytes: Uint8Array) => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
serveJobs(
  (job: FileJob) => processJob(job, reference),
  (outcome) => (owned(outcome.serialized) ? [outcome.serialized.buffer as ArrayBuffer] : []),
);
