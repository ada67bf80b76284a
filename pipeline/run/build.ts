// The build: every raw file's report through the stages (process.ts, in worker threads or from the
// cache), the tables over all reports, every format written into a staging folder, and that folder
// swapped into place (publish/). The stages' own modules do not touch the file system: only this
// one, process.ts (one raw file per job), the cache, write/ and publish/ do.
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { codeFingerprint, DEFAULT_CACHE_DIR, pruneCache, readCacheIndex, reportsFolder, sha256Hex, writeEntry } from './cache.ts';
import { IN_FLIGHT, WorkerPool } from '../common/pool.ts';
import { processJob, readLabels, readLinks, readPeople, readResult, type FileJob, type JobOutcome } from './process.ts';
import { TABLES, type Row, type Tables } from '../../schemas/tables.ts';
import { checkTables, RULES } from '../check/index.ts';
import type { CheckOptions } from '../check/context.ts';
import { countMentions } from '../check/extraction.ts';
import { IdentityResolver } from '../extract/identity.ts';
import { parseSourcePath } from '../ingest/document.ts';
import { checkAgainstManifest, expectedReportId, FATAL, readRawFolder, readReferenceFiles } from '../ingest/folder.ts';
import { InputError, plural, problem, sortProblems, type Problem } from '../common/problems.ts';
import { STAGES, stageTimes, type Stage } from '../steps.ts';
import { compareKeys, PER_REPORT_TABLES, sortRows } from '../tables/index.ts';
import { QuestionWording } from '../tables/indicators.ts';
import { PeopleLinker } from '../tables/people.ts';
import { DatasetWriter, type WriteResult } from '../write/index.ts';
import { checkOutputFolder, keepUnchangedDatabase, lockOutput, recoverInterruptedPublish, swapIn } from '../publish/swap.ts';
import { compareDuckDbWithParquet } from '../publish/validate.ts';

export interface BuildOptions {
  raw: string;
  out: string;
  keepGoing?: boolean;
  /** Cache folder for per-report results; null for none. Default: node_modules/.cache/freedom-reports. */
  cache?: string | null;
  /** Worker threads for the per-report work; default: the machine's cores for 64 files or more, else none. */
  workers?: number;
  /** Each raw file's sha256, when the caller has read them already: cache hits then skip the file. */
  fileHashes?: Map<string, string>;
  /** Progress messages (the CLI sends them to stderr). */
  log?: (message: string) => void;
  /** Told after each report is in: reports done and in all (the command line shows progress). */
  progress?: (done: number, total: number) => void;
  /** Rows of mentions and event links checked and written at a time (default ROWS_PER_BATCH). */
  sharedBatchRows?: number;
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
  writers: WriteResult['spent'];
  checksPassed: number;
  rules: number;
  cacheHits: number;
  /** The per-report phase: its wall time and the threads it ran on (0: this one). */
  processing: { wallMs: number; workers: number };
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
  const timings = stageTimes();
  const { overrides, countries, aliases, acknowledged, regions: regionsRead } = readReferenceFiles(options.raw);
  const regions = regionsRead?.regions;
  const regionsCsv = regionsRead && { csv: regionsRead.csv, file: regionsRead.file };
  const folder = readRawFolder(options.raw);
  const fatalFolder = folder.problems.filter((p) => p.severity === 'error' && FATAL.has(p.code));
  if (fatalFolder.length) throw new InputError(fatalFolder);

  // Each report is processed (ingest, parse, extract, its rows, their checks, their JSON and
  // CSV) from the cache when its inputs are unchanged, else in worker threads (or in this thread
  // for small inputs). The workers read, hash and look up the cache too. This thread takes the
  // results in report order, appends each report's rows to the files as it comes, and stores the
  // results computed in the cache (cache.ts).
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
  const pool = workers > 0 ? new WorkerPool<FileJob, JobOutcome>(workers, { entry: '../run/worker.ts', workerData: { overrides, aliases, acknowledged, regions: regionsCsv, cacheIndex }, name: 'a worker thread' }) : null;
  // Jobs are handed to the pool as it can take them: the pool's queue stays short.
  const limit = pLimit(Math.max(1, workers * IN_FLIGHT));
  // Results are taken in report order; a job starts only within this many reports of the next one
  // to be taken, so results that come faster than they are appended (cache hits) cannot pile up.
  const lookAhead = 8 * Math.max(1, workers * IN_FLIGHT);
  const reference = { countries, aliases, acknowledged, regions, cacheIndex };
  let hits = 0;
  // The cache entries this build looked up or stored (pruneCache keeps them).
  const usedEntries = new Set<string>();
  let storing = cacheFolder !== null;
  // A cache that cannot be written only costs time: said once, and nothing more is stored.
  const store = (key: string, bytes: Uint8Array) => {
    if (!storing) return;
    try {
      writeEntry(cacheFolder!, key, bytes);
    } catch (error) {
      log(`warning: the cache ${cacheDir} cannot be written (${(error as Error).message}): the build goes on without storing its results`);
      storing = false;
    }
  };
  const started = performance.now();
  log(`process ${plural(folder.files.length, 'file')}${pool ? ` on ${workers} worker threads` : ''}...`);
  const perReport = stageTimes();
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
  const formats = new DatasetWriter(staging, TABLES);
  let published = false;
  try {
    // The manifest's own problems: a row's, or a raw file's (which rejects that file).
    for (const p of folder.problems) {
      if (p.severity !== 'error') warnings.push(p);
      else reject(p.line !== null && typeof parseSourcePath(p.file) === 'string' ? `${p.file}:${p.line}` : p.file, [p]);
    }
    const results: (Promise<{ job: FileJob; outcome: JobOutcome }> | null)[] = [];
    const launch = (file: string) => {
      const result = limit(async () => {
        const job: FileJob = { raw: options.raw, source_file: file, manifestEntry: folder.manifest.get(file) ?? null, salt, cache: cacheFolder, sha256: options.fileHashes?.get(file) };
        const outcome = pool ? await pool.run(job) : processJob(job, reference);
        return { job, outcome };
      });
      result.catch(() => {}); // awaited in order below
      results.push(result);
    };
    for (let i = 0; i < order.length; i++) {
      while (results.length < Math.min(order.length, i + lookAhead)) launch(order[results.length].file);
      const { job, outcome } = await results[i]!;
      results[i] = null; // a settled promise holds its value: let each result go once appended
      const bytes = outcome.serialized;
      let result = readResult(bytes);
      if (outcome.cacheHit && result) hits++;
      if (outcome.cacheKey) usedEntries.add(outcome.cacheKey);
      if (outcome.cacheKey && !outcome.cacheHit && result) store(outcome.cacheKey, bytes);
      // A damaged cache entry: computed again here, and stored over it.
      if (!result && outcome.cacheHit) {
        const again = processJob({ ...job, refresh: true }, reference);
        result = readResult(again.serialized);
        if (result && again.cacheKey) store(again.cacheKey, again.serialized);
      }
      if (!result) throw new Error(`${job.source_file}: the per-report result does not read back`);
      options.progress?.(i + 1, order.length);
      for (const stage of STAGES) perReport[stage] += result.timings[stage];
      const { output, report_id } = result;
      // The files are in key order only if each report comes at its id's place.
      if (output && report_id !== order[i].id) throw new Error(`${job.source_file}: report ${report_id} was expected to be ${order[i].id}`);
      // Read now, while this thread mostly waits on the workers, rather than once all are in (the
      // links wait: they need every person's id).
      const arrived = output && { people: readPeople(output.people), labels: readLabels(output.labels) };
      const problems = [...result.problems];
      if (arrived && report_id) {
        problems.push(...checkAgainstManifest({ ...arrived.labels, country_code: arrived.people.context.country_code }, result.source_file, folder));
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
          for (const name of PER_REPORT_TABLES) formats.append(name, output.pieces[name]);
          identities.add(arrived.people.context, arrived.people.people);
          wording.add(arrived.labels);
          // Copies (a view would hold the whole result). The people are read again once every id
          // is settled: packed, they take less memory than as objects kept until then.
          kept.push({ people: Uint8Array.prototype.slice.call(output.people), links: Uint8Array.prototype.slice.call(output.links) });
        }
      }
    }
    await pool?.close();
    // Stage times: the workers' own time per stage, scaled to the wall time of the phase.
    const wall = performance.now() - started;
    const total = Object.values(perReport).reduce((a, b) => a + b, 0) || 1;
    for (const stage of STAGES) timings[stage] += (wall * perReport[stage]) / total;
    const processing = { wallMs: wall, workers };
    log(`read ${plural(folder.files.length, 'file')} (${hits} from the cache)`);

    const errors = [...problemsOf.values()].flat();
    const rejected = [...problemsOf].sort(([a], [b]) => a.localeCompare(b)).map(([report, problems]) => ({ report, problems: sortProblems(problems) }));
    if (errors.length && !options.keepGoing) throw new InputError(errors);
    // With --keep-going too, a build that keeps no report says why each was rejected.
    if (kept.length === 0) throw new InputError([...errors, problem('NO_REPORTS', `none of the ${folder.files.length} reports passed its checks; nothing to publish`, { file: options.raw })]);

    // The per-report tables are complete: the database and Parquet are made from them on DuckDB's
    // thread while this one builds and checks the tables over every kept report (each report's
    // rows were checked where it was processed; these depend on which reports there are), whose
    // files follow.
    const perReportCounts = formats.complete(PER_REPORT_TABLES);
    appendSharedTables(kept, wording, identities, formats, { log, timings, batchRows: options.sharedBatchRows ?? ROWS_PER_BATCH });
    // The write stage's time: the writers' work past the shared tables (the rest ran alongside).
    const writeStarted = performance.now();
    // This thread's heap is now mostly garbage, and the thread idles while two others write: a
    // collection here (when node runs with --expose-gc, as npm run build does) lowers the peak.
    (globalThis as { gc?: () => void }).gc?.();
    const sharedCounts = formats.complete(TABLES.map((t) => t.name).filter((name) => !(name in perReportCounts)));
    const rowCounts = Object.fromEntries(TABLES.map((t) => [t.name, perReportCounts[t.name] ?? sharedCounts[t.name]]));
    const checksPassed = Object.values(rowCounts).reduce((n, count) => n + count, 0);
    const { problems, spent: writers } = await formats.finish();
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    log(`written: json and csv ${s(writers.json_csv)}, arrow ${s(writers.arrow)}; alongside: duckdb ${s(writers.duckdb)}, parquet ${s(writers.parquet)}`);
    problems.push(...(await compareDuckDbWithParquet(staging)));
    if (problems.length) throw new InputError(problems);
    await keepUnchangedDatabase(staging, target);
    swapIn(staging, target);
    timings.write += performance.now() - writeStarted;
    published = true;
    // Entries of earlier code no key reaches again, and entries no longer used: removed once a
    // build has used the current ones.
    if (cacheDir !== null) {
      try {
        const pruned = pruneCache(cacheDir, usedEntries);
        if (pruned.versions) log(`cache: removed the entries of ${pruned.versions} earlier code version(s)`);
        if (pruned.entries) log(`cache: removed ${plural(pruned.entries, 'result')} this build did not use`);
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
      writers,
      checksPassed,
      rules: RULES.length,
      cacheHits: hits,
      processing,
    };
  } finally {
    if (!published) {
      await pool?.close(); // closing twice is harmless: the threads have stopped
      await formats.close();
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
  files: DatasetWriter,
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
  // each check and write add up (BENCHMARKS.md).
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

