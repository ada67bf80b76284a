// The per-report part of the pipeline, ingest -> parse -> extract, as one pure function of a raw
// file's bytes: what the workers run and the cache stores, keyed by content hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { ReportCache, sha256Hex } from './cache.ts';
import { CountryResolver } from './ingest/countries.ts';
import { ingestFile, sha256, type RawFile } from './ingest/document.ts';
import type { ManifestEntry } from './ingest/manifest.ts';
import { extractReport, type Extraction } from './extract/index.ts';
import { parseDocument } from './parse/index.ts';
import { paragraphId, type Report } from './parse/report.ts';
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

/** One raw file to process: where to read it, and what its cache key is made of. */
export interface FileJob {
  raw: string;
  source_file: string;
  manifestEntry: ManifestEntry | null;
  /** Hash of the code and reference files, part of every cache key. */
  salt: string;
  /** Cache folder, or null for no cache. */
  cache: string | null;
  /** Compute even when the cache holds an entry, and store the result over it (a damaged entry). */
  refresh?: boolean;
  /** sha256 of the file, when known: a cache hit then skips reading it. */
  sha256?: string;
}

/** A job's result as a V8 serialisation, which the cache stores and the worker posts as it is. */
export interface JobOutcome {
  serialized: Uint8Array;
  cacheHit: boolean;
}

/**
 * Reads one raw file and processes it, or takes its result from the cache when the same bytes
 * (with the same code and reference files) were processed before. Runs in the worker threads,
 * so reading, hashing and the cache are off the main thread too.
 */
export function processJob(job: FileJob, countries: CountryResolver): JobOutcome {
  const entry = job.manifestEntry;
  const cache = job.cache === null ? null : new ReportCache(job.cache);
  const keyOf = (digest: string) => sha256Hex(job.salt, job.source_file, digest, entry ? `${entry.sha256}:${entry.line}` : '');
  // A hit is passed on unread: the main thread reads every result once, and asks again with
  // `refresh` for an entry that does not read back.
  const lookUp = (digest: string): JobOutcome | null => {
    const cached = job.refresh ? null : cache?.get(keyOf(digest));
    return cached ? { serialized: cached, cacheHit: true } : null;
  };
  // Given the file's hash (the command line has it from its nothing-changed check, moments
  // before), a hit needs no reading of the raw file at all; a stale hash only costs the read.
  const known = job.sha256 ? lookUp(job.sha256) : null;
  if (known) return known;
  const bytes = readFileSync(join(job.raw, job.source_file));
  const digest = sha256(bytes);
  const hit = digest !== job.sha256 ? lookUp(digest) : null;
  if (hit) return hit;
  const serialized = packResult(processFile({ source_file: job.source_file, bytes, sha256: digest }, entry, countries));
  cache?.set(keyOf(digest), serialized);
  return { serialized, cacheHit: false };
}

type Packed = ProcessedFile & { eventTextLengths: number[] };

/**
 * A result as it travels and is cached: each event's sentence, a piece of its paragraph's text,
 * goes as its length rather than as a copy (readResult slices it back out of the paragraph).
 */
export function packResult(result: ProcessedFile): Uint8Array {
  const events = result.extraction?.events ?? [];
  const packed: Packed = {
    ...result,
    extraction: result.extraction && { ...result.extraction, events: events.map((e) => ({ ...e, text: '' })) },
    eventTextLengths: events.map((e) => e.text.length),
  };
  return serialize(packed);
}

/** A packed result back as an object; null for bytes that are not one (a damaged cache entry). */
export function readResult(serialized: Uint8Array): ProcessedFile | null {
  try {
    const value = deserialize(serialized) as Packed;
    if (!value || typeof value.source_file !== 'string' || !Array.isArray(value.eventTextLengths)) return null;
    const { eventTextLengths, ...result } = value;
    if (result.extraction && result.report) {
      const report = result.report;
      const texts = new Map(report.paragraphs.map((p) => [paragraphId(report.report_id, p), p.text]));
      result.extraction.events.forEach((e, i) => {
        const text = texts.get(e.paragraph_id);
        if (text === undefined) throw new Error(`no paragraph ${e.paragraph_id}`);
        e.text = text.slice(e.sentenceStart, e.sentenceStart + eventTextLengths[i]);
      });
    }
    return result;
  } catch {
    return null;
  }
}
