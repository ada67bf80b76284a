// Crash safety: a build killed (SIGKILL) at random points while it writes leaves the output folder
// holding the previous complete dataset or the new complete one, after the restore every run
// does first; and a rerun succeeds. Two builds never write one output folder at once.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDatasets } from '../pipeline/publish/compare.ts';
import { InputError } from '../pipeline/common/problems.ts';
import { recoverInterruptedPublish } from '../pipeline/publish/swap.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { random } from '../scripts/corpus.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { makeRaw, readSeed, SEED_FIW, SEED_NIT, tempDir } from './helpers.ts';

const KILLS = 12;

function buildAndKill(raw: string, out: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/cli.ts'), 'build', '--raw', raw, '--out', out, '--no-cache'], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('crash safety', () => {
  it(`a build killed ${KILLS} times leaves the old or the new dataset, never a mix`, async () => {
    const before = makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW), 'nit/2024/kazakhstan.txt': readSeed(SEED_NIT) });
    const after = makeRaw({
      'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW),
      'nit/2024/kazakhstan.txt': readSeed(SEED_NIT),
      'fiw/2021/bolivia.txt': renderFiw({ country: 'Bolivia', edition: 2021, scores: uniformScores(2) }),
    });
    const old = join(tempDir(), 'dist');
    const fresh = join(tempDir(), 'dist');
    await runPipeline({ raw: before, out: old, cache: null });
    await runPipeline({ raw: after, out: fresh, cache: null });
    const out = join(tempDir(), 'dist');
    cpSync(old, out, { recursive: true });
    const rand = random(7);
    const seen = { old: 0, fresh: 0 };
    for (let i = 0; i < KILLS; i++) {
      // The build takes a few seconds (most of it startup); kill anywhere in it.
      await buildAndKill(after, out, 300 + Math.floor(rand() * 4000));
      recoverInterruptedPublish(out);
      expect(existsSync(out), `kill ${i}`).toBe(true);
      const isOld = (await compareDatasets(out, old)).length === 0;
      const isFresh = !isOld && (await compareDatasets(out, fresh)).length === 0;
      expect(isOld || isFresh, `kill ${i}: the output is neither the old nor the new dataset`).toBe(true);
      seen[isOld ? 'old' : 'fresh']++;
      if (isFresh) cpSync(old, out, { recursive: true, force: true });
    }
    await runPipeline({ raw: after, out, cache: null });
    expect(await compareDatasets(out, fresh)).toEqual([]);
    expect(seen.old + seen.fresh).toBe(KILLS);
  }, 180_000);
});

describe('one build at a time per output folder', () => {
  const raw = () => makeRaw({ 'fiw/2024/kazakhstan.txt': readSeed(SEED_FIW) });
  const lockedProblem = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.map((p) => p.code);
  };

  it('a build running elsewhere holds the folder: the next one is refused, and both folder and lock stay as they were', async () => {
    const out = join(tempDir(), 'dist');
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(`${out}.lock`, `${sleeper.pid}\n`);
      expect(await lockedProblem(runPipeline({ raw: raw(), out, cache: null }))).toEqual(['OUTPUT_LOCKED']);
      expect(existsSync(out)).toBe(false);
      expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${sleeper.pid}\n`);
    } finally {
      sleeper.kill('SIGKILL');
    }
  }, 60_000);

  it('a lock left by a killed build, or unreadable, is taken over; the lock goes when the build ends', async () => {
    const out = join(tempDir(), 'dist');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!; // a process that has ended
    for (const content of [`${gone}\n`, 'not a process id', '']) {
      writeFileSync(`${out}.lock`, content);
      await runPipeline({ raw: raw(), out, cache: null });
      expect(existsSync(`${out}.lock`)).toBe(false);
      expect(readdirSync(dirname(out)).sort()).toEqual(['dist']);
    }
  }, 60_000);

  it('two builds at once into one folder: one builds, the other is refused', async () => {
    const out = join(tempDir(), 'dist');
    const [a, b] = await Promise.allSettled([runPipeline({ raw: raw(), out, cache: null }), runPipeline({ raw: raw(), out, cache: null })]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    const refused = (a.status === 'rejected' ? a : b) as PromiseRejectedResult;
    expect((refused.reason as InputError).problems.map((p) => p.code)).toEqual(['OUTPUT_LOCKED']);
    expect(existsSync(`${out}.lock`)).toBe(false);
  }, 60_000);
});
