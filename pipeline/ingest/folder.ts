// The raw folder's bookkeeping: its reference files (country overrides, regions, person aliases,
// acknowledgements), its report files and manifest, and every problem of those before a report
// is read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../common/files.ts';
import { InputError, problem, type Problem } from '../common/problems.ts';
import { ACKNOWLEDGED_FILE, readAcknowledged } from './acknowledged.ts';
import { readAliases, type PersonAlias } from './aliases.ts';
import { checkCountryOverrides, CountryResolver } from './countries.ts';
import { parseSourcePath, reportIdOf } from './document.ts';
import { scanRawFolder, type SkippedEntry } from './files.ts';
import { MANIFEST_FILE, parseManifest, type ManifestEntry } from './manifest.ts';
import { readRegions, REGIONS_FILE, type RegionTable } from './regions.ts';

const COUNTRY_OVERRIDES = join(PROJECT_ROOT, 'raw', 'country-overrides.csv');
const PERSON_ALIASES = join(PROJECT_ROOT, 'raw', 'person-aliases.csv');

/** The country override table: the raw folder's own, else the project's. */
function countryOverridesFile(raw?: string): string {
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

/**
 * The raw folder's reference files (else the project's), read and checked before anything is
 * built: a wrong row would mislabel every report of a country, or give a person a wrong id
 * everywhere. `regions` keeps the file's text: the workers read it again (a RegionTable does not
 * cross threads).
 */
export function readReferenceFiles(raw: string) {
  const overridesFile = countryOverridesFile(raw);
  const overrides = readFileSync(overridesFile, 'utf8');
  const { aliases, problems: aliasProblems } = aliasesOf(raw);
  const { acknowledged, problems: acknowledgedProblems } = acknowledgedOf(raw);
  const problems = [...checkCountryOverrides(overrides, overridesFile), ...aliasProblems, ...acknowledgedProblems];
  if (problems.length) throw new InputError(problems);
  const countries = new CountryResolver(overrides);
  return { overrides, countries, aliases, acknowledged, regions: regionsOf(raw, countries) };
}

/** The raw folder's reviewed acknowledgements (never the project's: they name the folder's own files). */
function acknowledgedOf(raw: string): ReturnType<typeof readAcknowledged> {
  const file = join(raw, ACKNOWLEDGED_FILE);
  return existsSync(file) ? readAcknowledged(readFileSync(file, 'utf8'), file) : { acknowledged: [], problems: [] };
}

export interface RawFolder {
  files: string[];
  manifest: Map<string, ManifestEntry>;
  manifestPath: string;
  problems: Problem[];
}

const RAW_LAYOUT = '<publication>/<edition>/<country>.txt under the raw folder (e.g. fiw/2023/chile.txt)';

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
export function readRawFolder(raw: string): RawFolder {
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
export function checkAgainstManifest(report: { report_id: string; publication: string; edition: number; country_code: string }, source_file: string, folder: RawFolder): Problem[] {
  const problems: Problem[] = [];
  const entry = folder.manifest.get(source_file);
  if (!entry) return problems;
  const { report_id, publication, edition, country_code } = report;
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
export const FATAL = new Set(['RAW_MISSING', 'RAW_LAYOUT', 'MANIFEST_UNREADABLE', 'NO_REPORTS']);

/**
 * The id a raw file's report will have, known from its path before it is read (ingest gives
 * the same); files that will not give one sort first. Reports are processed in this order,
 * which is the order of every per-report table: report ids are fixed-width.
 */
export function expectedReportId(file: string, countries: CountryResolver): string {
  const parts = parseSourcePath(file);
  if (typeof parts === 'string') return '';
  const country = countries.resolve(parts.slug);
  return country ? reportIdOf(parts.publication, parts.edition, country.code) : '';
}
