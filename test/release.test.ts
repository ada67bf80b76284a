// Releases: the same bytes from two builds, and a refusal for each way a release can be wrong.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { compareDatabases } from '../pipeline/publish/compare.ts';
import { InputError } from '../pipeline/common/problems.ts';
import { assembleRelease, verifyRelease } from '../pipeline/release/index.ts';
import { diffReleases, type ReleaseData } from '../pipeline/release/diff.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { makeRaw, readSeed, SEED_FIW, SEED_NIT, tempDir } from './helpers.ts';

const VERSION = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).version as string;

function release(out: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/release/cli.ts'), '--version', VERSION, '--out', out], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1764000000', ...env },
  });
}

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => p.code);
    throw error;
  }
  throw new Error('expected the release to be refused');
}

describe('release', () => {
  let first: string;
  let second: string;
  beforeAll(() => {
    first = join(tempDir(), VERSION);
    second = join(tempDir(), VERSION);
    const a = release(first, { TZ: 'UTC', UV_THREADPOOL_SIZE: '1' });
    const b = release(second, { TZ: 'Pacific/Auckland', UV_THREADPOOL_SIZE: '8' });
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
  }, 120_000);

  it('is byte-identical across directories, time zones and thread counts (the database by content)', async () => {
    // The site lists the database's sha256 on its home page: it differs where the database's bytes do.
    const sums = (dir: string) => readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split('\n').filter((l) => !l.endsWith('.duckdb') && !l.endsWith('-site.zip'));
    expect(sums(first)).toEqual(sums(second));
    const site = (dir: string) => unzipSync(readFileSync(join(dir, `freedom-reports-${VERSION}-site.zip`)));
    const [siteA, siteB] = [site(first), site(second)];
    expect(Object.keys(siteA)).toEqual(Object.keys(siteB));
    expect(Object.keys(siteA)).toEqual(expect.arrayContaining(['site/index.html', 'site/reports/fiw-2024-kaz.html', 'site/console.html', 'site/assets/duckdb/duckdb-eh.wasm']));
    for (const f of Object.keys(siteA)) if (f !== 'site/index.html') expect(Buffer.from(siteA[f]).equals(Buffer.from(siteB[f])), f).toBe(true);
    // Its downloads are the release's files, one folder up.
    expect(new TextDecoder().decode(siteA['site/index.html'])).toContain('<a href="../reports.csv">reports.csv</a>');
    expect(sums(first).length).toBeGreaterThan(40);
    expect(await compareDatabases(join(first, 'freedom-reports.duckdb'), join(second, 'freedom-reports.duckdb'))).toEqual([]);
    expect(readFileSync(join(first, 'SHA256SUMS'), 'utf8')).toContain('  freedom-reports.duckdb\n');
  });

  it('carries one version everywhere, a Data Package descriptor that validates, and verifies', async () => {
    const descriptor = JSON.parse(readFileSync(join(first, 'datapackage.json'), 'utf8'));
    expect(descriptor.version).toBe(VERSION);
    expect(descriptor.created).toBe('2025-11-24T16:00:00Z');
    expect(descriptor.sources).toContainEqual(expect.objectContaining({ path: 'raw/fiw/2024/kazakhstan.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }));
    const scores = descriptor.resources.find((r: { name: string }) => r.name === 'scores');
    expect(scores).toMatchObject({ format: 'csv', hash: expect.stringMatching(/^sha256:/), schema: { primaryKey: ['report_id', 'indicator_id'] } });
    expect(readFileSync(join(first, 'CITATION.cff'), 'utf8')).toContain(`version: ${VERSION}`);
    expect(JSON.parse(readFileSync(join(first, '.zenodo.json'), 'utf8')).version).toBe(VERSION);
    expect(await verifyRelease(first, VERSION)).toEqual([]);
    expect(existsSync(`${first}.notes.md`)).toBe(true);
  });

  it('SHA256SUMS checks with sha256sum -c, and verification catches a changed asset', async () => {
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: first, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    const copy = join(tempDir(), VERSION);
    cpSync(first, copy, { recursive: true });
    writeFileSync(join(copy, 'reports.csv'), 'tampered\r\n');
    expect((await verifyRelease(copy, VERSION)).map((p) => p.code)).toEqual(expect.arrayContaining(['CHECKSUM', 'DATAPACKAGE_HASH']));
  });

  it('refuses a stale dist/', async () => {
    const dist = join(tempDir(), 'dist');
    cpSync(join(PROJECT_ROOT, 'dist'), dist, { recursive: true });
    writeFileSync(join(dist, 'json/reports.json'), '[]\n');
    const out = join(tempDir(), VERSION);
    expect(await refusal(assembleRelease({ version: VERSION, out, dist }))).toEqual(['DIST_STALE']);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refuses a version package.json, CHANGELOG.md and CITATION.cff do not carry', async () => {
    expect(await refusal(assembleRelease({ version: '9.9.9', out: join(tempDir(), '9.9.9') }))).toEqual(['VERSION_MISMATCH']);
  });

  it('refuses a bump smaller than the changes need, and a version that is not newer', async () => {
    const previous = join(tempDir(), 'previous');
    cpSync(first, previous, { recursive: true });
    const descriptor = JSON.parse(readFileSync(join(previous, 'datapackage.json'), 'utf8'));
    descriptor.version = '0.0.9';
    // The previous release had a column this one no longer has: a MAJOR change.
    descriptor.resources.find((r: { name: string }) => r.name === 'reports-json').schema.fields.push({ name: 'legacy_code', type: 'string' });
    writeFileSync(join(previous, 'datapackage.json'), JSON.stringify(descriptor));
    expect(await refusal(assembleRelease({ version: VERSION, out: join(tempDir(), VERSION), previous }))).toEqual(['BUMP_TOO_SMALL']);
    descriptor.version = VERSION;
    writeFileSync(join(previous, 'datapackage.json'), JSON.stringify(descriptor));
    expect(await refusal(assembleRelease({ version: VERSION, out: join(tempDir(), VERSION), previous }))).toEqual(['VERSION_NOT_NEWER']);
  }, 120_000);

  it('refuses a release whose build fails a check, leaving nothing behind', async () => {
    const raw = makeRaw({
      'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW),
      'nit/2024/kazakhstan.txt': readSeed(SEED_NIT),
      'fiw/2021/chile.txt': renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3), printedTotal: 12 }),
    });
    const out = join(tempDir(), VERSION);
    expect(await refusal(assembleRelease({ version: VERSION, out, raw }))).toEqual(['FIW_TOTAL_SUM']);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('data diff and version rules', () => {
  const data = (version: string, reports: string[], scores: [string, string, number][], columns: Record<string, string> = { report_id: 'string' }): ReleaseData => ({
    version,
    tables: { reports: reports.map((report_id) => ({ report_id })), scores: scores.map(([report_id, indicator_id, value]) => ({ report_id, indicator_id, value })) },
    columns: { reports: columns, scores: { report_id: 'string', indicator_id: 'string', value: 'number' } },
  });

  it('a correction needs a patch, a new report a minor, a removed or retyped column a major', () => {
    const v1 = data('1.0.0', ['fiw-2024-kaz'], [['fiw-2024-kaz', 'fiw.A1', 0]]);
    const corrected = diffReleases(v1, data('1.0.1', ['fiw-2024-kaz'], [['fiw-2024-kaz', 'fiw.A1', 1]]));
    expect(corrected.required).toBe('patch');
    expect(corrected.scoresChanged).toEqual([{ report_id: 'fiw-2024-kaz', indicator_id: 'fiw.A1', from: 0, to: 1 }]);
    const added = diffReleases(v1, data('1.1.0', ['fiw-2024-kaz', 'nit-2024-kaz'], [['fiw-2024-kaz', 'fiw.A1', 0]]));
    expect([added.required, added.reportsAdded]).toEqual(['minor', ['nit-2024-kaz']]);
    expect(diffReleases(v1, data('2.0.0', ['fiw-2024-kaz'], [], { report_id: 'integer' })).required).toBe('major');
    expect(diffReleases(v1, data('2.0.0', ['fiw-2024-kaz'], [], { id: 'string' })).schema.map((s) => s.change)).toEqual(['column removed', 'column added']);
  });
});
