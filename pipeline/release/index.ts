// Assembles a release folder from a clean build, verifies it (versions, dist freshness, version
// bump, schemas and checks, the Data Package descriptor, checksums), and only then renames it
// into place: a failed or interrupted release leaves no partial folder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import ajvDraft04 from 'ajv-draft-04';
import { columnsOf } from '../../schemas/columns.ts';
import { generatedFiles } from './generated.ts';
import { TABLES, type Tables } from '../../schemas/tables.ts';
import { compareDatasets } from '../publish/compare.ts';
import { problem, InputError, type Problem } from '../common/problems.ts';
import { PROJECT_ROOT } from '../common/files.ts';
import { runPipeline } from '../run/build.ts';
import { readJsonTables, validateDist } from '../publish/validate.ts';
import { openDatabase, SQL_TYPES } from '../write/duckdb.ts';
import { buildSite } from '../../site/build.ts';
import { DATABASE, TABLE_FORMATS, tablePath } from '../../schemas/formats.ts';
import { dataPackage } from './datapackage.ts';
import { sha256File } from '../common/files.ts';
import { atLeast, bumpOf, currentColumns, diffReleases, formatDiff, loadReleaseFolder, loadTaggedRelease, type DataDiff, type ReleaseData } from './diff.ts';
import { changelogEntry, loadMetadata, SEMVER, type DatasetMetadata } from './metadata.ts';

export interface ReleaseOptions {
  version: string;
  out?: string;
  /** A previous release's assets; default: the newest older `v*` tag in git. */
  previous?: string;
  root?: string;
  raw?: string;
  dist?: string;
  log?: (message: string) => void;
}

export interface ReleaseResult {
  dir: string;
  diff: DataDiff;
  files: string[];
  notes: string;
}

// ajv-draft-04 is CommonJS: its class is the default export's `default`.
const AjvDraft04 = (ajvDraft04 as unknown as { default: (typeof ajvDraft04)['default'] }).default;

const refuse = (code: string, message: string, file = 'release') => new InputError([problem(code, message, { file })]);

/** Seconds since the epoch for every timestamp in a release: SOURCE_DATE_EPOCH, else the commit time. */
export function sourceDateEpoch(root: string): number {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  try {
    return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim());
  } catch {
    return 0;
  }
}

/** The version in package.json, CHANGELOG.md, CITATION.cff and .zenodo.json must all be this one. */
function checkVersions(root: string, version: string): DatasetMetadata {
  let metadata: DatasetMetadata;
  try {
    metadata = loadMetadata(root);
  } catch (error) {
    throw refuse('VERSION_MISMATCH', (error as Error).message, 'CHANGELOG.md');
  }
  if (metadata.version !== version) throw refuse('VERSION_MISMATCH', `package.json says ${metadata.version}, the release is ${version}`, 'package.json');
  if (!changelogEntry(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version)) throw refuse('VERSION_MISMATCH', `no CHANGELOG.md entry for ${version}`, 'CHANGELOG.md');
  for (const [path, content] of generatedFiles()) {
    if (!['CITATION.cff', '.zenodo.json'].includes(path)) continue;
    const current = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '';
    if (current !== content) throw refuse('VERSION_MISMATCH', `${path} does not carry version ${version} and its date; run npm run generate`, path);
  }
  return metadata;
}

export async function assembleRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const root = resolve(options.root ?? PROJECT_ROOT);
  const log = options.log ?? (() => {});
  const { version } = options;
  if (!SEMVER.test(version)) throw refuse('VERSION_FORMAT', `"${version}" is not a version X.Y.Z`);
  const out = resolve(options.out ?? join(root, 'release', version));
  if (existsSync(out)) throw refuse('RELEASE_EXISTS', `${out} exists already; a release never changes once made`);
  const metadata = checkVersions(root, version);

  log('clean build...');
  const scratch = mkdtempSync(join(tmpdir(), 'frd-release-'));
  try {
    const build = join(scratch, 'dist');
    await runPipeline({ raw: options.raw ?? join(root, 'raw'), out: build, log });
    const stale = await compareDatasets(resolve(options.dist ?? join(root, 'dist')), build);
    if (stale.length) throw refuse('DIST_STALE', `the committed dist/ differs from a clean build (${stale.slice(0, 3).join('; ')}); run npm run build and commit`, 'dist');

    const readProblems: Problem[] = [];
    const tables = readJsonTables(build, readProblems);
    if (readProblems.length) throw new InputError(readProblems);
    const current: ReleaseData = { version, tables, columns: currentColumns() };
    const previous = options.previous ? loadReleaseFolder(options.previous) : loadTaggedRelease(root, version);
    const diff = diffReleases(previous, current);
    if (previous) {
      const bump = bumpOf(previous.version, version);
      if (!bump) throw refuse('VERSION_NOT_NEWER', `${version} is not newer than the previous release ${previous.version}`);
      if (!atLeast(bump, diff.required)) throw refuse('BUMP_TOO_SMALL', `${previous.version} -> ${version} is a ${bump} bump, but the changes need a ${diff.required} one (${describeRequired(diff)})`);
    }

    const staging = join(dirname(out), `.${version}.tmp-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    try {
      const files = await writeAssets(build, staging, tables, metadata, diff, sourceDateEpoch(root));
      const problems = await verifyRelease(staging, version);
      if (problems.length) throw new InputError(problems);
      renameSync(staging, out);
      const notes = `${changelogEntry(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version)!.body}\n\n${formatDiff(diff)}`;
      writeFileSync(`${out}.notes.md`, notes);
      log(`release ${version}: ${files.length} assets in ${out}`);
      return { dir: out, diff, files, notes };
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function describeRequired(diff: DataDiff): string {
  if (diff.required === 'major') return diff.schema.filter((s) => s.change !== 'column added' && s.change !== 'table added').map((s) => `${s.table} ${s.change}${s.column ? ` ${s.column}` : ''}`).join(', ');
  if (diff.required === 'minor') return [diff.reportsAdded.length ? `${diff.reportsAdded.length} reports added` : '', ...diff.schema.map((s) => `${s.table} ${s.change}${s.column ? ` ${s.column}` : ''}`)].filter(Boolean).join(', ');
  return 'corrections';
}

export const CSV_ZIP = (version: string) => `freedom-reports-${version}-csv.zip`;

export const SITE_ZIP = (version: string) => `freedom-reports-${version}-site.zip`;

async function writeAssets(build: string, dir: string, tables: Tables, metadata: DatasetMetadata, diff: DataDiff, epoch: number): Promise<string[]> {
  const tableFiles: string[] = [];
  for (const table of TABLES) {
    for (const format of TABLE_FORMATS) {
      copyFileSync(join(build, tablePath(format, table.name)), join(dir, `${table.name}.${format.name}`));
      tableFiles.push(`${table.name}.${format.name}`);
    }
  }
  copyFileSync(join(build, DATABASE.file), join(dir, DATABASE.file));
  // Zip entries carry SOURCE_DATE_EPOCH as their time, so the zip is the same bytes on every build.
  // fflate writes the DOS time from local-time fields: shift so they read as UTC in any time zone.
  const utc = new Date(Math.max(epoch, 315532800) * 1000);
  const mtime = new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
  const entries = Object.fromEntries(TABLES.map((t) => [`${t.name}.csv`, [readFileSync(join(build, tablePath('csv', t.name))), { mtime, level: 9 }]]));
  const zip = CSV_ZIP(metadata.version);
  writeFileSync(join(dir, zip), zipSync(entries as never, { mtime }));
  writeFileSync(join(dir, 'DATA_DIFF.md'), formatDiff(diff));
  writeFileSync(join(dir, 'data-diff.json'), `${JSON.stringify(diff, null, 2)}\n`);
  for (const [path, content] of generatedFiles()) if (path === 'CITATION.cff' || path === '.zenodo.json') writeFileSync(join(dir, path), content);
  const created = new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
  const descriptor = dataPackage(metadata, created, dir, { tables: tableFiles, database: DATABASE.file, zip }, tables.reports);
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  // The site, built from the release's own files as any user would, unpacks beside them (its
  // download links point one folder up).
  const site = mkdtempSync(join(tmpdir(), 'frd-release-site-'));
  try {
    const { files } = await buildSite({ dist: dir, out: join(site, 'site'), downloadsBase: '../' });
    const siteEntries = Object.fromEntries(files.map((f) => [`site/${f}`, [readFileSync(join(site, 'site', f)), { mtime, level: f.endsWith('.wasm') ? 6 : 9 }]]));
    writeFileSync(join(dir, SITE_ZIP(metadata.version)), zipSync(siteEntries as never, { mtime }));
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
  const assets = readdirSync(dir).filter((f) => f !== 'SHA256SUMS').sort();
  writeFileSync(join(dir, 'SHA256SUMS'), assets.map((f) => `${sha256File(join(dir, f))}  ${f}\n`).join(''));
  return [...assets, 'SHA256SUMS'];
}

const SCHEMA_DIR = join(PROJECT_ROOT, 'schemas', 'vendor');

/** Every check a release must pass before it is moved into place. */
export async function verifyRelease(dir: string, version: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const say = (code: string, message: string, file: string) => problems.push(problem(code, message, { file: join(dir, file) }));
  // Checksums.
  for (const line of readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n')) {
    const [hash, file] = line.split(/\s+/);
    if (!existsSync(join(dir, file)) || sha256File(join(dir, file)) !== hash) say('CHECKSUM', `${file} does not match SHA256SUMS`, 'SHA256SUMS');
  }
  // The Data Package descriptor against the Frictionless profiles.
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
  const ajv = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, logger: false });
  const packageProfile = ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, 'data-package.json'), 'utf8')));
  const resourceProfile = ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, 'tabular-data-resource.json'), 'utf8')));
  if (!packageProfile(descriptor)) for (const e of packageProfile.errors ?? []) say('DATAPACKAGE', `${e.instancePath} ${e.message}`, 'datapackage.json');
  for (const r of descriptor.resources) {
    if (r.profile === 'tabular-data-resource' && !resourceProfile(r)) for (const e of resourceProfile.errors ?? []) say('DATAPACKAGE', `${r.name}${e.instancePath} ${e.message}`, 'datapackage.json');
    if (!existsSync(join(dir, r.path))) say('DATAPACKAGE_FILE', `${r.path} is missing`, 'datapackage.json');
    else if (r.hash && `sha256:${sha256File(join(dir, r.path))}` !== r.hash) say('DATAPACKAGE_HASH', `${r.path} does not match its declared hash`, 'datapackage.json');
  }
  for (const [file, found] of [
    ['datapackage.json', descriptor.version],
    ['.zenodo.json', JSON.parse(readFileSync(join(dir, '.zenodo.json'), 'utf8')).version],
    ['CITATION.cff', /^version: (.+)$/m.exec(readFileSync(join(dir, 'CITATION.cff'), 'utf8'))?.[1]],
  ]) {
    if (found !== version) say('VERSION_MISMATCH', `carries version ${found}, not ${version}`, file);
  }
  // Tables: schemas and every check, read back from the JSON files; CSV and Arrow against them; Parquet against its schema.
  const asDist = mkdtempSync(join(tmpdir(), 'frd-verify-'));
  try {
    for (const format of TABLE_FORMATS) {
      mkdirSync(join(asDist, format.name));
      for (const t of TABLES) copyFileSync(join(dir, `${t.name}.${format.name}`), join(asDist, tablePath(format, t.name)));
    }
    copyFileSync(join(dir, DATABASE.file), join(asDist, DATABASE.file));
    problems.push(...(await validateDist(asDist)));
  } finally {
    rmSync(asDist, { recursive: true, force: true });
  }
  problems.push(...(await checkParquetSchemas(dir)));
  return problems;
}

/** A DuckDB query of each Parquet file must agree with the declared columns, types and required fields. */
export async function checkParquetSchemas(dir: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { instance, connection } = await openDatabase(':memory:');
  try {
    for (const table of TABLES) {
      const file = join(dir, `${table.name}.parquet`);
      const described = (await (await connection.run(`DESCRIBE SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`)).getRowObjectsJS()) as { column_name: string; column_type: string }[];
      const declared = columnsOf(table).map((c) => `${c.name}:${SQL_TYPES[c.type]}`);
      const found = described.map((d) => `${d.column_name}:${d.column_type}`);
      if (declared.join(',') !== found.join(',')) problems.push(problem('PARQUET_SCHEMA', `columns ${found.join(', ')} differ from the declared ${declared.join(', ')}`, { file }));
      for (const c of columnsOf(table).filter((c) => !c.nullable)) {
        const nulls = await (await connection.run(`SELECT count(*) FROM read_parquet('${file.replace(/'/g, "''")}') WHERE "${c.name.replace(/"/g, '""')}" IS NULL`)).getRowsJS();
        if (Number(nulls[0][0]) > 0) problems.push(problem('PARQUET_REQUIRED', `required column ${c.name} has ${nulls[0][0]} nulls`, { file }));
      }
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return problems;
}
