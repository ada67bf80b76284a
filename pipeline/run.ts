// The pipeline: the stages in order (declared once, in STAGES), the raw folder's bookkeeping,
// and the atomic publish of dist/. Only this module and write/ touch the file system.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import type { Tables } from '../schemas/tables.ts';
import { checkTables, RULES } from './check/index.ts';
import { CountryResolver } from './ingest/countries.ts';
import { extractReport, type Extraction } from './extract/index.ts';
import { parseAliases, type PersonAlias } from './extract/identity.ts';
import { ingestFile, parseSourcePath, type Document } from './ingest/document.ts';
import { MANIFEST_FILE, parseManifest, type ManifestEntry } from './ingest/manifest.ts';
import { parseDocument } from './parse/index.ts';
import type { Report } from './parse/report.ts';
import { InputError, problem, sortProblems, type Problem } from './problems.ts';
import { buildTables } from './tables/index.ts';
import { writeDataset } from './write/index.ts';
import { validateDist } from './validate.ts';

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
  /** Progress messages (the CLI sends them to stderr). */
  log?: (message: string) => void;
}

export interface Rejected {
  report: string;
  problems: Problem[];
}

export interface BuildResult {
  tables: Tables;
  warnings: Problem[];
  rejected: Rejected[];
  timings: Record<Stage, number>;
  checksPassed: number;
  rules: number;
}

export function loadCountries(raw?: string): CountryResolver {
  const local = raw ? join(raw, 'country-overrides.csv') : null;
  return new CountryResolver(readFileSync(local && existsSync(local) ? local : COUNTRY_OVERRIDES, 'utf8'));
}

/** The reviewed person aliases: the raw folder's own, else the project's. */
export function loadAliases(raw?: string): PersonAlias[] {
  const local = raw ? join(raw, 'person-aliases.csv') : null;
  const file = local && existsSync(local) ? local : PERSON_ALIASES;
  return existsSync(file) ? parseAliases(readFileSync(file, 'utf8')) : [];
}

/** Every `.txt` file under the raw folder, relative, with forward slashes. */
export function listRawFiles(raw: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.txt')) found.push(relative(raw, path).split(sep).join('/'));
    }
  };
  walk(raw);
  return found.sort();
}

interface IngestResult {
  documents: Document[];
  problems: Problem[];
  manifest: Map<string, ManifestEntry>;
}

async function ingestStage(raw: string, countries: CountryResolver): Promise<IngestResult> {
  const problems: Problem[] = [];
  if (!existsSync(raw) || !statSync(raw).isDirectory()) throw new InputError([problem('RAW_MISSING', 'the raw folder does not exist', { file: raw })]);
  const manifestPath = join(raw, MANIFEST_FILE);
  const manifest = new Map<string, ManifestEntry>();
  const files = listRawFiles(raw);
  if (existsSync(manifestPath)) {
    const parsed = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
    problems.push(...parsed.problems);
    for (const entry of parsed.entries) {
      const path = parseSourcePath(entry.source_file ?? '');
      if (typeof path === 'string') {
        problems.push(problem('MANIFEST_BAD_PATH', `${JSON.stringify(entry.source_file)}: ${path}`, { file: manifestPath, line: entry.line, field: 'source_file' }));
        continue;
      }
      manifest.set(entry.source_file, entry);
      if (!files.includes(entry.source_file)) {
        problems.push(problem('MANIFEST_FILE_MISSING', `${entry.source_file} is in the manifest but not in the raw folder`, { file: manifestPath, line: entry.line }));
      }
    }
    for (const file of files) {
      if (!manifest.has(file)) problems.push(problem('NOT_IN_MANIFEST', `not listed in ${MANIFEST_FILE}; run \`npm run manifest\``, { file }));
    }
  } else {
    problems.push(problem('NO_MANIFEST', `no ${MANIFEST_FILE}: hashes are not checked; \`npm run manifest -- --raw ${raw}\` writes one`, { file: raw, severity: 'warning' }));
  }
  const limit = pLimit(8);
  const results = await Promise.all(
    files.map((file) =>
      limit(async () => ingestFile({ source_file: file, bytes: readFileSync(join(raw, file)) }, manifest.get(file) ?? null, countries)),
    ),
  );
  const documents: Document[] = [];
  for (const r of results) {
    problems.push(...r.problems);
    if (r.document) documents.push(r.document);
  }
  for (const d of documents) {
    const entry = manifest.get(d.source_file);
    if (!entry) continue;
    const where = { file: manifestPath, line: entry.line, report_id: d.report_id };
    if (entry.publication !== d.publication || entry.edition !== d.edition) {
      problems.push(problem('METADATA_MISMATCH', `manifest says ${entry.publication} ${entry.edition} for ${d.source_file}`, { ...where, field: 'publication' }));
    }
    if (entry.country_code && entry.country_code !== d.country_code) {
      problems.push(problem('METADATA_MISMATCH', `manifest says ${entry.country_code} for ${d.source_file}, the path ${d.country_code}`, { ...where, field: 'country_code' }));
    }
  }
  return { documents, problems, manifest };
}

function parseStage(documents: Document[], countries: CountryResolver): { reports: Report[]; problems: Problem[] } {
  const reports: Report[] = [];
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  for (const document of documents) {
    const result = parseDocument(document, countries);
    problems.push(...result.problems);
    if (!result.report) continue;
    const clash = ids.get(document.report_id);
    if (clash) {
      problems.push(problem('DUPLICATE_REPORT', `${document.report_id} is also read from ${clash}`, { file: document.source_file, report_id: document.report_id }));
      continue;
    }
    ids.set(document.report_id, document.source_file);
    reports.push(result.report);
  }
  return { reports, problems };
}

/** Which report (by source file) each problem rejects; null for problems that stop the build. */
function rejectedFile(p: Problem, fileOf: Map<string, string>): string | null {
  if (p.report_id && fileOf.has(p.report_id)) return fileOf.get(p.report_id)!;
  if (typeof parseSourcePath(p.file) !== 'string') return p.file;
  return null;
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
  const countries = loadCountries(options.raw);
  const ingested = await time('ingest', () => ingestStage(options.raw, countries));
  log(`ingest: ${ingested.documents.length} reports read`);
  const parsed = await time('parse', () => parseStage(ingested.documents, countries));
  let reports = parsed.reports;
  const extractions: Extraction[] = await time('extract', () => reports.map(extractReport));
  const aliases = loadAliases(options.raw);
  let tables = await time('tables', () => buildTables(reports, extractions, aliases));
  let checkProblems = await time('check', () => checkTables(tables));

  const all = [...ingested.problems, ...parsed.problems, ...checkProblems];
  const errors = all.filter((p) => p.severity === 'error');
  const warnings = all.filter((p) => p.severity === 'warning');
  const fileOf = new Map(ingested.documents.map((d) => [d.report_id, d.source_file]));
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
    tables = buildTables(reports, extractions, aliases);
    checkProblems = checkTables(tables).filter((p) => p.severity === 'error');
    if (checkProblems.length) throw new InputError(checkProblems);
  }
  if (reports.length === 0) throw new InputError([problem('NO_REPORTS', 'no report passed its checks; nothing to publish', { file: options.raw })]);

  await time('write', () => publish(tables, options.out, log));
  return { tables, warnings: sortProblems(warnings), rejected, timings, checksPassed: countChecks(tables), rules: RULES.length };
}

/** Rows every rule of the check stage ran over. */
function countChecks(tables: Tables): number {
  return Object.values(tables).reduce((n, rows) => n + rows.length, 0);
}

/**
 * Writes the dataset into a fresh sibling folder, validates what was written, then swaps it in:
 * `out` always holds either the previous complete dataset or the new one.
 */
export async function publish(tables: Tables, out: string, log: (m: string) => void = () => {}): Promise<void> {
  const target = resolve(out);
  recoverInterruptedPublish(target);
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await writeDataset(tables, staging);
    log('validate written files...');
    const problems = await validateDist(staging);
    if (problems.length) throw new InputError(problems);
    const previous = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
    rmSync(previous, { recursive: true, force: true });
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
