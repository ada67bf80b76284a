// The per-report part of the pipeline, ingest -> parse -> extract, as one pure function of a raw
// file's bytes: what the workers run and the cache stores, keyed by content hash.
import { CountryResolver } from './ingest/countries.ts';
import { ingestFile, type RawFile } from './ingest/document.ts';
import type { ManifestEntry } from './ingest/manifest.ts';
import { extractReport, type Extraction } from './extract/index.ts';
import { parseDocument } from './parse/index.ts';
import type { Report } from './parse/report.ts';
import type { Problem } from './problems.ts';

export interface ProcessedFile {
  source_file: string;
  report: Report | null;
  extraction: Extraction | null;
  problems: Problem[];
  /** Milliseconds spent in each stage, for the benchmark. */
  timings: { ingest: number; parse: number; extract: number };
}

export function processFile(raw: RawFile, manifestEntry: ManifestEntry | null, countries: CountryResolver): ProcessedFile {
  const t0 = performance.now();
  const ingested = ingestFile(raw, manifestEntry, countries);
  const t1 = performance.now();
  const timings = { ingest: t1 - t0, parse: 0, extract: 0 };
  if (!ingested.document) return { source_file: raw.source_file, report: null, extraction: null, problems: ingested.problems, timings };
  const parsed = parseDocument(ingested.document, countries);
  const t2 = performance.now();
  timings.parse = t2 - t1;
  const problems = [...ingested.problems, ...parsed.problems];
  if (!parsed.report) return { source_file: raw.source_file, report: null, extraction: null, problems, timings };
  const extraction = extractReport(parsed.report);
  timings.extract = performance.now() - t2;
  // The lines are not needed past parsing; dropping them keeps the cache and messages small.
  const report: Report = { ...parsed.report, document: { ...parsed.report.document, lines: [] } };
  return { source_file: raw.source_file, report, extraction, problems, timings };
}
