// The worker thread of DerivedWriter: validates each JSON file it is sent and writes its CSV and Arrow.
import { serveJobs } from '../pool.ts';
import { writeDerived } from './derived.ts';

serveJobs(writeDerived);
