// The run order, declared once: each step is a folder whose one exported function takes the
// previous step's typed output, and a report keeps one report_id through all of them. Per report
// (run/process.ts, in worker threads): ingest, parse, extract, its table rows, their checks, and
// their serialisation; over all reports (run/build.ts): the shared tables, their checks, and every
// format written. No step imports a later one.
import { checkTables } from './check/index.ts';
import { extractReport } from './extract/index.ts';
import { ingestFile } from './ingest/document.ts';
import { parseDocument } from './parse/index.ts';
import { buildReportRows } from './tables/index.ts';
import { tablePiece } from './write/tables.ts';

export const STEPS = {
  /** Raw bytes -> Document: decoded, normalised, hashed, its country and report id. */
  ingest: ingestFile,
  /** Document -> Report: header, sections, scores, paragraphs. */
  parse: parseDocument,
  /** Report -> people, mentions, events. */
  extract: extractReport,
  /** Report and extraction -> the report's rows of every per-report table. */
  tables: buildReportRows,
  /** Rows -> every problem, with file, line and field. */
  check: checkTables,
  /** Rows -> their pieces of each format's files. */
  write: tablePiece,
} as const;

export type Stage = keyof typeof STEPS;
export const STAGES = Object.keys(STEPS) as Stage[];

/** Milliseconds per step, all zero: what a run adds its times to. */
export const stageTimes = (): Record<Stage, number> => Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
