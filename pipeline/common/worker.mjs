// Worker thread entry: registers tsx so the TypeScript pipeline loads, then loads the module
// named in workerData.entry (relative to this folder; see pool.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(new URL(workerData.entry, import.meta.url).href);
