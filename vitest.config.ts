// Every core runs test files: vitest's default leaves one idle, and on the 2-core machines this
// project builds on that doubles the run (`npm test` about 60 s, against 90-100 s).
// A test's time limit is no assertion of speed (the benchmarks measure that): 30 s, so that the
// property tests that take 3 s alone pass on a machine loaded by other work too.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { maxWorkers: availableParallelism(), testTimeout: 30_000 } });
