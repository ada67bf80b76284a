// A per-report worker thread: runs processJob on the raw files the main thread names.
import { getHeapStatistics } from 'node:v8';
import { workerData } from 'node:worker_threads';
import type { CacheIndex } from './cache.ts';
import type { PersonAlias } from '../ingest/aliases.ts';
import type { Acknowledgement } from '../ingest/acknowledged.ts';
import { readRegions } from '../ingest/regions.ts';
import { CountryResolver } from '../ingest/countries.ts';
import { serveJobs } from '../common/pool.ts';
import { processJob, type FileJob, type JobOutcome } from './process.ts';

const data = workerData as { overrides: string; aliases: PersonAlias[]; acknowledged: Acknowledgement[]; regions: { csv: string; file: string } | null; cacheIndex?: CacheIndex };
const countries = new CountryResolver(data.overrides);
// The main thread read the regions first and refused any problem in them.
const regions = data.regions ? readRegions(data.regions.csv, data.regions.file, countries).regions : undefined;
const reference = { countries, aliases: data.aliases, acknowledged: data.acknowledged, regions, cacheIndex: data.cacheIndex };
// The packed result moves to the main thread rather than being copied, when it owns its memory
// (small buffers share Node's pool, which must stay here).
const owned = (bytes: Uint8Array) => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
// V8 collects a worker's old generation late: over 5,000 reports each worker's heap grew to
// 300-375 MB, mostly garbage, which put the build's peak over 1 GB. Where node runs with
// --expose-gc (npm run build does), a worker collects once its heap has grown by half past what
// the last collection left, and at least past HEAP_BYTES (BENCHMARKS.md).
const collect = (globalThis as { gc?: () => void }).gc;
const HEAP_BYTES = 160 * 2 ** 20;
let collectAbove = HEAP_BYTES;
const afterJob = () => {
  if (!collect || getHeapStatistics().used_heap_size <= collectAbove) return;
  collect();
  collectAbove = Math.max(HEAP_BYTES, 1.5 * getHeapStatistics().used_heap_size);
};
serveJobs(
  (job: FileJob): JobOutcome => {
    const outcome = processJob(job, reference);
    afterJob();
    return outcome;
  },
  (posted) => (owned(posted.serialized) ? [posted.serialized.buffer as ArrayBuffer] : []),
);
