// The run order, declared once: each stage is a folder of its own, and no stage imports a later one.
/**
 * The run order. Each stage is one module with one exported function. Ingest to the report's own
 * rows, their checks and their serialisation run per report (process.ts); the tables built over
 * all reports, their checks and the write stage's other formats run after (run.ts).
 */
export const STAGES = ['ingest', 'parse', 'extract', 'tables', 'check', 'write'] as const;
export type Stage = (typeof STAGES)[number];
