// Command line: `build`, `validate`, `manifest`, `generate`, `compare`. Progress and problems
// go to stderr, results to stdout; exit 1 on bad input, 2 on bad usage.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedFiles } from '../schemas/generate.ts';
import { compareDatasets } from './compare.ts';
import { ingestFile } from './ingest/document.ts';
import { formatManifest, MANIFEST_FILE } from './ingest/manifest.ts';
import { parseDocument } from './parse/index.ts';
import { formatProblem, InputError, sortProblems, type Problem } from './problems.ts';
import { listRawFiles, loadCountries, PROJECT_ROOT, runPipeline } from './run.ts';
import { validateDist } from './validate.ts';

const log = (message: string) => process.stderr.write(`${message}\n`);

function writeAtomically(path: string, content: string) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function printProblems(problems: Problem[], limit = 200) {
  const sorted = sortProblems(problems);
  for (const p of sorted.slice(0, limit)) log(formatProblem(p));
  if (sorted.length > limit) log(`... and ${sorted.length - limit} more`);
}

async function build(args: string[]) {
  const { values } = parseArgs({ args, options: { raw: { type: 'string', default: 'raw' }, out: { type: 'string', default: 'dist' }, 'keep-going': { type: 'boolean', default: false } } });
  const started = performance.now();
  const result = await runPipeline({ raw: values.raw!, out: values.out!, keepGoing: values['keep-going'], log });
  printProblems(result.warnings, 50);
  if (result.rejected.length) {
    log(`rejected ${result.rejected.length} report(s):`);
    for (const r of result.rejected) printProblems(r.problems, 20);
    writeAtomically(join(values.out!, '..', `${values.out!.replace(/\/$/, '').split('/').pop()}.rejected.json`), `${JSON.stringify(result.rejected, null, 2)}\n`);
  }
  const counts = Object.entries(result.tables).map(([name, rows]) => `${name} ${rows.length}`).join(', ');
  console.log(`built ${result.tables.reports.length} reports into ${values.out} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  console.log(`rows: ${counts}`);
  console.log(`checks: ${result.rules} rule sets passed on ${result.checksPassed} rows; ${result.warnings.length} warnings; ${result.rejected.length} reports rejected`);
}

async function validate(args: string[]) {
  const { values } = parseArgs({ args, options: { dist: { type: 'string', default: 'dist' } } });
  const problems = await validateDist(values.dist!);
  if (problems.length) throw new InputError(problems);
  console.log(`${values.dist}: valid`);
}

function manifest(args: string[]) {
  const { values } = parseArgs({ args, options: { raw: { type: 'string', default: 'raw' } } });
  const raw = values.raw!;
  const countries = loadCountries(raw);
  const entries = [];
  const problems: Problem[] = [];
  for (const file of listRawFiles(raw)) {
    const { document, problems: found } = ingestFile({ source_file: file, bytes: readFileSync(join(raw, file)) }, null, countries);
    problems.push(...found.filter((p) => p.severity === 'error'));
    if (!document) continue;
    const { report } = parseDocument(document, countries);
    entries.push({
      source_file: file,
      publication: document.publication,
      edition: document.edition,
      country: report?.country ?? document.country,
      country_code: document.country_code,
      sha256: document.sha256,
    });
  }
  if (problems.length) throw new InputError(problems);
  writeAtomically(join(raw, MANIFEST_FILE), formatManifest(entries));
  console.log(`wrote ${join(raw, MANIFEST_FILE)}: ${entries.length} files`);
}

function generate(args: string[]) {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
  const stale: string[] = [];
  for (const [path, content] of generatedFiles()) {
    const target = join(PROJECT_ROOT, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current === content) continue;
    if (values.check) stale.push(path);
    else writeAtomically(target, content);
  }
  if (stale.length) {
    log(`stale generated files (run npm run generate): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else console.log(values.check ? 'generated files are up to date' : 'generated files written');
}

async function compare(args: string[]) {
  const [a, b] = args;
  if (!a || !b) throw new UsageError('usage: compare DIR_A DIR_B');
  const differences = await compareDatasets(resolve(a), resolve(b));
  for (const d of differences) console.log(d);
  if (differences.length) process.exitCode = 1;
  else console.log(`${a} and ${b} hold the same dataset`);
}

class UsageError extends Error {}

const COMMANDS: Record<string, (args: string[]) => unknown> = { build, validate, manifest, generate, compare };

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const run = COMMANDS[command ?? ''];
  if (!run) throw new UsageError(`usage: cli.ts <${Object.keys(COMMANDS).join('|')}> [options]`);
  await run(args);
}

main().catch((error: unknown) => {
  if (error instanceof InputError) {
    printProblems(error.problems);
    log(`failed: ${error.problems.length} problem(s); nothing was written`);
    process.exitCode = 1;
  } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    log((error as Error).message);
    process.exitCode = 2;
  } else {
    log((error as Error).stack ?? String(error));
    process.exitCode = 1;
  }
});
