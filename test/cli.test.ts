// The command line as a newcomer meets it: --help on every command, a hint when a build fails.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/run.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { makeRaw, tempDir } from './helpers.ts';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('--help', () => {
  it.each(['build', 'validate', 'manifest', 'generate', 'compare'])('%s prints its options and an example, and exits 0', (command) => {
    const result = run('pipeline/cli.ts', command, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^npm run ${command}`));
    expect(result.stdout).toMatch(/\nexample: npm run /);
  });
  it.each([['pipeline/release/cli.ts', 'release'], ['scripts/corpus.ts', 'corpus'], ['scripts/bench.ts', 'bench']])('%s prints its options and an example', (script, name) => {
    const result = run(script, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^npm run ${name} --`));
    expect(result.stdout).toMatch(/\nexample: npm run /);
  });
  it('without a command, lists the commands; an unknown one is a usage error', () => {
    expect(run('pipeline/cli.ts', '--help').stdout).toMatch(/^commands \(each with --help\): build, validate, manifest, generate, compare/);
    const unknown = run('pipeline/cli.ts', 'bild');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown command "bild"/);
  });
});

describe('a failed build', () => {
  it('says that --keep-going builds the good reports, with counts that agree with their number', () => {
    const raw = makeRaw({
      'fiw/2021/chile.txt': renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3), printedTotal: 12 }),
      'fiw/2021/peru.txt': renderFiw({ country: 'Peru', edition: 2021, scores: uniformScores(2) }),
    });
    const out = join(tempDir(), 'dist');
    const failed = run('pipeline/cli.ts', 'build', '--raw', raw, '--out', out, '--no-cache');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/failed: 1 problem; nothing was written; `--keep-going` builds the reports that pass their checks\n$/);
    const kept = run('pipeline/cli.ts', 'build', '--raw', raw, '--out', out, '--no-cache', '--keep-going');
    expect(kept.status).toBe(0);
    expect(kept.stdout).toMatch(/^built 1 report into /);
    expect(kept.stdout).toMatch(/1 report rejected/);
  });
});
