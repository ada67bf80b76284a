// The per-report part of the pipeline as one pure function of a raw file's bytes: ingest, parse,
// extract, the report's own table rows, every check on them, and those rows serialised as JSON,
// CSV and Arrow buffers. What the workers run and the cache stores, keyed by content hash; the main thread
// only appends the serialised rows to the files, in report order.
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { TABLES, type Row } from '../../schemas/tables.ts';
import { readEntry, sha256Hex, type CacheIndex } from './cache.ts';
import type { PersonAlias } from '../ingest/aliases.ts';
import { CountryResolver } from '../ingest/countries.ts';
import { applyAcknowledged, type Acknowledgement } from '../ingest/acknowledged.ts';
import { REGIONS_FILE, type RegionTable } from '../ingest/regions.ts';
import { sha256, type RawFile } from '../ingest/document.ts';
import { MAX_REPORT_BYTES, readRawFile } from '../ingest/files.ts';
import type { ManifestEntry } from '../ingest/manifest.ts';
import { problem, type Problem } from '../common/problems.ts';
import { buildNotes, buildPeopleTables, CODEBOOK_ROWS, PER_REPORT_TABLES } from '../tables/index.ts';
import type { PeopleOfReport } from '../tables/people.ts';
import type { LabelsOfReport } from '../tables/indicators.ts';
import type { TablePiece } from '../write/tables.ts';
import { stageTimes, STEPS, type Stage } from '../steps.ts';

export type PerReportTable = (typeof PER_REPORT_TABLES)[number];

/** What a report that passed every check gives the dataset (its id, publication, edition and country are in `labels` and `people.context`). */
export interface ReportOutput {
  pieces: Record<PerReportTable, TablePiece>;
  people: PeopleOfReport;
  labels: LabelsOfReport;
}

export interface ProcessedFile {
  source_file: string;
  /** The report's id once parsed, whether or not it passed its checks. */
  report_id: string | null;
  /** Null when the file was rejected (see problems). */
  output: ReportOutput | null;
  problems: Problem[];
  /** Milliseconds spent in each stage, for the benchmark; `write` serialised the rows. */
  timings: Record<Stage, number>;
}

export function processFile(raw: RawFile, manifestEntry: ManifestEntry | null, countries: CountryResolver, aliases: PersonAlias[] = [], acknowledged: readonly Acknowledgement[] = [], regions?: RegionTable): ProcessedFile {
  let t = performance.now();
  const timings = stageTimes();
  const lap = (stage: keyof typeof timings) => {
    const now = performance.now();
    timings[stage] += now - t;
    t = now;
  };
  const rejected = (problems: Problem[], report_id: string | null = null): ProcessedFile => ({ source_file: raw.source_file, report_id, output: null, problems, timings });
  const ingested = STEPS.ingest(raw, manifestEntry, countries);
  lap('ingest');
  if (!ingested.document) return rejected(ingested.problems);
  const parsed = STEPS.parse(ingested.document, countries);
  lap('parse');
  const problems = [...ingested.problems, ...parsed.problems];
  if (!parsed.report) return rejected(problems);
  const report = parsed.report;
  const { extraction, failure } = extractOrNone(report, raw.source_file);
  if (failure) problems.push(failure);
  lap('extract');
  const rows = STEPS.tables(report, extraction, regions);
  if (regions && rows.tables.reports[0].region === null) {
    problems.push(problem('REGION_UNKNOWN', `${report.country} (${report.document.country_code}) is not in ${REGIONS_FILE}: its region is left empty; add its rows there`, { file: raw.source_file, line: 1, field: 'reports.region', report_id: report.report_id, severity: 'warning' }));
  }
  // The rules run on the report's own rows and on its people, mentions and event links as they
  // would be with this report alone (the main thread checks those tables again over all
  // reports); the codebook, the same for every report, is only looked up in here.
  const tables = { ...rows.tables, ...buildPeopleTables([rows], aliases) };
  lap('tables');
  problems.push(...STEPS.check(tables, { reference: { indicators: CODEBOOK_ROWS as Row[] }, unscoredQuestions: new Set(report.unscoredQuestions) }));
  lap('check');
  const checked = applyAcknowledged(problems, acknowledged.filter((a) => a.file === raw.source_file));
  if (checked.some((p) => p.severity === 'error')) return rejected(checked, report.report_id);
  rows.tables.notes = buildNotes(report.report_id, checked);
  const pieces = {} as Record<PerReportTable, TablePiece>;
  for (const table of TABLES) if (table.name in rows.tables) pieces[table.name as PerReportTable] = STEPS.write(table, rows.tables[table.name]);
  lap('write');
  return { source_file: raw.source_file, report_id: report.report_id, output: { pieces, people: rows.people, labels: rows.labels }, problems: checked, timings };
}

/**
 * The report's people and events, or none where the extractor fails: a fault of the extractor is
 * no fault of the report, which is published with its scores and paragraphs and a note users can
 * query (EXTRACTION_FAILED), not dropped, nor the whole build stopped.
 */
function extractOrNone(report: Parameters<typeof STEPS.extract>[0], source_file: string): { extraction: ReturnType<typeof STEPS.extract>; failure: Problem | null } {
  try {
    return { extraction: STEPS.extract(report), failure: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      extraction: { report_id: report.report_id, people: [], mentions: [], events: [] },
      failure: problem('EXTRACTION_FAILED', `people and events could not be extracted (${message}): the report is published without them`, { file: source_file, line: 1, field: 'events', report_id: report.report_id, severity: 'warning' }),
    };
  }
}

/** One raw file to process: where to read it, and what its cache key is made of. */
export interface FileJob {
  raw: string;
  source_file: string;
  manifestEntry: ManifestEntry | null;
  /** Hash of the code and reference files, part of every cache key. */
  salt: string;
  /** The cache's folder of the current code's entries (reportsFolder), or null for no cache. */
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
  /** The result's cache key, when the build has a cache: the main thread stores what was computed (cache.ts). */
  cacheKey?: string;
}


/** What the per-report work needs besides the job: the country table, the reviewed aliases, and the cache's entries. */
export interface Reference {
  countries: CountryResolver;
  aliases: PersonAlias[];
  /** The raw folder's reviewed acknowledgements (acknowledged.csv). */
  acknowledged?: Acknowledgement[];
  /** Freedom House's regions (fiw-regions.csv). */
  regions?: RegionTable;
  /** The entries in the job's cache folder when the build started (readCacheIndex). */
  cacheIndex?: CacheIndex;
}

/**
 * Reads one raw file and processes it, or takes its result from the cache when the same bytes
 * (with the same code and reference files) were processed before. Runs in the worker threads,
 * so reading, hashing and the cache lookups are off the main thread too; the main thread stores
 * the results computed.
 */
export function processJob(job: FileJob, reference: Reference): JobOutcome {
  const entry = job.manifestEntry;
  const folder = job.cache;
  const keyOf = (digest: string) => (folder === null ? null : sha256Hex(job.salt, job.source_file, digest, entry ? `${entry.sha256}:${entry.line}` : ''));
  // A hit is passed on unread: the main thread reads every result once, and asks again with
  // `refresh` for an entry that does not read back.
  const lookUp = (cacheKey: string | null): JobOutcome | null => {
    if (cacheKey === null || job.refresh) return null;
    const cached = reference.cacheIndex?.has(cacheKey) ? readEntry(folder!, cacheKey) : null;
    return cached ? { serialized: cached, cacheHit: true, cacheKey } : null;
  };
  // Given the file's hash (the command line has it from its nothing-changed check, moments
  // before), a hit needs no reading of the raw file at all; a stale hash only costs the read.
  const known = job.sha256 ? lookUp(keyOf(job.sha256)) : null;
  if (known) return known;
  const read = readRawFile(join(job.raw, job.source_file));
  if ('tooLarge' in read) return { serialized: packResult(tooLarge(job.source_file, read.tooLarge)), cacheHit: false };
  const { bytes } = read;
  const digest = sha256(bytes);
  const cacheKey = keyOf(digest);
  const hit = digest !== job.sha256 ? lookUp(cacheKey) : null;
  if (hit) return hit;
  const serialized = packResult(processFile({ source_file: job.source_file, bytes, sha256: digest }, entry, reference.countries, reference.aliases, reference.acknowledged, reference.regions));
  return cacheKey === null ? { serialized, cacheHit: false } : { serialized, cacheHit: false, cacheKey };
}

/** A file too large to be a report, rejected unread. */
export function tooLarge(source_file: string, size: number): ProcessedFile {
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  const problems = [problem('FILE_TOO_LARGE', `is ${mb(size)}: no report is near that long (the limit is ${mb(MAX_REPORT_BYTES)}); not read`, { file: source_file })];
  return { source_file, report_id: null, output: null, problems, timings: { ingest: 0, parse: 0, extract: 0, tables: 0, check: 0, write: 0 } };
}

// A packed result: MAGIC, the header's length (4 bytes), the header (a V8 serialisation of the
// small fields), every piece's JSON, CSV and Arrow bytes in table order, then three V8 serialisations
// of their own: the report's people (with its context), its labels, and its links (mentions and
// event links). The pieces are appended to the files straight from the received bytes: no
// report's rows ever become objects on the main thread, which reads the people and labels as
// the report arrives and the links only once every person has an id.
const MAGIC = Buffer.from('FRD5');
const PACKED_PARTS = ['people', 'labels', 'links'] as const;
/** A piece's formats, packed in this order after its row count. */
const PIECE_PARTS = ['json', 'csv', 'arrow'] as const satisfies readonly (keyof TablePiece)[];

interface PackedHeader extends Omit<ProcessedFile, 'output'> {
  output: ({ pieces: Record<PerReportTable, [rows: number, ...bytes: number[]]> } & Record<(typeof PACKED_PARTS)[number], number>) | null;
}

/** A report's people as the identities need them (packed apart from its links). */
export type PeopleOnly = Pick<PeopleOfReport, 'context' | 'people'>;
/** A report's mentions and event links, keyed by its people's keys. */
export type LinksOnly = Pick<PeopleOfReport, 'mentions' | 'eventPeople'>;

/** A result as the main thread reads it: pieces as views of the packed bytes, the rest still packed (readPeople, readLabels, readLinks). */
export interface PackedResult extends Omit<ProcessedFile, 'output'> {
  output: ({ pieces: Record<PerReportTable, TablePiece> } & Record<(typeof PACKED_PARTS)[number], Uint8Array>) | null;
}

/** A result as it travels and is cached. */
export function packResult(result: ProcessedFile): Uint8Array {
  const { output, ...rest } = result;
  const parts: Uint8Array[] = [];
  let header: PackedHeader = { ...rest, output: null };
  if (output) {
    const { pieces, people, labels } = output;
    const lengths = {} as Record<PerReportTable, [number, ...number[]]>;
    for (const name of PER_REPORT_TABLES) {
      const piece = pieces[name];
      lengths[name] = [piece.rows, ...PIECE_PARTS.map((part) => piece[part].length)];
      for (const part of PIECE_PARTS) parts.push(piece[part]);
    }
    const packed = {
      people: serialize({ context: people.context, people: people.people } satisfies PeopleOnly),
      labels: serialize(labels),
      links: serialize({ mentions: people.mentions, eventPeople: people.eventPeople } satisfies LinksOnly),
    };
    for (const part of PACKED_PARTS) parts.push(packed[part]);
    header = { ...rest, output: { pieces: lengths, people: packed.people.length, labels: packed.labels.length, links: packed.links.length } };
  }
  const head = serialize(header);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  return Buffer.concat([MAGIC, size, head, ...parts]);
}

/** A packed result read back; null for bytes that are not one (a damaged cache entry). */
export function readResult(bytes: Uint8Array): PackedResult | null {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.length < 8 || !buffer.subarray(0, 4).equals(MAGIC)) return null;
    const headLength = buffer.readUInt32LE(4);
    const header = deserialize(buffer.subarray(8, 8 + headLength)) as PackedHeader;
    if (!header || typeof header.source_file !== 'string' || !Array.isArray(header.problems)) return null;
    const { output, ...rest } = header;
    if (!output) return buffer.length === 8 + headLength ? { ...rest, output: null } : null;
    let at = 8 + headLength;
    const take = (n: number) => buffer.subarray(at, (at += n));
    const pieces = {} as Record<PerReportTable, TablePiece>;
    for (const name of PER_REPORT_TABLES) {
      const [rows, ...bytes] = output.pieces[name];
      pieces[name] = { rows, ...Object.fromEntries(PIECE_PARTS.map((part, k) => [part, take(bytes[k])])) } as TablePiece;
    }
    const people = take(output.people);
    const labels = take(output.labels);
    const links = take(output.links);
    if (at !== buffer.length) return null;
    return { ...rest, output: { pieces, people, labels, links } };
  } catch {
    return null;
  }
}

/** A packed part of a result: its people, labels or links. */
export function readPeople(bytes: Uint8Array): PeopleOnly {
  return deserialize(bytes) as PeopleOnly;
}
export function readLabels(bytes: Uint8Array): LabelsOfReport {
  return deserialize(bytes) as LabelsOfReport;
}
export function readLinks(bytes: Uint8Array): LinksOnly {
  return deserialize(bytes) as LinksOnly;
}
