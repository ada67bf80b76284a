// The build's speed machinery on the seeds: worker threads and the cache change no byte of the dataset, and the cache survives damage, growth and a read-only place.
// Slow (about 30 s): run by `npm run test:slow`, which CI runs too.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDatasets } from '../pipeline/publish/compare.ts';
import { readCacheIndex, reportsFolder } from '../pipeline/run/cache.ts';
import { buildFingerprint } from '../pipeline/run/fingerprint.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { makeRaw, readSeed, SEED_FIW, SEED_NIT, tempDir } from './helpers.ts';

const RAW = join(PROJECT_ROOT, 'raw');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/cli.ts'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('the cache and the worker threads', () => {
  it('worker threads and the cache change no byte', async () => {
    const cache = tempDir();
    const [a, b, c] = [join(tempDir(), 'dist'), join(tempDir(), 'dist'), join(tempDir(), 'dist')];
    const alone = await runPipeline({ raw: RAW, out: a, workers: 0, cache: null });
    const threaded = await runPipeline({ raw: RAW, out: b, workers: 2, cache });
    const cached = await runPipeline({ raw: RAW, out: c, workers: 2, cache });
    expect([alone.cacheHits, threaded.cacheHits, cached.cacheHits]).toEqual([0, 0, 2]);
    expect([alone.processing.workers, threaded.processing.workers, cached.processing.workers]).toEqual([0, 2, 2]);
    expect(alone.rowCounts).toMatchObject({ reports: 2, indicators: 48 });
    expect(Object.keys(alone.rowCounts).sort()).toEqual(['event_people', 'events', 'fiw_all_data', 'indicators', 'mentions', 'nit_all_data', 'notes', 'paragraphs', 'people', 'reports', 'scores']);
    expect(alone.rowCounts).toEqual(cached.rowCounts);
    // A damaged cache entry is computed again, and the output does not change.
    const folder = reportsFolder(cache);
    const [entry] = [...readCacheIndex(folder)].sort();
    const fd = openSync(join(folder, entry), 'r+');
    writeSync(fd, 'damaged', 0);
    closeSync(fd);
    const d = join(tempDir(), 'dist');
    const repaired = await runPipeline({ raw: RAW, out: d, workers: 2, cache });
    expect(repaired.cacheHits).toBe(1);
    expect(await compareDatasets(a, d)).toEqual([]);
    expect((await runPipeline({ raw: RAW, out: d, workers: 0, cache })).cacheHits).toBe(2);
    // The command line's file hashes find the same entries without reading the files; a stale
    // hash only costs a read.
    const { fileHashes } = buildFingerprint(RAW, d, {});
    expect((await runPipeline({ raw: RAW, out: d, workers: 0, cache, fileHashes })).cacheHits).toBe(2);
    const stale = new Map([...fileHashes.keys()].map((f) => [f, '0'.repeat(64)]));
    expect((await runPipeline({ raw: RAW, out: d, workers: 0, cache, fileHashes: stale })).cacheHits).toBe(2);
    expect(await compareDatasets(a, d)).toEqual([]);
    expect(await compareDatasets(a, b)).toEqual([]);
    expect(await compareDatasets(a, c)).toEqual([]);
    // Seven builds, three of them starting two worker threads that each load the name lists: 27-32 s
    // alone in CI, twice that on a busy machine. The limit only stops a hang.
  }, 180_000);

  it('keeps the cache entries of the current code only, a file per result', async () => {
    const cache = tempDir();
    // An earlier code version's entries, and a folder of an older layout.
    for (const old of ['0123456789abcdef', 'ab']) {
      mkdirSync(join(cache, 'reports', old), { recursive: true });
      writeFileSync(join(cache, 'reports', old, 'ab'.padEnd(64, '0')), 'stale');
    }
    // An entry left half-written by a build that was killed (its process is gone).
    const folder = reportsFolder(cache);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${'cd'.padEnd(64, '0')}.tmp-${2 ** 22 + 1}`), 'half');
    const out = join(tempDir(), 'dist');
    expect((await runPipeline({ raw: RAW, out, workers: 0, cache })).cacheHits).toBe(0);
    const current = basename(folder);
    expect(current).toMatch(/^[0-9a-f]{16}$/);
    expect(readdirSync(join(cache, 'reports'))).toEqual([current]);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(readCacheIndex(folder).size).toBe(2);
    // Nothing computed, nothing stored.
    expect((await runPipeline({ raw: RAW, out, workers: 2, cache })).cacheHits).toBe(2);
    expect(readdirSync(folder)).toHaveLength(2);
  }, 60_000);

  it('keeps about one build\'s entries over many rebuilds, and drops those another report set leaves unused', async () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    const out = join(tempDir(), 'dist');
    // Each build changes one report (a trailing line break more): one new entry, one left unused.
    const build = async (version: number) => {
      const raw = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW), 'nit/2024/kazakhstan.txt': readSeed(SEED_NIT) + '\n'.repeat(version) });
      return runPipeline({ raw, out, workers: 0, cache });
    };
    expect((await build(0)).cacheHits).toBe(0);
    for (let version = 1; version <= 10; version++) {
      expect((await build(version)).cacheHits).toBe(1);
      // Unused entries are dropped once they outnumber the build's two.
      expect(readdirSync(folder).length).toBeLessThanOrEqual(4);
    }
    expect((await build(10)).cacheHits).toBe(2);
    const other = makeRaw({ 'fiw/2021/bolivia.txt': renderFiw({ country: 'Bolivia', edition: 2021, scores: uniformScores(2) }) });
    expect((await runPipeline({ raw: other, out: join(tempDir(), 'dist'), workers: 0, cache })).cacheHits).toBe(0);
    expect(readdirSync(folder)).toHaveLength(1);
    expect(readCacheIndex(folder).size).toBe(1);
  }, 120_000);

  it('computes a cut entry again, and stores it whole', async () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    const out = join(tempDir(), 'dist');
    await runPipeline({ raw: RAW, out, workers: 0, cache });
    const [entry] = [...readCacheIndex(folder)].sort();
    writeFileSync(join(folder, entry), readFileSync(join(folder, entry)).subarray(0, 1000));
    expect((await runPipeline({ raw: RAW, out, workers: 0, cache })).cacheHits).toBe(1);
    expect((await runPipeline({ raw: RAW, out, workers: 0, cache })).cacheHits).toBe(2);
  }, 60_000);

  it('a cache that cannot be written (here a folder under a file) costs only time: same dataset, one warning', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'a-file'), '');
    const cache = join(parent, 'a-file', 'cache');
    const [plain, uncached] = [join(tempDir(), 'dist'), join(tempDir(), 'dist')];
    await runPipeline({ raw: RAW, out: plain, workers: 0, cache: null });
    for (const workers of [0, 2]) {
      const messages: string[] = [];
      const result = await runPipeline({ raw: RAW, out: uncached, workers, cache, log: (m) => messages.push(m) });
      expect(result.cacheHits).toBe(0);
      expect(messages.filter((m) => m.includes('cannot be written'))).toEqual([expect.stringMatching(/^warning: the cache .*a-file\/cache cannot be written \(ENOTDIR/)]);
      expect(await compareDatasets(plain, uncached)).toEqual([]);
    }
    // The command line's record of the build (for its nothing-changed check) goes there too.
    const run = cli('build', '--raw', RAW, '--out', join(tempDir(), 'dist'), '--cache', cache);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('warning: the build\'s record cannot be written');
    expect(run.stdout).toContain('built 2 reports');
    expect(readdirSync(parent)).toEqual(['a-file']);
  }, 60_000);
});
