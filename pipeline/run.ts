// The pipeline: the stages in order (declared once, in STAGES), the raw folder's bookkeeping,
// and the build into a staging folder that publish.ts swaps into place. The stages' own modules
// do not touch the file system: only this one, publish.ts, process.ts (one raw file per job), the
// cache and write/ do.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { codeFingerprint, DEFAULT_CACHE_DIR, PackWriter, pruneCache, readCacheIndex, reportsFolder, sha256Hex } from './cache.ts';
import { IN_FLIGHT, WorkerPool } from './pool.ts';
import { releaseSlot, slotBytes } from './ring.ts';
import { processJob, readLabels, readLinks, readPeople, readResult, type FileJob, type PeopleOnly, type PostedOutcome } from './process.ts';
import { TABLES, type Row, type Tables } from '../schemas/tables.ts';
import { checkTables, RULES } from './check/index.ts';
import type { CheckOptions } from './check/context.ts';
import { countMentions } from './check/extraction.ts';
import { ACKNOWLEDGED_FILE, readAcknowledged } from './ingest/acknowledged.ts';
import { readRegions, REGIONS_FILE, type RegionTable } from './ingest/regions.ts';
import { checkCountryOverrides, CountryResolver } from './ingest/countries.ts';
import { IdentityResolver, readAliases, type PersonAlias } from './extract/identity.ts';
import { parseSourcePath, reportIdOf } from './ingest/document.ts';
import { listRawFiles, scanRawFolder, type SkippedEntry } from './ingest/files.ts';
import { MANIFEST_FILE, parseManifest, type ManifestEntry } from './ingest/manifest.ts';
import { InputError, plural, problem, sortProblems, type Problem } from './problems.ts';
import { compareKeys, PER_REPORT_TABLES, sortRows } from './tables/index.ts';
import { QuestionWording, type LabelsOfReport } from './tables/indicators.ts';
import { PeopleLinker } from './tables/people.ts';
import { FromJsonWriter, TableFiles, type WriteResult } from './write/index.ts';
import { checkOutputFolder, keepUnchangedDatabase, lockOutput, recoverInterruptedPublish, swapIn } from './publish.ts';
import { compareDuckDbWithParquet } from './validate.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const COUNTRY_OVERRIDES = join(PROJECT_ROOT, 'raw', 'country-overrides.csv');
export const PERSON_ALIASES = join(PROJECT_ROOT, 'raw', 'person-aliases.csv');

/**
 * The run order. Each stage is one module with one exported function. Ingest to the report's own
 * rows, their checks and their serialisation run per report (process.ts); the tables built over
 * all reports, their checks and the write stage's other formats run after (run.ts).
 */
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
  /** Write Arrow in a second thread; default: for large datasets (see write/index.ts). */
  derivedInWorker?: boolean;
  /** Each raw file's sha256, when the caller has read them already: cache hits then skip the file. */
  fileHashes?: Map<string, string>;
  /** Progress messages (the CLI sends them to stderr). */
  log?: (message: string) => void;
  /** Told after each report is in: reports done and in all (the command line shows progress). */
  progress?: (done: number, total: number) => void;
  /** Rows of mentions and event links checked and written at a time (default ROWS_PER_BATCH). */
  sharedBatchRows?: number;
  /** Bytes of each worker's ring for its results (default RING_BYTES; see ring.ts). */
  ringBytes?: number;
}

export interface Rejected {
  report: string;
  problems: Problem[];
}

export interface BuildResult {
  /** The ids of the reports built, in order. */
  reports: string[];
  /** Rows written per table. */
  rowCounts: Record<string, number>;
  warnings: Problem[];
  rejected: Rejected[];
  timings: Record<Stage, number>;
  /** The write stage by writer (see write/index.ts); json_csv is this thread's appending. */
  writers: WriteResult['spent'] & { json_csv: number };
  checksPassed: number;
  rules: number;
  cacheHits: number;
  /** The per-report phase: its wall time, the threads it ran on (0: this one), and the results that came through the workers' rings. */
  processing: { wallMs: number; workers: number; viaRing: number };
}

/** The country override table: the raw folder's own, else the project's. */
export function countryOverridesFile(raw?: string): string {
  const local = raw ? join(raw, 'country-overrides.csv') : null;
  return local && existsSync(local) ? local : COUNTRY_OVERRIDES;
}

/** The raw folder's fiw-regions.csv, else the project's, read and checked; null when neither exists. */
function regionsOf(raw: string | undefined, countries: CountryResolver): { csv: string; file: string; regions: RegionTable } | null {
  const file = [raw, join(PROJECT_ROOT, 'raw')].filter((d) => d !== undefined).map((d) => join(d, REGIONS_FILE)).find((f) => existsSync(f));
  if (!file) return null;
  const csv = readFileSync(file, 'utf8');
  const { regions, problems } = readRegions(csv, file, countries);
  if (problems.length) throw new InputError(problems);
  return { csv, file, regions };
}

/** Freedom House's regions for a raw folder (its own fiw-regions.csv, else the project's). */
export function loadRegions(raw?: string): RegionTable | undefined {
  return regionsOf(raw, loadCountries(raw))?.regions;
}

export function loadCountries(raw?: string): CountryResolver {
  return new CountryResolver(readFileSync(countryOverridesFile(raw), 'utf8'));
}

/** The reviewed person aliases: the raw folder's own, else the project's. */
export function loadAliases(raw?: string): PersonAlias[] {
  const { aliases, problems } = aliasesOf(raw);
  if (problems.length) throw new InputError(problems);
  return aliases;
}

function aliasesOf(raw?: string): ReturnType<typeof readAliases> {
  const local = raw ? join(raw, 'person-aliases.csv') : null;
  const file = local && existsSync(local) ? local : PERSON_ALIASES;
  return existsSync(file) ? readAliases(readFileSync(file, 'utf8'), file) : { aliases: [], problems: [] };
}

/** The raw folder's reviewed acknowledgements (never the project's: they name the folder's own files). */
function acknowledgedOf(raw: string): ReturnType<typeof readAcknowledged> {
  const file = join(raw, ACKNOWLEDGED_FILE);
  return existsSync(file) ? readAcknowledged(readFileSync(file, 'utf8'), file) : { acknowledged: [], problems: [] };
}

export { listRawFiles };

interface RawFolder {
  files: string[];
  manifest: Map<string, ManifestEntry>;
  manifestPath: string;
  problems: Problem[];
}

export const RAW_LAYOUT = '<publication>/<edition>/<country>.txt under the raw folder (e.g. fiw/2023/chile.txt)';

/** The raw folder is missing: say so, the layout expected, and where reports may be. */
export function rawMissing(raw: string): Problem {
  const near = [join(raw, '..', 'raw'), join(raw, 'raw')].find((d) => d !== raw && existsSync(join(d)) && statSync(d).isDirectory() && scanRawFolder(d).files.length > 0);
  return problem('RAW_MISSING', `the raw folder does not exist; it should hold the reports as ${RAW_LAYOUT}${near ? `; reports are in ${near}: pass --raw ${near}` : ''}`, { file: raw });
}

function noReports(raw: string, skipped: SkippedEntry[]): Problem {
  const why = skipped.length ? `; not read: ${skipped.map((s) => `${s.path} (${s.reason})`).join(', ')}` : '';
  return problem('NO_REPORTS', `no reports found: the raw folder holds no .txt file laid out as ${RAW_LAYOUT}${why}`, { file: raw });
}

/** No file of the folder is laid out as a report: one problem, with the folder it looks like the reports are in. */
function layoutProblem(raw: string, files: string[]): Problem {
  const first = files[0].split('/');
  let guess = '';
  // Files as <edition>/<country>.txt: the folder is a publication's; as x/<publication>/<edition>/<country>.txt: the reports are one level down.
  if (first.length === 2 && /^\d{4}$/.test(first[0])) guess = `; they look like one publication's reports: pass the folder above, --raw ${join(raw, '..')}`;
  else if (first.length === 4 && typeof parseSourcePath(first.slice(1).join('/')) !== 'string') guess = `; the reports look to be in ${join(raw, first[0])}: pass --raw ${join(raw, first[0])}`;
  const which = files.length === 1 ? `its one .txt file (${files[0]}) is not` : `none of its ${files.length} .txt files (${files[0]}, ...) is`;
  return problem('RAW_LAYOUT', `${which} laid out as ${RAW_LAYOUT}${guess}`, { file: raw });
}

/** Why an entry of the raw folder that looks like a report is not read: nothing is dropped unsaid. */
function skippedProblem(entry: SkippedEntry): Problem {
  switch (entry.reason) {
    case 'symlink':
      return problem('RAW_SYMLINK', 'is a symbolic link: links are not followed, since one can lead out of the raw folder; copy the file (or folder) in instead', { file: entry.path });
    case 'special':
      return problem('RAW_NOT_A_FILE', 'is not a regular file (a FIFO, socket or device): not read', { file: entry.path });
    case 'extension':
      return problem('RAW_NOT_READ', 'not read: report files end in ".txt", in lower case', { file: entry.path, severity: 'warning' });
  }
}

/** The raw folder's files and manifest, with every problem of the manifest itself and of entries not read. */
function readRawFolder(raw: string): RawFolder {
  const problems: Problem[] = [];
  if (!existsSync(raw) || !statSync(raw).isDirectory()) throw new InputError([rawMissing(raw)]);
  const manifestPath = join(raw, MANIFEST_FILE);
  const manifest = new Map<string, ManifestEntry>();
  const { files, skipped } = scanRawFolder(raw);
  if (files.length === 0) throw new InputError([noReports(raw, skipped)]);
  // A folder one level off (`--raw raw/fiw`, or the folder above raw/) lays out no file as a report: one problem, with a guess.
  if (files.every((f) => typeof parseSourcePath(f) === 'string')) throw new InputError([layoutProblem(raw, files)]);
  problems.push(...skipped.map(skippedProblem));
  if (existsSync(manifestPath)) {
    const parsed = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
    problems.push(...parsed.problems);
    // A listed file the folder holds but does not read (a link) has its own problem already.
    const present = new Set([...files, ...skipped.map((entry) => entry.path)]);
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

/** The manifest's publication, edition and country against what the path gave the report. */
function checkAgainstManifest(report: { people: PeopleOnly; labels: LabelsOfReport }, source_file: string, folder: RawFolder): Problem[] {
  const problems: Problem[] = [];
  const entry = folder.manifest.get(source_file);
  if (!entry) return problems;
  const { report_id, publication, edition } = report.labels;
  const { country_code } = report.people.context;
  const where = { file: folder.manifestPath, line: entry.line, report_id };
  if (entry.publication !== publication || entry.edition !== edition) {
    problems.push(problem('METADATA_MISMATCH', `manifest says ${entry.publication} ${entry.edition} for ${source_file}`, { ...where, field: 'publication' }));
  }
  if (entry.country_code && entry.country_code !== country_code) {
    problems.push(problem('METADATA_MISMATCH', `manifest says ${entry.country_code} for ${source_file}, the path ${country_code}`, { ...where, field: 'country_code' }));
  }
  return problems;
}

// Problems no report can be set aside for: the build stops whatever --keep-going says.
const FATAL = new Set(['RAW_MISSING', 'RAW_LAYOUT', 'MANIFEST_UNREADABLE', 'NO_REPORTS']);

/**
 * The id a raw file's report will have, known from its path before it is read (ingest gives
 * the same); files that will not give one sort first. Reports are processed in this order,
 * which is the order of every per-report table: report ids are fixed-width.
 */
function expectedReportId(file: string, countries: CountryResolver): string {
  const parts = parseSourcePath(file);
  if (typeof parts === 'string') return '';
  const country = countries.resolve(parts.slug);
  return country ? reportIdOf(parts.publication, parts.edition, country.code) : '';
}

export async function runPipeline(options: BuildOptions): Promise<BuildResult> {
  const target = resolve(options.out);
  const outputProblems = checkOutputFolder(options.raw, target);
  if (outputProblems.length) throw new InputError(outputProblems);
  const unlock = lockOutput(target);
  try {
    return await buildInto(target, options);
  } finally {
    unlock();
  }
}

/** The build, once it alone may replace the output folder. */
async function buildInto(target: string, options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {});
  const timings = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const overridesFile = countryOverridesFile(options.raw);
  const overrides = readFileSync(overridesFile, 'utf8');
  const { aliases, problems: aliasProblems } = aliasesOf(options.raw);
  const { acknowledged, problems: acknowledgedProblems } = acknowledgedOf(options.raw);
  // The reference files are checked before anything is built: a wrong row would mislabel every
  // report of a country, or give a person a wrong id everywhere.
  const referenceProblems = [...checkCountryOverrides(overrides, overridesFile), ...aliasProblems, ...acknowledgedProblems];
  if (referenceProblems.length) throw new InputError(referenceProblems);
  const countries = new CountryResolver(overrides);
  const regionsRead = regionsOf(options.raw, countries);
  const regions = regionsRead?.regions;
  // The workers read the same text again: a RegionTable does not cross threads.
  const regionsCsv = regionsRead && { csv: regionsRead.csv, file: regionsRead.file };
  const folder = readRawFolder(options.raw);
  const fatalFolder = folder.problems.filter((p) => p.severity === 'error' && FATAL.has(p.code));
  if (fatalFolder.length) throw new InputError(fatalFolder);

  // Each report is processed (ingest, parse, extract, its rows, their checks, their JSON and
  // CSV) from the cache when its inputs are unchanged, else in worker threads (or in this thread
  // for small inputs). The workers read, hash and look up the cache too. This thread takes the
  // results in report order, appends each report's rows to the files as it comes, and stores the
  // results computed in the cache (one pack file for the build: cache.ts).
  const cacheDir = options.cache === null ? null : (options.cache ?? DEFAULT_CACHE_DIR);
  const salt = sha256Hex(codeFingerprint(), overrides, JSON.stringify(aliases), JSON.stringify(acknowledged), regionsCsv?.csv ?? '');
  const cacheFolder = cacheDir === null ? null : reportsFolder(cacheDir);
  const cacheIndex = cacheFolder === null ? undefined : readCacheIndex(cacheFolder);
  const workers = options.workers ?? (folder.files.length >= 64 ? Math.max(1, Math.min(availableParallelism(), 8)) : 0);
  const order = folder.files.map((file) => ({ file, id: expectedReportId(file, countries) })).sort((a, b) => compareKeys(a.id, b.id));
  recoverInterruptedPublish(target);
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const pool = workers > 0 ? new WorkerPool<FileJob, PostedOutcome>(workers, { entry: './worker.ts', workerData: { overrides, aliases, acknowledged, regions: regionsCsv, cacheIndex }, name: 'a worker thread', ringBytes: options.ringBytes ?? RING_BYTES }) : null;
  // Jobs are handed to the pool as it can take them: the pool's queue stays short.
  const limit = pLimit(Math.max(1, workers * IN_FLIGHT));
  const reference = { countries, aliases, acknowledged, regions, cacheIndex };
  let hits = 0;
  let viaRing = 0;
  // The cache entries this build looked up or stored (pruneCache keeps them), and its pack.
  const usedEntries = new Set<string>();
  let pack = cacheFolder === null ? null : new PackWriter(cacheFolder);
  // A cache that cannot be written only costs time: said once, and nothing more is stored.
  const cacheWrite = (write: (pack: PackWriter) => void) => {
    if (!pack) return;
    try {
      write(pack);
    } catch (error) {
      log(`warning: the cache ${cacheDir} cannot be written (${(error as Error).message}): the build goes on without storing its results`);
      pack.abort();
      pack = null;
    }
  };
  const store = (key: string, bytes: Uint8Array) => cacheWrite((p) => p.append(key, bytes));
  const started = performance.now();
  log(`process ${plural(folder.files.length, 'file')}${pool ? ` on ${workers} worker threads` : ''}...`);
  const perReport = { ingest: 0, parse: 0, extract: 0, tables: 0, check: 0, write: 0 };
  // Problems by the file (or manifest row) they reject, and the problems that reject nothing.
  const problemsOf = new Map<string, Problem[]>();
  const warnings: Problem[] = [];
  const reject = (key: string, problems: Problem[]) => problemsOf.set(key, [...(problemsOf.get(key) ?? []), ...problems]);
  const claimed = new Map<string, string>();
  // What the tables over all reports need of each kept report, packed (a fraction of its size
  // as objects), and the question wording, gathered as the reports come in.
  const kept: KeptReport[] = [];
  const wording = new QuestionWording();
  const identities = new IdentityResolver(aliases);
  const files = new TableFiles(staging, TABLES);
  let formats: FromJsonWriter | null = null;
  let published = false;
  try {
    // The manifest's own problems: a row's, or a raw file's (which rejects that file).
    for (const p of folder.problems) {
      if (p.severity !== 'error') warnings.push(p);
      else reject(p.line !== null && typeof parseSourcePath(p.file) === 'string' ? `${p.file}:${p.line}` : p.file, [p]);
    }
    const results: (Promise<{ job: FileJob; outcome: PostedOutcome }> | null)[] = order.map(({ file }) =>
      limit(async () => {
        const job: FileJob = { raw: options.raw, source_file: file, manifestEntry: folder.manifest.get(file) ?? null, salt, cache: cacheFolder, sha256: options.fileHashes?.get(file) };
        const outcome = pool ? await pool.run(job) : processJob(job, reference);
        return { job, outcome };
      }),
    );
    for (const r of results) r!.catch(() => {}); // awaited in order below
    for (let i = 0; i < results.length; i++) {
      const { job, outcome } = await results[i]!;
      results[i] = null; // a settled promise holds its value: let each result go once appended
      const { slot } = outcome;
      const ring = slot ? pool!.rings[slot.worker] : null;
      if (ring) viaRing++;
      const bytes = slot && ring ? slotBytes(ring, slot) : outcome.serialized!;
      let result = readResult(bytes);
      if (outcome.cacheHit && result) hits++;
      if (outcome.cacheKey) usedEntries.add(outcome.cacheKey);
      if (outcome.cacheKey && !outcome.cacheHit && result) store(outcome.cacheKey, bytes);
      // A damaged cache entry: computed again here, and stored again (a later pack's entry wins).
      if (!result && outcome.cacheHit) {
        const again = processJob({ ...job, refresh: true }, reference);
        result = readResult(again.serialized);
        if (result && again.cacheKey) store(again.cacheKey, again.serialized);
      }
      if (!result) throw new Error(`${job.source_file}: the per-report result does not read back`);
      options.progress?.(i + 1, results.length);
      for (const stage of Object.keys(perReport) as (keyof typeof perReport)[]) perReport[stage] += result.timings[stage];
      const { output, report_id } = result;
      // The files are in key order only if each report comes at its id's place.
      if (output && report_id !== order[i].id) throw new Error(`${job.source_file}: report ${report_id} was expected to be ${order[i].id}`);
      // Read now, while this thread mostly waits on the workers, rather than once all are in (the
      // links wait: they need every person's id).
      const arrived = output && { people: readPeople(output.people), labels: readLabels(output.labels) };
      const problems = [...result.problems];
      if (arrived && report_id) {
        problems.push(...checkAgainstManifest(arrived, result.source_file, folder));
        const clash = claimed.get(report_id);
        if (clash) problems.push(problem('DUPLICATE_REPORT', `${report_id} is also read from ${clash}`, { file: result.source_file, report_id }));
      }
      warnings.push(...problems.filter((p) => p.severity !== 'error'));
      const errors = problems.filter((p) => p.severity === 'error');
      if (errors.length || problemsOf.has(result.source_file)) reject(result.source_file, errors);
      else if (output && arrived && report_id) {
        claimed.set(report_id, result.source_file);
        // Without --keep-going a problem anywhere fails the build: writing on would be wasted.
        if (options.keepGoing || problemsOf.size === 0) {
          for (const name of PER_REPORT_TABLES) files.append(name, output.pieces[name]);
          identities.add(arrived.people.context, arrived.people.people);
          wording.add(arrived.labels);
          // Copies (a view would hold the whole result). The people are read again once every id
          // is settled: packed, they take less memory than as objects kept until then.
          kept.push({ people: Uint8Array.prototype.slice.call(output.people), links: Uint8Array.prototype.slice.call(output.links) });
        }
      }
      // Nothing read from the ring is used past here: the pieces are in the files, the rest copied.
      if (slot && ring) releaseSlot(ring, slot);
    }
    await pool?.close();
    cacheWrite((p) => p.seal());
    pack = null;
    // Stage times: the workers' own time per stage, scaled to the wall time of the phase.
    const wall = performance.now() - started;
    const total = Object.values(perReport).reduce((a, b) => a + b, 0) || 1;
    for (const stage of Object.keys(perReport) as (keyof typeof perReport)[]) timings[stage] += (wall * perReport[stage]) / total;
    const processing = { wallMs: wall, workers, viaRing };
    log(`read ${plural(folder.files.length, 'file')} (${hits} from the cache)`);

    const errors = [...problemsOf.values()].flat();
    const rejected = [...problemsOf].sort(([a], [b]) => a.localeCompare(b)).map(([report, problems]) => ({ report, problems: sortProblems(problems) }));
    if (errors.length && !options.keepGoing) throw new InputError(errors);
    if (kept.length === 0) throw new InputError([problem('NO_REPORTS', `none of the ${folder.files.length} reports passed its checks; nothing to publish`, { file: options.raw })]);

    // The per-report tables are complete: the database, Parquet and Arrow are made from them on
    // two other threads while this one builds and checks the tables over every kept report
    // (each report's rows were checked where it was processed; these depend on which reports
    // there are), whose files follow.
    const perReportCounts = files.close(PER_REPORT_TABLES);
    formats = new FromJsonWriter(staging, Object.values(perReportCounts).reduce((n, c) => n + c, 0), { log, derivedInWorker: options.derivedInWorker });
    formats.add(perReportCounts, (table) => files.longestRow(table));
    appendSharedTables(kept, wording, identities, files, { log, timings, batchRows: options.sharedBatchRows ?? ROWS_PER_BATCH });
    // The write stage's time: the writers' work past the shared tables (the rest ran alongside).
    const writeStarted = performance.now();
    // This thread's heap is now mostly garbage, and the thread idles while two others write: a
    // collection here (when node runs with --expose-gc, as npm run build does) lowers the peak.
    (globalThis as { gc?: () => void }).gc?.();
    const sharedCounts = files.close(TABLES.map((t) => t.name).filter((name) => !(name in perReportCounts)));
    formats.add(sharedCounts, (table) => files.longestRow(table));
    const rowCounts = Object.fromEntries(TABLES.map((t) => [t.name, perReportCounts[t.name] ?? sharedCounts[t.name]]));
    const checksPassed = Object.values(rowCounts).reduce((n, count) => n + count, 0);
    const { problems, spent: writers } = await formats.finish();
    problems.push(...(await compareDuckDbWithParquet(staging)));
    if (problems.length) throw new InputError(problems);
    await keepUnchangedDatabase(staging, target);
    swapIn(staging, target);
    timings.write += performance.now() - writeStarted;
    published = true;
    // Entries of earlier code no key reaches again, and packs of entries no longer used: removed
    // or merged once a build has used the current ones.
    if (cacheDir !== null) {
      try {
        const pruned = pruneCache(cacheDir, usedEntries);
        if (pruned.versions) log(`cache: removed the entries of ${pruned.versions} earlier code version(s)`);
        if (pruned.merged) log(`cache: merged ${pruned.merged} packs`);
      } catch (error) {
        // The dataset is published: a cache left as it was only takes room.
        log(`warning: the cache ${cacheDir} could not be pruned (${(error as Error).message})`);
      }
    }
    return {
      reports: [...claimed.keys()],
      rowCounts,
      warnings: sortProblems(warnings),
      rejected,
      timings,
      writers: { json_csv: files.spent, ...writers },
      checksPassed,
      rules: RULES.length,
      cacheHits: hits,
      processing,
    };
  } finally {
    if (!published) {
      await pool?.close(); // closing twice is harmless: the threads have stopped
      pack?.abort(); // a build stopped before its per-report phase ended stores nothing
      files.close();
      await formats?.close();
      rmSync(staging, { recursive: true, force: true });
    }
  }
}

/**
 * Builds, checks and appends the tables over all reports: each kept report's mentions and event
 * links (their person ids now settled), built a report at a time and checked and appended a batch
 * at a time, then the people and the codebook. Only the people's tallies grow with the reports.
 * Report ids are fixed-width and every mention and event id starts with its report's, so each
 * report's rows, sorted, follow the rows before them in key order, and no key can repeat across
 * reports.
 */
function appendSharedTables(
  kept: KeptReport[],
  wording: QuestionWording,
  identities: IdentityResolver,
  files: TableFiles,
  { log, timings, batchRows }: { log: (message: string) => void; timings: Record<Stage, number>; batchRows: number },
): void {
  const spent = { tables: 0, check: 0, write: 0 };
  const timed = <T>(stage: keyof typeof spent, work: () => T): T => {
    const start = performance.now();
    const result = work();
    spent[stage] += performance.now() - start;
    return result;
  };
  const problems: Problem[] = [];
  const check = (tables: Tables, options?: CheckOptions) => timed('check', () => problems.push(...checkTables(tables, options).filter((p) => p.severity === 'error')));
  const ids = timed('tables', () => identities.ids());
  const linker = new PeopleLinker(ids);
  // The people's ids, for the foreign keys of each batch's rows (the people rows come last).
  const personIds = { people: timed('tables', () => [...new Set(ids.values())].map((person_id) => ({ person_id }))) };
  const mentionCounts = new Map<string, number>();
  // Rows are checked and written some thousands at a time: a report at a time, the fixed costs of
  // each check and write took these tables from 3.4 s to 4.0 s for 5,000 reports.
  let batch: { mentions: Row[]; event_people: Row[] } = { mentions: [], event_people: [] };
  const flush = () => {
    check(batch, { reference: personIds });
    countMentions(batch.mentions, mentionCounts);
    // Past the first problem nothing is published: the rest is only checked.
    if (!problems.length) timed('write', () => Object.entries(batch).forEach(([name, rows]) => files.appendRows(name, rows)));
    batch = { mentions: [], event_people: [] };
  };
  for (let i = 0; i < kept.length; i++) {
    timed('tables', () => {
      const linked = linker.add({ ...readPeople(kept[i].people), ...readLinks(kept[i].links) });
      for (const row of sortRows('mentions', linked.mentions)) batch.mentions.push(row);
      for (const row of sortRows('event_people', linked.event_people)) batch.event_people.push(row);
    });
    kept[i] = EMPTY; // read once: let it go
    if (batch.mentions.length + batch.event_people.length >= batchRows) flush();
  }
  flush();
  kept.length = 0;
  const last = timed('tables', () => ({ people: sortRows('people', linker.people()), indicators: sortRows('indicators', wording.indicators()) }));
  check(last, { mentionCounts });
  if (problems.length) throw new InputError(problems);
  timed('write', () => Object.entries(last).forEach(([name, r]) => files.appendRows(name, r)));
  for (const stage of Object.keys(spent) as (keyof typeof spent)[]) timings[stage] += spent[stage];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  log(`shared tables: built ${s(spent.tables)}, checked ${s(spent.check)}, written ${s(spent.write)}`);
}

/** What the tables over all reports need of a kept report, packed: its people and its links. */
interface KeptReport {
  people: Uint8Array;
  links: Uint8Array;
}
const EMPTY: KeptReport = { people: new Uint8Array(0), links: new Uint8Array(0) };
const ROWS_PER_BATCH = 8192;
/** Each worker's ring for its results: about fifty seed-sized reports' (one is 0.13 to 0.17 MB). */
const RING_BYTES = 8 << 20;
