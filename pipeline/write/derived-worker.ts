// The worker thread of DerivedWriter: validates each JSON file it is sent and writes its CSV and Arrow.
import { parentPort } from 'node:worker_threads';
import { writeDerived, type DerivedJob } from './derived.ts';

parentPort!.on('message', (job: DerivedJob) => {
  try {
    parentPort!.postMessage({ table: job.table, result: writeDerived(job) });
  } catch (error) {
    parentPort!.postMessage({ table: job.table, error: (error as Error).stack ?? String(error) });
  }
});
