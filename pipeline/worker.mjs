// Worker thread entry: registers tsx so the TypeScript pipeline loads, then serves jobs.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
