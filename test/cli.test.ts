// The command line as a newcomer meets it: --help on every command, a hint when a build fails.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { makeRaw, tempDir } from './helpers.ts';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('--help', { timeout: 60_000 }, () => {
  it.each(['build', 'validate', 'manifest', 'generate', 'compare'])('%s prints its options and an example, and exits 0', (command) => {
    const result = run('pipeline/cli.ts', command, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^npm run ${command}`));
    expect(result.stdout).toMatch(/\nexample: npm run /);
  });
  it.each([['pipeline/release/cli.ts', 'release'], ['scripts/corpus.ts', 'corpus'], ['scripts/bench.ts', 'bench'], ['site/cli.ts', 'site'], ['scripts/bench-site.ts', 'bench:site'], ['scripts/bench-extract.ts', 'bench:extract'], ['scripts/cue-audit.ts', 'cue-audit'], ['scripts/type-model.ts', 'type-model'], ['scripts/copies.ts', 'copies'], ['scripts/evaluate.ts', 'evaluate'], ['scripts/rule-audit.ts', 'rule-audit']])('%s prints its options and an example', (script, name) => {
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

describe('a failed build', { timeout: 60_000 }, () => {
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
  it('with --keep-going and no report that passes, says why each was rejected', () => {
    const raw = makeRaw({ 'fiw/2021/chile.txt': renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3), printedTotal: 12 }) });
    const result = run('pipeline/cli.ts', 'build', '--raw', raw, '--out', join(tempDir(), 'dist'), '--no-cache', '--keep-going');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^fiw\/2021\/chile\.txt:\d+: [A-Z_]+ /m);
    expect(result.stderr).toContain('NO_REPORTS none of the 1 reports passed its checks; nothing to publish');
    expect(result.stderr).toMatch(/\nfailed: 2 problems; nothing was written\n$/);
  });
});

describe('bad input', { timeout: 60_000 }, () => {
  it('a file of another kind saved as .txt is named for what it is, with what to do', () => {
    const raw = makeRaw({ 'fiw/2021/chile.txt': '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', 'fiw/2021/peru.txt': '<!DOCTYPE html>\n<html><body>Peru</body></html>', 'fiw/2021/bolivia.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]) });
    const result = run('pipeline/cli.ts', 'build', '--raw', raw, '--out', join(tempDir(), 'dist'), '--no-cache');
    expect(result.stderr).toContain('fiw/2021/chile.txt:1: NOT_TEXT this is a PDF file, not a text copy of a report: extract its text');
    expect(result.stderr).toContain('fiw/2021/peru.txt:1: NOT_TEXT this is an HTML page');
    expect(result.stderr).toContain('fiw/2021/bolivia.txt:1: NOT_TEXT this is a zip archive');
  });
  it('a missing raw folder is one plain message with the layout expected and a guess, no stack trace', () => {
    const parent = tempDir();
    const raw = makeRaw({ 'fiw/2021/peru.txt': renderFiw({ country: 'Peru', edition: 2021, scores: uniformScores(2) }) });
    const result = run('pipeline/cli.ts', 'build', '--raw', join(raw, 'raw'), '--out', join(parent, 'dist'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/RAW_MISSING the raw folder does not exist; it should hold the reports as <publication>\/<edition>\/<country>\.txt/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
  it('a folder one level off is one problem with the folder to pass, an empty one says no reports were found', () => {
    const raw = makeRaw({ 'fiw/2021/peru.txt': 'x', 'fiw/2021/chile.txt': 'y' });
    const off = run('pipeline/cli.ts', 'build', '--raw', join(raw, 'fiw'), '--out', join(tempDir(), 'dist'), '--no-cache');
    expect(off.stderr.match(/RAW_LAYOUT/g)).toHaveLength(1);
    expect(off.stderr).toContain(`none of its 2 .txt files (2021/chile.txt, ...) is laid out as <publication>/<edition>/<country>.txt under the raw folder (e.g. fiw/2023/chile.txt); they look like one publication's reports: pass the folder above, --raw ${join(raw, 'fiw', '..')}`);
    const empty = run('pipeline/cli.ts', 'build', '--raw', tempDir(), '--out', join(tempDir(), 'dist'), '--no-cache');
    expect(empty.stderr).toMatch(/NO_REPORTS no reports found: the raw folder holds no \.txt file laid out as/);
  });
});

describe('progress', { timeout: 60_000 }, () => {
  it('shows reports done, rate and time left on stderr, and nothing with --quiet', () => {
    const raw = makeRaw({ 'fiw/2021/peru.txt': renderFiw({ country: 'Peru', edition: 2021, scores: uniformScores(2) }), 'fiw/2021/chile.txt': renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3) }) });
    const shown = run('pipeline/cli.ts', 'build', '--raw', raw, '--out', join(tempDir(), 'dist'), '--no-cache');
    expect(shown.stderr).toMatch(/^reports 2\/2 \(100%\), \d+\/s, 0 s left$/m);
    const quiet = run('pipeline/cli.ts', 'build', '--raw', raw, '--out', join(tempDir(), 'dist'), '--no-cache', '--quiet');
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^built 2 reports into /);
  });
});
