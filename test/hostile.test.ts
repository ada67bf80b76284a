// The hostile-input corpus (test/hostile/raw, one case per class of bad input, plus manifest
// paths that try to leave the raw folder): each gives its expected error, nothing is written
// outside the output folder, and --keep-going builds the good reports and lists the bad ones.
// Links and special files in the raw folder are listed too, and never followed or opened.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFingerprint } from '../pipeline/run/fingerprint.ts';
import { InputError } from '../pipeline/common/problems.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { readSeed, SEED_FIW, SEED_NIT, tempDir } from './helpers.ts';

const RAW = join(PROJECT_ROOT, 'test/hostile/raw');
const expected = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/hostile/expected.json'), 'utf8'));
const rel = (file: string) => (file.startsWith('/') ? relative(PROJECT_ROOT, file) : file);

describe('hostile inputs', () => {
  it('with --keep-going: builds the good reports, rejects each bad one with its expected error', async () => {
    const parent = tempDir();
    const out = join(parent, 'dist');
    const result = await runPipeline({ raw: RAW, out, keepGoing: true, cache: null });
    expect(result.reports).toEqual(expected.built);
    const rejected = Object.fromEntries(result.rejected.map((r) => [rel(r.report), [...new Set(r.problems.map((p) => p.code))]]));
    expect(rejected).toEqual(expected.rejected);
    for (const r of result.rejected) for (const p of r.problems) expect(p.line === null || p.line >= 1).toBe(true);
    expect(result.warnings.map((w) => `${w.file}:${w.line} ${w.code}`)).toEqual(expected.warnings);
    // Nothing outside the output folder: the parent holds the output only, and no escaping path exists.
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(existsSync(join(RAW, '..', 'outside.txt'))).toBe(false);
  }, 60_000);

  it('without --keep-going: fails with every problem listed, and writes nothing', async () => {
    const parent = tempDir();
    let error: unknown;
    try {
      await runPipeline({ raw: RAW, out: join(parent, 'dist'), cache: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const codes = new Set((error as InputError).problems.map((p) => p.code));
    for (const list of Object.values(expected.rejected) as string[][]) for (const code of list) expect(codes.has(code), code).toBe(true);
    expect(readdirSync(parent)).toEqual([]);
  }, 60_000);
});

describe('raw folder entries that are not plain report files', () => {
  // A second report's text outside the raw folder, under links that lead to it: read, it would
  // build as fiw-2023-uzb. The NIT seed in a folder outside, linked as a folder of reports.
  function linkedRaw() {
    const parent = tempDir();
    const raw = join(parent, 'raw');
    const outside = join(parent, 'outside');
    mkdirSync(join(outside, '2024'), { recursive: true });
    writeFileSync(join(outside, 'report.txt'), readSeed(SEED_FIW).replace(/Kazakhstan/g, 'Uzbekistan').replace(/2024/g, '2023'));
    writeFileSync(join(outside, '2024', 'kazakhstan.txt'), readSeed(SEED_NIT));
    for (const dir of ['fiw/2024', 'fiw/2023', 'fiw/2022', 'fiw/2021', 'fiw/2020', 'fiw/2019', 'nit']) mkdirSync(join(raw, dir), { recursive: true });
    writeFileSync(join(raw, 'fiw/2024/kazakhstan.txt'), readSeed(SEED_FIW));
    symlinkSync(join(outside, 'report.txt'), join(raw, 'fiw/2023/uzbekistan.txt')); // leads out
    symlinkSync('../2024/kazakhstan.txt', join(raw, 'fiw/2022/kazakhstan.txt')); // stays in, still a link
    symlinkSync(join(parent, 'nowhere.txt'), join(raw, 'fiw/2021/kazakhstan.txt')); // dangling
    symlinkSync(join(outside, '2024'), join(raw, 'nit/2024')); // a folder
    execFileSync('mkfifo', [join(raw, 'fiw/2020/kazakhstan.txt')]); // reading it would wait for ever
    writeFileSync(join(raw, 'fiw/2019/kazakhstan.TXT'), readSeed(SEED_FIW));
    writeFileSync(join(raw, 'notes.md'), 'not a report, not reported\n');
    return { parent, raw };
  }

  it('are listed, each with its problem, never followed or opened; the plain report still builds', async () => {
    const { parent, raw } = linkedRaw();
    const result = await runPipeline({ raw, out: join(parent, 'dist'), keepGoing: true, cache: null });
    expect(result.reports).toEqual(['fiw-2024-kaz']);
    expect(Object.fromEntries(result.rejected.map((r) => [r.report, r.problems.map((p) => p.code)]))).toEqual({
      'fiw/2020/kazakhstan.txt': ['RAW_NOT_A_FILE'],
      'fiw/2021/kazakhstan.txt': ['RAW_SYMLINK'],
      'fiw/2022/kazakhstan.txt': ['RAW_SYMLINK'],
      'fiw/2023/uzbekistan.txt': ['RAW_SYMLINK'],
      'nit/2024': ['RAW_SYMLINK'],
    });
    expect(result.warnings.filter((w) => w.code === 'RAW_NOT_READ').map((w) => w.file)).toEqual(['fiw/2019/kazakhstan.TXT']);
  }, 60_000);

  it('fail the build without --keep-going, every one listed, nothing written; and the fingerprint sees them', async () => {
    const { parent, raw } = linkedRaw();
    const before = buildFingerprint(raw, join(parent, 'dist'), {}).fingerprint;
    let error: unknown;
    try {
      await runPipeline({ raw, out: join(parent, 'dist'), cache: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => `${p.file} ${p.code}`).sort()).toEqual([
      'fiw/2020/kazakhstan.txt RAW_NOT_A_FILE',
      'fiw/2021/kazakhstan.txt RAW_SYMLINK',
      'fiw/2022/kazakhstan.txt RAW_SYMLINK',
      'fiw/2023/uzbekistan.txt RAW_SYMLINK',
      'nit/2024 RAW_SYMLINK',
    ]);
    expect(readdirSync(parent).sort()).toEqual(['outside', 'raw']);
    // Removing a link changes what the build would do: the nothing-changed check must not skip it.
    rmSync(join(raw, 'fiw/2023/uzbekistan.txt'));
    expect(buildFingerprint(raw, join(parent, 'dist'), {}).fingerprint).not.toBe(before);
  }, 60_000);
});

describe('a file too large to be a report', () => {
  it('is rejected unread (here 3 GiB, more than node can read at once): the build, the nothing-changed check and the manifest go on', async () => {
    const parent = tempDir();
    const raw = join(parent, 'raw');
    mkdirSync(join(raw, 'fiw/2024'), { recursive: true });
    writeFileSync(join(raw, 'fiw/2024/kazakhstan.txt'), readSeed(SEED_FIW));
    const huge = join(raw, 'fiw/2024/uzbekistan.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 2 ** 30); // sparse: no disk is used
    const result = await runPipeline({ raw, out: join(parent, 'dist'), keepGoing: true, cache: null });
    expect(result.reports).toEqual(['fiw-2024-kaz']);
    expect(result.rejected.map((r) => [r.report, r.problems.map((p) => `${p.code} ${p.message}`)])).toEqual([
      ['fiw/2024/uzbekistan.txt', ['FILE_TOO_LARGE is 3072 MB: no report is near that long (the limit is 64 MB); not read']],
    ]);
    const { fileHashes } = buildFingerprint(raw, join(parent, 'dist'), {});
    expect([...fileHashes.keys()]).toEqual(['fiw/2024/kazakhstan.txt']);
    const manifest = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/cli.ts'), 'manifest', '--raw', raw], { encoding: 'utf8' });
    expect(manifest.status).toBe(1);
    expect(manifest.stderr).toContain('fiw/2024/uzbekistan.txt: FILE_TOO_LARGE');
  }, 60_000);
});
