// The whole pipeline on raw folders: outputs, determinism, refusals, --keep-going, and that a
// failed build never leaves a half-written output folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDatasets } from '../pipeline/publish/compare.ts';
import { InputError } from '../pipeline/common/problems.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { validateDist } from '../pipeline/publish/validate.ts';
import { openDatabase } from '../pipeline/write/duckdb.ts';
import { TABLE_FORMATS } from '../schemas/formats.ts';
import { renderFiw, renderNit, uniformScores } from '../scripts/synthetic.ts';
import { buildTables } from '../pipeline/tables/index.ts';
import { makeRaw, parseText, readSeed, SEED_FIW, SEED_NIT, tempDir } from './helpers.ts';

const RAW = join(PROJECT_ROOT, 'raw');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/cli.ts'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

async function failure(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the build to fail');
}

describe('build of the seed reports', () => {
  it('writes every table in every format, the same bytes twice', async () => {
    const a = join(tempDir(), 'dist');
    const b = join(tempDir(), 'dist');
    const result = await runPipeline({ raw: RAW, out: a });
    await runPipeline({ raw: RAW, out: b });
    expect(result.reports).toEqual(['fiw-2024-kaz', 'nit-2024-kaz']);
    expect(result.rejected).toEqual([]);
    for (const { name: format } of TABLE_FORMATS) {
      expect(readdirSync(join(a, format)).sort()).toEqual(['event_people', 'events', 'fiw_all_data', 'indicators', 'mentions', 'nit_all_data', 'notes', 'paragraphs', 'people', 'reports', 'scores'].map((t) => `${t}.${format}`));
    }
    expect(existsSync(join(a, 'freedom-reports.duckdb'))).toBe(true);
    expect(await compareDatasets(a, b)).toEqual([]);
    expect(await validateDist(a)).toEqual([]);
  }, 60_000);

  it('the tables over all reports, checked and written a batch of reports at a time, hold what they hold built at once', async () => {
    const bolivia = renderFiw({ country: 'Bolivia', edition: 2021, scores: uniformScores(2) });
    const raw = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW), 'nit/2024/kazakhstan.txt': readSeed(SEED_NIT), 'fiw/2021/bolivia.txt': bolivia });
    const out = join(tempDir(), 'dist');
    await runPipeline({ raw, out, cache: null, sharedBatchRows: 1 });
    const parsed = [parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt'), parseText(readSeed(SEED_NIT), 'nit/2024/kazakhstan.txt'), parseText(bolivia, 'fiw/2021/bolivia.txt')];
    const all = buildTables(parsed.map((p) => p.report), parsed.map((p) => p.extraction));
    for (const table of ['indicators', 'people', 'mentions', 'event_people']) {
      expect(JSON.parse(readFileSync(join(out, 'json', `${table}.json`), 'utf8'))).toEqual(all[table]);
    }
    expect(all.mentions.length).toBeGreaterThan(100);
    expect(await validateDist(out)).toEqual([]);
  }, 60_000);

  it('refuses a person-aliases.csv row that would give a wrong id, naming its line, before writing anything', async () => {
    const aliases = '# reviewed\nname,person_id\nKarim Masimov,karim-massimov\nQasym-Jomart Toqaev,Tokayev_K\nNursultan Nazarbaev,\n';
    const raw = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW), 'person-aliases.csv': aliases });
    const out = join(tempDir(), 'dist');
    const error = await failure(runPipeline({ raw, out, cache: null }));
    expect(error.problems.map((p) => [p.code, p.file.endsWith('person-aliases.csv'), p.line, p.field])).toEqual([
      ['ALIAS_PERSON_ID', true, 4, 'person_id'],
      ['ALIAS_INCOMPLETE', true, 5, 'person_id'],
    ]);
    expect(existsSync(out)).toBe(false);
    const unreadable = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW), 'person-aliases.csv': 'name,person_id\n"Karim Masimov,karim-massimov\n' });
    expect((await failure(runPipeline({ raw: unreadable, out, cache: null }))).problems).toMatchObject([{ code: 'ALIASES_UNREADABLE', line: 2 }]);
  });

  it('refuses a country-overrides.csv row that would mislabel a country, naming its line and field, before writing anything', async () => {
    const overrides = 'name,country_code,country_or_territory,aliases\nKazakhstan,KAZ,,\nAbkhazia,xab,t,\nCrimea,XCR,territory,\n';
    const raw = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW), 'country-overrides.csv': overrides, 'person-aliases.csv': 'name,person_id\nKarim Masimov,Massimov\n' });
    const out = join(tempDir(), 'dist');
    const error = await failure(runPipeline({ raw, out, cache: null }));
    // Every problem of both reference files, not only the first file's.
    expect(error.problems.map((p) => [p.code, p.file.split('/').pop(), p.line, p.field])).toEqual([
      ['OVERRIDE_ROW', 'country-overrides.csv', 3, 'country_code'],
      ['OVERRIDE_ROW', 'country-overrides.csv', 4, 'country_or_territory'],
      ['ALIAS_PERSON_ID', 'person-aliases.csv', 2, 'person_id'],
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a raw file whose hash disagrees with the manifest, leaving the output as it was', async () => {
    const raw = makeRaw({
      'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW).replace('NOT FREE', 'NOT  FREE'),
      'nit/2024/kazakhstan.txt': readSeed(SEED_NIT),
      'sources.csv': readFileSync(join(RAW, 'sources.csv'), 'utf8'),
    });
    const out = join(tempDir(), 'dist');
    await runPipeline({ raw: RAW, out });
    const before = readFileSync(join(out, 'json/scores.json'), 'utf8');
    const error = await failure(runPipeline({ raw, out }));
    expect(error.problems).toMatchObject([{ code: 'HASH_MISMATCH', file: 'fiw/2024/kazakhstan.txt', line: null, message: expect.stringContaining('sources.csv lists on its line 2') }]);
    expect(readFileSync(join(out, 'json/scores.json'), 'utf8')).toBe(before);
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  }, 60_000);

  it('builds a folder without a manifest, with a warning, and `manifest` writes one', async () => {
    const raw = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW) });
    const result = await runPipeline({ raw, out: join(tempDir(), 'dist') });
    expect(result.warnings.map((w) => w.code)).toEqual(['NO_MANIFEST']);
    const run = cli('manifest', '--raw', raw);
    expect(run.status).toBe(0);
    expect(readFileSync(join(raw, 'sources.csv'), 'utf8')).toBe(readFileSync(join(RAW, 'sources.csv'), 'utf8').split('\r\n').filter((l) => !l.startsWith('nit/')).join('\r\n'));
  }, 60_000);
});

describe('bad input', () => {
  const good = renderFiw({ country: 'Bolivia', edition: 2021, scores: uniformScores(2) });
  const badTotal = renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3), printedTotal: 12 });
  const nit = renderNit({ country: 'Moldova', edition: 2022, ratings: { national_democratic_governance: 3.5, electoral_process: 4, civil_society: 4.75, independent_media: 3.25, local_democratic_governance: 3.75, judicial_framework_and_independence: 3, corruption: 2.75 } });

  it('fails the build by default, listing every problem, and writes nothing', async () => {
    const raw = makeRaw({ 'fiw/2021/bolivia.txt': good, 'fiw/2021/chile.txt': badTotal, 'fiw/2021/peru.txt': new Uint8Array([0x41, 0x0a, 0xc3, 0x28]) });
    const out = join(tempDir(), 'dist');
    const error = await failure(runPipeline({ raw, out }));
    expect(error.problems.map((p) => `${p.file}:${p.line} ${p.code}`).sort()).toEqual(['fiw/2021/chile.txt:4 FIW_TOTAL_SUM', 'fiw/2021/peru.txt:2 INVALID_UTF8']);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

  it('--keep-going builds the good reports and lists the rejected ones', async () => {
    const raw = makeRaw({ 'fiw/2021/bolivia.txt': good, 'fiw/2021/chile.txt': badTotal, 'nit/2022/moldova.txt': nit, 'fiw/2021/atlantis.txt': good });
    const result = await runPipeline({ raw, out: join(tempDir(), 'dist'), keepGoing: true });
    expect(result.reports).toEqual(['fiw-2021-bol', 'nit-2022-mda']);
    expect(result.rejected.map((r) => [r.report, r.problems.map((p) => p.code)])).toEqual([
      ['fiw/2021/atlantis.txt', ['UNKNOWN_COUNTRY']],
      ['fiw/2021/chile.txt', ['FIW_TOTAL_SUM']],
    ]);
  });

  it('the command line names file and line, exits 1, and leaves dist alone', () => {
    const raw = makeRaw({ 'fiw/2021/chile.txt': badTotal });
    const out = join(tempDir(), 'dist');
    const run = cli('build', '--raw', raw, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('fiw/2021/chile.txt:4: FIW_TOTAL_SUM [scores.value] total is 12, but PR 30 + CL 45 = 75');
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('validation of written files names the JSON file and line of a tampered row', async () => {
    const out = join(tempDir(), 'dist');
    await runPipeline({ raw: RAW, out });
    const file = join(out, 'json/scores.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"value":23,', '"value":"23",'));
    const problems = await validateDist(out);
    const schema = problems.find((p) => p.code === 'JSON_SCHEMA');
    expect(schema?.file).toBe(file);
    expect(readFileSync(file, 'utf8').split('\n')[schema!.line! - 1]).toContain('"fiw.total"');
    expect(problems.some((p) => p.code === 'DUCKDB_PARQUET_DIFFER')).toBe(false);
  }, 60_000);

  it('validation checks every format on disk: a deleted Arrow file, an edited CSV cell, a database that lost rows', async () => {
    const out = join(tempDir(), 'dist');
    await runPipeline({ raw: RAW, out, cache: null });
    expect(await validateDist(out)).toEqual([]);
    rmSync(join(out, 'arrow/people.arrow'));
    const csv = join(out, 'csv/reports.csv');
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    lines[2] = lines[2].replace(',4.76,', ',4.67,');
    writeFileSync(csv, lines.join('\r\n'));
    const { instance, connection } = await openDatabase(join(out, 'freedom-reports.duckdb'));
    await connection.run("DELETE FROM event_people WHERE person_id LIKE 'k%'");
    connection.closeSync();
    instance.closeSync();
    const problems = (await validateDist(out)).map((p) => `${basename(dirname(p.file))}/${basename(p.file)}:${p.line ?? ''} ${p.code}`);
    expect(problems).toEqual(expect.arrayContaining(['csv/reports.csv:3 CSV_DIFFERS', 'arrow/people.arrow: FILE_MISSING', 'dist/freedom-reports.duckdb: DUCKDB_JSON_DIFFER']));
    expect(problems).toHaveLength(4); // and the Parquet file of event_people against the database
  }, 60_000);
});

describe('the output folder', () => {
  // The new dataset replaces the output folder whole: what it would delete is checked first.
  const good = renderFiw({ country: 'Bolivia', edition: 2021, scores: uniformScores(2) });
  const problemsOf = async (raw: string, out: string) => (await failure(runPipeline({ raw, out, cache: null }))).problems.map((p) => `${p.code} ${p.file === resolve(out) ? 'out' : p.file}`);

  it('is refused when it is, holds or lies in the raw folder, and the raw folder stays as it was', async () => {
    const raw = makeRaw({ 'fiw/2021/bolivia.txt': good });
    const before = readdirSync(raw, { recursive: true }).sort();
    expect(await problemsOf(raw, raw)).toEqual(['OUT_OVERLAPS_RAW out']);
    expect(await problemsOf(raw, join(raw, '..'))).toEqual(['OUT_OVERLAPS_RAW out']);
    expect(await problemsOf(raw, join(raw, 'dist'))).toEqual(['OUT_OVERLAPS_RAW out']);
    const link = join(tempDir(), 'link');
    symlinkSync(raw, link); // the same folder by another name
    expect(await problemsOf(raw, link)).toEqual(['OUT_OVERLAPS_RAW out']);
    expect(readdirSync(raw, { recursive: true }).sort()).toEqual(before);
  });

  it('is refused when it holds anything a build does not write, or is a file; the folder stays as it was', async () => {
    const raw = makeRaw({ 'fiw/2021/bolivia.txt': good });
    const out = tempDir();
    writeFileSync(join(out, 'thesis.tex'), 'years of work\n');
    const problems = await problemsOf(raw, out);
    expect(problems).toEqual(['OUT_NOT_A_DATASET out']);
    expect(readdirSync(out)).toEqual(['thesis.tex']);
    const file = join(out, 'thesis.tex');
    expect(await problemsOf(raw, file)).toEqual(['OUT_NOT_A_DATASET out']);
    expect(readFileSync(file, 'utf8')).toBe('years of work\n');
  });

  it('replaces an earlier dataset (and a desktop\'s .DS_Store), or fills an empty folder', async () => {
    const raw = makeRaw({ 'fiw/2021/bolivia.txt': good });
    const out = tempDir();
    await runPipeline({ raw, out, cache: null });
    writeFileSync(join(out, '.DS_Store'), '');
    await runPipeline({ raw, out, cache: null });
    expect(readdirSync(out).sort()).toEqual(['arrow', 'csv', 'freedom-reports.duckdb', 'json', 'parquet']);
  }, 60_000);
});

describe('the database file', { timeout: 60_000 }, () => {
  it('is kept byte for byte when a rebuild holds the same data, and replaced when the data changes', async () => {
    const out = join(tempDir(), 'dist');
    const db = join(out, 'freedom-reports.duckdb');
    await runPipeline({ raw: RAW, out, cache: null, workers: 0 });
    const first = readFileSync(db);
    await runPipeline({ raw: RAW, out, cache: null, workers: 0 });
    expect(readFileSync(db).equals(first)).toBe(true);
    const raw = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW) });
    await runPipeline({ raw, out, cache: null, workers: 0 });
    expect(readFileSync(db).equals(first)).toBe(false);
    expect(await validateDist(out)).toEqual([]);
  });
});
