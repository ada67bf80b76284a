// Command line: `build`, `validate`, `manifest`, `generate`, `compare`. Progress and problems
// go to stderr, results to stdout; exit 1 on bad input, 2 on bad usage. Only node built-ins are
// loaded up front, so that a build with nothing to do answers at once.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeAtomically } from './common/files.ts';
import { DEFAULT_CACHE_DIR } from './run/cache.ts';
import { buildFingerprint, recordBuild, upToDate } from './run/fingerprint.ts';
import { readRawFile } from './ingest/files.ts';
import { plural, type Problem } from './common/problems.ts';

const log = (message: string) => process.stderr.write(`${message}\n`);

async function printProblems(problems: Problem[], limit = 200) {
  const { formatProblem, sortProblems } = await import('./common/problems.ts');
  const sorted = sortProblems(problems);
  for (const p of sorted.slice(0, limit)) log(formatProblem(p));
  if (sorted.length > limit) log(`... and ${sorted.length - limit} more`);
}

/**
 * Reports done, rate and time left on stderr while a build works: one line rewritten in place on
 * a terminal (at most ten times a second), else a line every five seconds.
 */
function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update: (done: number, total: number) => void; end: () => void } {
  const started = performance.now();
  let shown = 0;
  let live = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (done < total && now - shown < (stream.isTTY ? 100 : 5000)) return;
      shown = now;
      const rate = done / Math.max((now - started) / 1000, 1e-3);
      const left = (total - done) / Math.max(rate, 1e-3);
      const line = `reports ${done}/${total} (${Math.round((100 * done) / total)}%), ${rate.toFixed(0)}/s, ${left.toFixed(0)} s left`;
      if (stream.isTTY) {
        stream.write(`\r${line}\x1b[K`);
        live = true;
      } else stream.write(`${line}\n`);
    },
    end() {
      if (live) stream.write('\r\x1b[K');
    },
  };
}

async function build(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      raw: { type: 'string', default: 'raw' },
      out: { type: 'string', default: 'dist' },
      'keep-going': { type: 'boolean', default: false },
      cache: { type: 'string', default: DEFAULT_CACHE_DIR },
      'no-cache': { type: 'boolean', default: false },
      workers: { type: 'string' },
      stats: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
  });
  // --quiet: nothing on stderr but the problems that stop the build.
  const say = values.quiet ? () => {} : log;
  const started = performance.now();
  const raw = values.raw!;
  const out = values.out!;
  const cache = values['no-cache'] ? null : values.cache!;
  if (!existsSync(raw)) {
    const { rawMissing } = await import('./ingest/folder.ts');
    const { InputError } = await import('./common/problems.ts');
    throw new InputError([rawMissing(raw)]);
  }
  const { fingerprint, fileHashes } = cache ? buildFingerprint(raw, out, { keepGoing: values['keep-going'] }) : { fingerprint: null, fileHashes: undefined };
  if (cache && fingerprint && upToDate(cache, fingerprint, out)) {
    console.log(`${out} is up to date: no input changed since the last build (${((performance.now() - started) / 1000).toFixed(2)} s)`);
    return;
  }
  const { runPipeline } = await import('./run/build.ts');
  const progress = values.quiet ? null : progressReporter();
  const result = await runPipeline({ raw, out, keepGoing: values['keep-going'], cache, workers: values.workers === undefined ? undefined : Number(values.workers), fileHashes, log: say, progress: progress?.update }).finally(() => progress?.end());
  if (!values.quiet) await printProblems(result.warnings, 50);
  if (result.rejected.length) {
    log(`rejected ${plural(result.rejected.length, 'report')}:`);
    for (const r of result.rejected) await printProblems(r.problems, 20);
    writeAtomically(`${resolve(out)}.rejected.json`, `${JSON.stringify(result.rejected, null, 2)}\n`);
  }
  if (cache && fingerprint) {
    // Only the next nothing-changed check needs the record: the dataset is published already.
    try {
      recordBuild(cache, fingerprint, out);
    } catch (error) {
      log(`warning: the build's record cannot be written to ${cache} (${(error as Error).message}): the next build will not know nothing changed`);
    }
  }
  const counts = Object.entries(result.rowCounts).map(([name, n]) => `${name} ${n}`).join(', ');
  say(`stage times: ${Object.entries(result.timings).map(([s, ms]) => `${s} ${(ms / 1000).toFixed(2)} s`).join(', ')}; ${result.cacheHits} reports from the cache`);
  console.log(`built ${plural(result.rowCounts.reports, 'report')} into ${out} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  console.log(`rows: ${counts}`);
  console.log(`checks: ${result.rules} rule sets passed on ${plural(result.checksPassed, 'row')}; ${plural(result.warnings.length, 'warning')}; ${plural(result.rejected.length, 'report')} rejected; ${plural(result.rowCounts.notes ?? 0, 'note')} on published reports (table notes)`);
  if (values.stats) {
    // For the benchmark: this run's figures, measured inside the process that did the work.
    const usage = process.resourceUsage();
    const stats = { wallMs: performance.now() - started, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssBytes: usage.maxRSS * 1024, processing: result.processing, built: result.rowCounts.reports, rejected: result.rejected.length, cacheHits: result.cacheHits, timings: result.timings, writers: result.writers };
    writeAtomically(values.stats, `${JSON.stringify(stats, null, 2)}\n`);
  }
}

async function validate(args: string[]) {
  const { values } = parseArgs({ args, options: { dist: { type: 'string', default: 'dist' } } });
  const { validateDist } = await import('./publish/validate.ts');
  const { InputError } = await import('./common/problems.ts');
  const problems = await validateDist(values.dist!);
  if (problems.length) throw new InputError(problems);
  console.log(`${values.dist}: valid`);
}

async function manifest(args: string[]) {
  const { values } = parseArgs({ args, options: { raw: { type: 'string', default: 'raw' } } });
  const raw = values.raw!;
  const { listRawFiles } = await import('./ingest/files.ts');
  const { loadCountries } = await import('./ingest/folder.ts');
  const { ingestFile } = await import('./ingest/document.ts');
  const { parseDocument } = await import('./parse/index.ts');
  const { formatManifest, MANIFEST_FILE } = await import('./ingest/manifest.ts');
  const { InputError } = await import('./common/problems.ts');
  const countries = loadCountries(raw);
  const entries = [];
  const problems: Problem[] = [];
  const { tooLarge } = await import('./run/process.ts');
  for (const file of listRawFiles(raw)) {
    const read = readRawFile(join(raw, file));
    if ('tooLarge' in read) {
      problems.push(...tooLarge(file, read.tooLarge).problems);
      continue;
    }
    const { document, problems: found } = ingestFile({ source_file: file, bytes: read.bytes }, null, countries);
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

async function generate(args: string[]) {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
  const { generatedFiles } = await import('./release/generated.ts');
  const { PROJECT_ROOT } = await import('./common/files.ts');
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
  const { compareDatasets } = await import('./publish/compare.ts');
  const differences = await compareDatasets(resolve(a), resolve(b));
  for (const d of differences) console.log(d);
  if (differences.length) process.exitCode = 1;
  else console.log(`${a} and ${b} hold the same dataset`);
}

class UsageError extends Error {}

/** Each command's help: what it does, its options, an example (`npm run <command> -- --help`). */
const HELP: Record<string, string> = {
  build: `npm run build -- [options]
Builds the dataset from the raw reports into the output folder (replaced whole once complete).
  --raw DIR        the raw folder, laid out <publication>/<edition>/<country>.txt (default: raw)
  --out DIR        the output folder (default: dist)
  --keep-going     build the reports that pass their checks; list the others in <out>.rejected.json
  --cache DIR      cache of per-report results (default: ${DEFAULT_CACHE_DIR})
  --no-cache       compute every report again
  --workers N      worker threads (default: one per core, up to 8, from 64 reports on)
  --stats FILE     write the run's timings and memory as JSON (for the benchmark)
  --quiet, -q      no progress or warnings on stderr (the problems that stop a build still show)
example: npm run build -- --raw ~/reports --out ~/dataset --keep-going`,
  validate: `npm run validate -- [--dist DIR]
Checks a built dataset on disk: every JSON table against its JSON Schema and the checks, every CSV
and Arrow file against the JSON rows, the DuckDB tables against the Parquet files and JSON counts.
  --dist DIR       the dataset folder (default: dist)
example: npm run validate -- --dist dist`,
  manifest: `npm run manifest -- [--raw DIR]
Writes the raw folder's sources.csv (file, publication, edition, country, sha256), after which a
build refuses any file whose bytes change.
  --raw DIR        the raw folder (default: raw)
example: npm run manifest -- --raw ~/reports`,
  generate: `npm run generate -- [--check]
Writes the JSON Schemas, DATA_DICTIONARY.md, CITATION.cff and .zenodo.json from the zod schemas.
  --check          write nothing; exit 1 when a generated file is stale
example: npm run generate -- --check`,
  compare: `npm run compare -- DIR_A DIR_B
Says whether two built datasets hold the same data (JSON and CSV byte for byte, the rest by content).
example: npm run compare -- dist /tmp/dist`,
};

const COMMANDS: Record<string, (args: string[]) => unknown> = { build, validate, manifest, generate, compare };

// Run from a bundle (.build/, which `npm run build` makes first: scripts/bundle.mjs), the bundle
// must be of the sources as they are: old code would fill the cache under the new code's keys.
async function checkBundle() {
  if (!import.meta.url.endsWith('.mjs')) return;
  const here = fileURLToPath(new URL('.', import.meta.url));
  const { staleBundle } = (await import(new URL('../scripts/bundle-inputs.mjs', import.meta.url).href)) as { staleBundle: (root: string, dir: string) => string | null };
  const stale = staleBundle(resolve(here, '..'), here);
  if (stale) throw new UsageError(`${here} is not a bundle of the current sources (${stale}): run \`npm run build\`, which bundles them first`);
}

async function main() {
  await checkBundle();
  const [command, ...args] = process.argv.slice(2);
  const run = COMMANDS[command ?? ''];
  if (!run) {
    const usage = `commands (each with --help): ${Object.keys(COMMANDS).join(', ')}\n\n${Object.values(HELP).map((h) => h.split('\n').slice(0, 2).join('\n  ')).join('\n\n')}`;
    if (command === '--help' || command === '-h' || command === 'help') {
      console.log(usage);
      return;
    }
    throw new UsageError(`unknown command "${command ?? ''}"; ${usage}`);
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP[command!]);
    return;
  }
  await run(args);
}

main().catch(async (error: unknown) => {
  const { InputError } = await import('./common/problems.ts');
  if (error instanceof InputError) {
    await printProblems(error.problems);
    const command = process.argv[2];
    const hint = command === 'build' && !process.argv.includes('--keep-going') && error.problems.some((p) => p.report_id) ? '; `--keep-going` builds the reports that pass their checks' : '';
    log(`failed: ${plural(error.problems.length, 'problem')}; nothing was written${hint}`);
    process.exitCode = 1;
  } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    log((error as Error).message);
    process.exitCode = 2;
  } else {
    log((error as Error).stack ?? String(error));
    process.exitCode = 1;
  }
});
