// The pipeline: the stages in order (declared once, in STAGES), the raw folder's bookkeeping,
// and the atomic publish of dist/. The stages' own modules do not touch the file system: only
// this one, process.ts (one raw file per job), the cache and write/ do.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { codeFingerprint, DEFAULT_CACHE_DIR, sha256Hex } from './cache.ts';
import { IN_FLIGHT, WorkerPool } from './pool.ts';
import { processJob, readResult, type FileJob, type JobOutcome, type ProcessedFile } from './process.ts';
import type { Tables } from '../schemas/tables.ts';
import { checkTables, RULES } from './check/index.ts';
import { CheckContext } from './check/context.ts';
import { checkKeys } from './check/rows.ts';
import { CountryResolver } from './ingest/countries.ts';
import type { Extraction } from './extract/index.ts';
import { parseAliases, type PersonAlias } from './extract/identity.ts';
import { parseSourcePath } from './ingest/document.ts';
import { listRawFiles } from './ingest/files.ts';
import { MANIFEST_FILE, parseManifest, type ManifestEntry } from './ingest/manifest.ts';
import type { Report } from './parse/report.ts';
import { InputError, problem, sortProblems, type Problem } from './problems.ts';
import { buildTables, keepReports } from './tables/index.ts';
import { writeDataset, type WriteOptions, type WriteResult } from './write/index.ts';
import { compareDuckDbWithParquet } from './validate.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const COUNTRY_OVERRIDES = join(PROJECT_ROOT, 'raw', 'country-overrides.csv');
export const PERSON_ALIASES = join(PROJECT_ROOT, 'raw', 'person-aliases.csv');

/** The run order. Each stage is one module with one exported function. */
export const STAGES = ['ingest', 'parse', 'extract', 'tables', 'check', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export interface BuildOptions {
  raw: string;
  out: string;
  keepGoing?: boolean;
  /** Cache folder for per-report results; null for none. Default: node_modules/.cache/freedom-reports. */
  cache?: string | null;
  /** Worker threads for the per-report work; default: the machine's cores for 64 files or more, else none. */
  workers?: number;
  /** Write CSV and Arrow in a second thread; default: for large datasets (see write/index.ts). */
  derivedInWorker?: boolean;
  /**
   * Let each table's rows go once its JSON file is written (the other formats are made from the
   * files), so memory falls as the write stage goes on; the result then holds row counts only.
   */
  releaseTables?: boolean;
  /** Each raw file's sha256, when the caller has read them already: cache hits then skip the file. */
  fileHashes?: Map<string, string>;
  /** Progress messages (the CLI sends them to stderr). */
  log?: (message: string) => void;
}

export interface Rejected {
  report: string;
  problems: Problem[];
}

export interface BuildResult {
  /** The tables written (empty when releaseTables was set: see rowCounts). */
  tables: Tables;
  rowCounts: Record<string, number>;
  warnings: Problem[];
  rejected: Rejected[];
  timings: Record<Stage, number>;
  /** The write stage by writer (see write/index.ts). */
  writers: WriteResult['spent'];
  checksPassed: number;
  rules: number;
  cacheHits: number;
}

/** The country override table: the raw folder's own, else the project's. */
export function countryOverridesFile(raw?: string): string {
  const local = raw ? join(raw, 'country-overrides.csv') : null;
  return local && existsSync(local) ? local : COUNTRY_OVERRIDES;
}

export function loadCountries(raw?: string): CountryResolver {
  return new CountryResolver(readFileSync(countryOverridesFile(raw), 'utf8'));
}

/** The reviewed person aliases: the raw folder's own, else the project's. */
export function loadAliases(raw?: string): PersonAlias[] {
  const local = raw ? join(raw, 'person-aliases.csv') : null;
  const file = local && existsSync(local) ? local : PERSON_ALIASES;
  return existsSync(file) ? parseAliases(readFileSync(file, 'utf8')) : [];
}

export { listRawFiles };

interface RawFolder {
  files: string[];
  manifest: Map<string, ManifestEntry>;
  manifestPath: string;
  problems: Problem[];
}

/** The raw folder's files and manifest, with every problem of the manifest itself. */
function readRawFolder(raw: string): RawFolder {
  const problems: Problem[] = [];
  if (!existsSync(raw) || !statSync(raw).isDirectory()) throw new InputError([problem('RAW_MISSING', 'the raw folder does not exist', { file: raw })]);
  const manifestPath = join(raw, MANIFEST_FILE);
  const manifest = new Map<string, ManifestEntry>();
  const files = listRawFiles(raw);
  if (existsSync(manifestPath)) {
    const parsed = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
    problems.push(...parsed.problems);
    const present = new Set(files);
    for (const entry of parsed.entries) {
      const path = parseSourcePath(entry.source_file ?? '');
      if (typeof path === 'string') {
        problems.push(problem('MANIFEST_BAD_PATH', `${JSON.stringify(entry.source_file)}: ${path}`, { file: manifestPath, line: entry.line, field: 'source_file' }));
        continue;
      }
      manifest.set(entry.source_file, entry);
      if (!present.has(entry.source_file)) {
        problems.push(problem('MANIFEST_FILE_MISSING', `${entry.source_file} is in the manifest but not in the raw folder`, { file: manifestPath, line: entry.line }));
      }
    }
    for (const file of files) {
      if (!manifest.has(file)) problems.push(problem('NOT_IN_MANIFEST', `not listed in ${MANIFEST_FILE}; run \`npm run manifest\``, { file }));
    }
  } else {
    problems.push(problem('NO_MANIFEST', `no ${MANIFEST_FILE}: hashes are not checked; \`npm run manifest -- --raw ${raw}\` writes one`, { file: raw, severity: 'warning' }));
  }
  return { files, manifest, manifestPath, problems };
}

/** The manifest's publication, edition and country against what the path gave each report. */
function checkAgainstManifest(reports: Report[], folder: RawFolder): Problem[] {
  const problems: Problem[] = [];
  for (const r of reports) {
    const d = r.document;
    const entry = folder.manifest.get(d.source_file);
    if (!entry) continue;
    const where = { file: folder.manifestPath, line: entry.line, report_id: d.report_id };
    if (entry.publication !== d.publication || entry.edition !== d.edition) {
      problems.push(problem('METADATA_MISMATCH', `manifest says ${entry.publication} ${entry.edition} for ${d.source_file}`, { ...where, field: 'publication' }));
    }
    if (entry.country_code && entry.country_code !== d.country_code) {
      problems.push(problem('METADATA_MISMATCH', `manifest says ${entry.country_code} for ${d.source_file}, the path ${d.country_code}`, { ...where, field: 'country_code' }));
    }
  }
  return problems;
}

/** One report per id: a second file giving the same id is a problem of its own. */
function dropDuplicates(processed: ProcessedFile[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  for (const p of processed) {
    if (!p.report) continue;
    const clash = ids.get(p.report.report_id);
    if (clash) {
      problems.push(problem('DUPLICATE_REPORT', `${p.report.report_id} is also read from ${clash}`, { file: p.source_file, report_id: p.report.report_id }));
      p.report = null;
      p.extraction = null;
    } else ids.set(p.report.report_id, p.source_file);
  }
  return problems;
}

// Problems no report can be set aside for: the build stops whatever --keep-going says.
const FATAL = new Set(['RAW_MISSING', 'MANIFEST_UNREADABLE', 'NO_REPORTS']);

/** What each problem rejects: its report's file, else the place it names (a manifest row); null when fatal. */
function rejectedFile(p: Problem, fileOf: Map<string, string>): string | null {
  if (FATAL.has(p.code)) return null;
  if (p.report_id && fileOf.has(p.report_id)) return fileOf.get(p.report_id)!;
  if (typeof parseSourcePath(p.file) !== 'string' || p.line === null) return p.file;
  return `${p.file}:${p.line}`;
}

export async function runPipeline(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const timings = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const time = async <T>(stage: Stage, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    log(`${stage}...`);
    const result = await work();
    timings[stage] += performance.now() - start;
    return result;
  };
  const overrides = readFileSync(countryOverridesFile(options.raw), 'utf8');
  const countries = new CountryResolver(overrides);
  const aliases = loadAliases(options.raw);
  const folder = readRawFolder(options.raw);

  // Ingest, parse and extract each report: from the cache when its inputs are unchanged, else in
  // worker threads (or in this thread for small inputs). The workers read, hash and cache too.
  const cacheDir = options.cache === null ? null : (options.cache ?? DEFAULT_CACHE_DIR);
  const salt = sha256Hex(codeFingerprint(), overrides);
  const workers = options.workers ?? (folder.files.length >= 64 ? Math.max(1, Math.min(availableParallelism(), 8)) : 0);
  const pool = workers > 0 ? new WorkerPool<FileJob, JobOutcome>(workers, { entry: './worker.ts', workerData: { overrides }, name: 'a worker thread' }) : null;
  // Jobs are handed to the pool as it can take them: the pool's queue stays short.
  const limit = pLimit(Math.max(1, workers * IN_FLIGHT));
  let hits = 0;
  const started = performance.now();
  log(`ingest, parse and extract ${folder.files.length} files${pool ? ` on ${workers} worker threads` : ''}...`);
  let processed: ProcessedFile[];
  try {
    // In the raw folder's (sorted) order, whatever order the workers finish in.
    processed = await Promise.all(
      folder.files.map((file) => limit(async () => {
        const job: FileJob = { raw: options.raw, source_file: file, manifestEntry: folder.manifest.get(file) ?? null, salt, cache: cacheDir, sha256: options.fileHashes?.get(file) };
        const outcome = pool ? await pool.run(job) : processJob(job, countries);
        let result = readResult(outcome.serialized);
        if (outcome.cacheHit && result) hits++;
        // A damaged cache entry: computed again here, and stored over the damaged one.
        if (!result && outcome.cacheHit) result = readResult(processJob({ ...job, refresh: true }, countries).serialized);
        if (!result) throw new Error(`${file}: the per-report result does not read back`);
        return result;
      })),
    );
  } finally {
    await pool?.close();
  }
  // Stage times: the workers' own time per stage, scaled to the wall time of the phase.
  const wall = performance.now() - started;
  const spent = processed.reduce((t, p) => ({ ingest: t.ingest + p.timings.ingest, parse: t.parse + p.timings.parse, extract: t.extract + p.timings.extract }), { ingest: 0, parse: 0, extract: 0 });
  const total = spent.ingest + spent.parse + spent.extract || 1;
  for (const stage of ['ingest', 'parse', 'extract'] as const) timings[stage] = (wall * spent[stage]) / total;
  log(`read ${processed.length} files (${hits} from the cache)`);

  const duplicates = dropDuplicates(processed);
  let reports = processed.map((p) => p.report).filter((r): r is Report => r !== null);
  let extractions = processed.map((p) => p.extraction).filter((x): x is Extraction => x !== null);
  const fileProblems = processed.flatMap((p) => p.problems);
  processed = [];
  let tables = await time('tables', () => buildTables(reports, extractions, aliases));
  const checkProblems = await time('check', () => checkTables(tables));

  const all = [...folder.problems, ...fileProblems, ...duplicates, ...checkAgainstManifest(reports, folder), ...checkProblems];
  const errors = all.filter((p) => p.severity === 'error');
  const warnings = all.filter((p) => p.severity === 'warning');
  const fileOf = new Map(reports.map((r) => [r.report_id, r.document.source_file]));
  const fatal = errors.filter((p) => rejectedFile(p, fileOf) === null);
  if (fatal.length || (errors.length && !options.keepGoing)) throw new InputError(errors);

  const rejectedBy = new Map<string, Problem[]>();
  for (const p of errors) {
    const file = rejectedFile(p, fileOf)!;
    rejectedBy.set(file, [...(rejectedBy.get(file) ?? []), p]);
  }
  const rejected = [...rejectedBy].sort(([a], [b]) => a.localeCompare(b)).map(([report, problems]) => ({ report, problems: sortProblems(problems) }));
  if (rejected.length) {
    reports = reports.filter((r) => !rejectedBy.has(r.document.source_file));
    // The kept reports passed every rule already; rebuilding the tables without the rejected ones
    // changes only which rows there are, which the key rules confirm.
    tables = await time('tables', () => keepReports(tables, reports, extractions, aliases));
    const ctx = new CheckContext(tables);
    await time('check', () => checkKeys(ctx));
    if (ctx.problems.length) throw new InputError(ctx.problems);
  }
  if (reports.length === 0) throw new InputError([problem('NO_REPORTS', 'no report passed its checks; nothing to publish', { file: options.raw })]);
  // The tables hold everything the writers need: let the parsed reports go before writing.
  reports = [];
  extractions = [];

  const rowCounts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  // Every rule of the check stage ran over every row.
  const checksPassed = Object.values(rowCounts).reduce((n, count) => n + count, 0);
  const writers = await time('write', () => publish(tables, options.out, { log, derivedInWorker: options.derivedInWorker, release: options.releaseTables }));
  return { tables, rowCounts, warnings: sortProblems(warnings), rejected, timings, writers, checksPassed, rules: RULES.length, cacheHits: hits };
}

/**
 * Writes the dataset into a fresh sibling folder, validates what was written, then swaps it in:
 * `out` always holds either the previous complete dataset or the new one.
 */
export async function publish(tables: Tables, out: string, options: WriteOptions = {}): Promise<WriteResult['spent']> {
  const target = resolve(out);
  recoverInterruptedPublish(target);
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    // The JSON files are validated against their JSON Schemas as they are written, and the
    // database against the Parquet files after: what is published is what was checked.
    const { problems, spent } = await writeDataset(tables, staging, options);
    problems.push(...(await compareDuckDbWithParquet(staging)));
    if (problems.length) throw new InputError(problems);
    const previous = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
    rmSync(previous, { recursive: true, force: true });
    return spent;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Restores the previous dataset when a publish was killed between its two renames. */
export function recoverInterruptedPublish(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const name = basename(target);
  const leftovers = readdirSync(parent).filter((f) => f.startsWith(`${name}.old-`) || f.startsWith(`${name}.tmp-`));
  for (const leftover of leftovers) {
    const path = join(parent, leftover);
    if (leftover.startsWith(`${name}.old-`) && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}
