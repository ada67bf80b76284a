// The worker thread of the Arrow writer (derived.ts): validates each JSON file it is sent and writes its Arrow file.
import { serveJobs } from '../common/pool.ts';
import { writeDerived } from './derived.ts';

serveJobs(writeDerived);
