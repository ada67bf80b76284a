// `npm run build` runs the pipeline from a bundle (scripts/bundle.mjs): the same dataset as the
// TypeScript sources give, worker threads included, and no run from a bundle older than the
// sources.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDatasets } from '../pipeline/publish/compare.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { writeCorpus } from '../scripts/corpus.ts';
import { tempDir } from './helpers.ts';

// A bundle of its own (the one `npm run build` makes may be in use), one level below the root
// as the bundle must be.
const BUNDLE = join(PROJECT_ROOT, `.build-test-${process.pid}`);
afterAll(() => rmSync(BUNDLE, { recursive: true, force: true }));
const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('the bundle', () => {
  it('builds what the sources build, on worker threads', async () => {
    expect(node(join(PROJECT_ROOT, 'scripts/bundle.mjs'), '--outdir', BUNDLE).status).toBe(0);
    const raw = join(tempDir(), 'raw');
    writeCorpus({ reports: 560, out: raw, seed: 3, broken: 0.02 });
    const [fromBundle, fromSources] = [join(tempDir(), 'dist'), join(tempDir(), 'dist')];
    const run = node('--enable-source-maps', join(BUNDLE, 'cli.mjs'), 'build', '--raw', raw, '--out', fromBundle, '--keep-going', '--no-cache', '--workers', '2');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('on 2 worker threads');
    const sources = await runPipeline({ raw, out: fromSources, keepGoing: true, cache: null, workers: 0 });
    expect(run.stdout).toContain(`built ${sources.rowCounts.reports} reports`);
    expect(await compareDatasets(fromBundle, fromSources)).toEqual([]);
  }, 120_000);

  it('refuses to run when the sources changed since it was made; is made anew then, and kept while they stay the same', () => {
    expect(node(join(PROJECT_ROOT, 'scripts/bundle.mjs'), '--outdir', BUNDLE).status).toBe(0);
    const inputs = join(BUNDLE, 'inputs.json');
    const recorded = JSON.parse(readFileSync(inputs, 'utf8')) as { sha256: string; files: string[] };
    expect(recorded.files).toContain('pipeline/run/process.ts');
    writeFileSync(inputs, JSON.stringify({ ...recorded, sha256: '0'.repeat(64) }));
    const run = node(join(BUNDLE, 'cli.mjs'), 'build', '--out', join(tempDir(), 'dist'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a bundle of the current sources (the sources changed since it was made): run `npm run build`');
    // Bundling again makes it anew; then, unchanged, keeps it.
    expect(node(join(PROJECT_ROOT, 'scripts/bundle.mjs'), '--outdir', BUNDLE).stderr).toMatch(/^bundled \d+ files into /);
    expect(node(join(PROJECT_ROOT, 'scripts/bundle.mjs'), '--outdir', BUNDLE).stderr).toMatch(/is a bundle of the current sources \(\d+ files\): kept/);
    expect(JSON.parse(readFileSync(inputs, 'utf8')).files).toEqual(expect.arrayContaining(['scripts/bundle.mjs', 'package-lock.json', 'pipeline/run/process.ts']));
    expect(node(join(BUNDLE, 'cli.mjs'), 'build', '--out', join(tempDir(), 'dist')).status).toBe(0);
  }, 60_000);
});
