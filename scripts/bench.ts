// The benchmark: builds a generated corpus (5,000 reports by default; the median of three clean
// builds, each from an empty cache) and prints wall time,
// reports and MB per second, peak memory, time per stage, the floor (reading, hashing,
// normalising and splitting the raw files without parsing), incremental rebuilds and output
// sizes; then rewrites BENCHMARKS.md with the figures.
//   npm run bench [-- --reports N] [--runs N]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareDatasets } from '../pipeline/publish/compare.ts';
import { processJob } from '../pipeline/run/process.ts';
import { listRawFiles } from '../pipeline/ingest/files.ts';
import { loadAliases, loadCountries } from '../pipeline/ingest/folder.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { STAGES, type Stage } from '../pipeline/steps.ts';
import { writeCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run bench -- [--reports N] [--runs N]
Builds a generated corpus through the command line (clean builds from an empty cache, rebuilds)
and rewrites BENCHMARKS.md with the figures.
  --reports N   reports in the corpus (default: 5000)
  --runs N      clean builds; the median is reported (default: 3)
example: npm run bench -- --reports 1000 --runs 1`);
  process.exit(0);
}
const reports = Number(values.reports);
// Clean builds to run: this machine's wall times vary by 10-20% from run to run, so the median
// of several is reported (with the range), and its run's stage times and memory.
const runs = Math.max(1, Number(values.runs));
const work = mkdtempSync(join(tmpdir(), 'frd-bench-'));
const say = (m: string) => process.stderr.write(`${m}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const size = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

try {
  const raw = join(work, 'raw');
  say(`generating ${reports} reports...`);
  const corpus = writeCorpus({ reports, out: raw, seed: 1, broken: 0.01 });
  const mb = corpus.bytes / 1e6;

  // The floor: what any build must do before parsing. Measured three times, the median kept, as
  // one measurement here varied from 0.59 to 0.89 s.
  let lines = 0;
  const floors: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    lines = 0;
    for (const file of listRawFiles(raw)) {
      const bytes = readFileSync(join(raw, file));
      createHash('sha256').update(bytes).digest('hex');
      lines += new TextDecoder().decode(bytes).normalize('NFC').split(/\r\n|\r|\n/).length;
    }
    floors.push(performance.now() - start);
  }
  const floor = [...floors].sort((a, b) => a - b)[1];

  // One thread's per-report work with the rest of the machine idle, on a sample (every tenth
  // report, after a warm-up on others): what the build's per-worker time is measured against.
  const files = listRawFiles(raw);
  const reference = { countries: loadCountries(raw), aliases: loadAliases(raw) };
  const sample = files.filter((_, i) => i % 10 === 0);
  const oneJob = (file: string) => processJob({ raw, source_file: file, manifestEntry: null, salt: '', cache: null }, reference);
  for (const file of files.filter((_, i) => i % 10 === 5).slice(0, 100)) oneJob(file);
  const sampleStart = performance.now();
  for (const file of sample) oneJob(file);
  const oneThreadMs = (performance.now() - sampleStart) / sample.length;

  // Every build runs through the command line, as `npm run build` runs it (from the bundle it
  // makes first, with its node flags, and the malloc setting this script's own npm script sets,
  // which the builds inherit; default settings: worker threads and a fresh cache); the clean
  // build reports its own stage times and peak memory.
  const bundled = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/bundle.mjs')], { encoding: 'utf8' });
  if (bundled.status !== 0) throw new Error(bundled.stderr);
  const cli = (...args: string[]) => {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--single-threaded-gc', '--expose-gc', '--enable-source-maps', join(PROJECT_ROOT, '.build/cli.mjs'), 'build', ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return { ms: performance.now() - start, stdout: run.stdout };
  };
  const cliOut = join(work, 'dist');
  const cache = join(work, 'cache');
  const statsFile = join(work, 'stats.json');
  type Stats = { cpuMs: number; peakRssBytes: number; built: number; rejected: number; timings: Record<Stage, number>; writers: Record<string, number>; processing: { wallMs: number; workers: number } };
  const cleanRuns: { ms: number; stats: Stats }[] = [];
  for (let run = 1; run <= runs; run++) {
    say(`clean build ${run} of ${runs}...`);
    rmSync(cache, { recursive: true, force: true });
    rmSync(cliOut, { recursive: true, force: true });
    const build = cli('--raw', raw, '--out', cliOut, '--keep-going', '--cache', cache, '--stats', statsFile);
    cleanRuns.push({ ms: build.ms, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as Stats });
  }
  const sorted = [...cleanRuns].sort((a, b) => a.ms - b.ms);
  const median = sorted[(sorted.length - 1) >> 1];
  const wall = median.ms;
  const stats = median.stats;
  const peakRss = Math.max(...cleanRuns.map((r) => r.stats.peakRssBytes));

  // Incremental: nothing changed (the fast path), then one raw file changed.
  say('rebuilds...');
  const noop = cli('--raw', raw, '--out', cliOut, '--keep-going', '--cache', cache);
  const changed = listRawFiles(raw).find((f) => f.startsWith('fiw/'))!;
  appendFileSync(join(raw, changed), '\nAn added closing paragraph that changes this one report.\n');
  const oneChanged = cli('--raw', raw, '--out', cliOut, '--keep-going', '--cache', cache, '--stats', statsFile);
  const oneChangedStats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  const clean = join(work, 'dist-clean');
  cli('--raw', raw, '--out', clean, '--keep-going', '--no-cache');
  const identical = (await compareDatasets(cliOut, clean)).length === 0;

  const csv = size(join(cliOut, 'csv'), '.csv');
  const parquet = size(join(cliOut, 'parquet'), '.parquet');
  const figures = {
    reports: corpus.files,
    built: stats.built,
    rejected: stats.rejected,
    megabytes: mb,
    wall,
    walls: cleanRuns.map((r) => r.ms),
    reportsPerSecond: corpus.files / (wall / 1000),
    mbPerSecond: mb / (wall / 1000),
    floor,
    ratioToFloor: wall / floor,
    peakRssMb: peakRss / 1e6,
    cpu: stats.cpuMs,
    oneThreadMs,
    // The per-report phase's wall time times its threads, per report: one thread's share of it.
    perWorkerMs: (stats.processing.wallMs * Math.max(1, stats.processing.workers)) / corpus.files,
    workers: stats.processing.workers,
    stages: stats.timings,
    writers: stats.writers,
    noop: noop.ms,
    noopSaidUpToDate: /up to date/.test(noop.stdout),
    oneChanged: oneChanged.ms,
    oneChangedPeakRssMb: oneChangedStats.peakRssBytes / 1e6,
    oneChangedIdenticalToClean: identical,
    csvMb: csv / 1e6,
    parquetMb: parquet / 1e6,
    parquetToCsv: parquet / csv,
  };
  const rows = [
    ['reports in the corpus', `${figures.reports} (${figures.megabytes.toFixed(1)} MB, ${lines} lines; ${corpus.broken} broken on purpose)`, ''],
    ['reports built / rejected', `${figures.built} / ${figures.rejected}`, ''],
    ['full build, wall (CLI, default settings; median of the runs)', `${seconds(wall)}${runs > 1 ? ` (${runs} runs: ${sorted.map((r) => seconds(r.ms)).join(', ')})` : ''}`, '<= 15 s'],
    ['reports per second', figures.reportsPerSecond.toFixed(0), ''],
    ['MB per second', figures.mbPerSecond.toFixed(1), ''],
    ['floor (read, hash, NFC, split lines; one thread; median of 3)', `${seconds(floor)} (${floors.map(seconds).join(', ')})`, ''],
    ['full build / floor', `${figures.ratioToFloor.toFixed(1)}x`, '<= 20x'],
    ['peak RSS (the highest of the runs)', `${figures.peakRssMb.toFixed(0)} MB`, '< 1,000 MB'],
    ['CPU time, all threads (that run)', `${seconds(figures.cpu)}: ${(figures.cpu / wall).toFixed(2)} cores busy on average`, '<= 30 s'],
    ['per-report work, one thread alone (every tenth report)', `${figures.oneThreadMs.toFixed(2)} ms`, ''],
    [`per-report work in the build, per worker (${figures.workers} workers)`, `${figures.perWorkerMs.toFixed(2)} ms: together ${((figures.workers * figures.oneThreadMs) / figures.perWorkerMs).toFixed(2)}x one thread`, ''],
    ...STAGES.map((s) => [`stage: ${s}`, seconds(stats.timings[s]), '']),
    ['write: JSON and CSV pieces appended, Arrow batches (main thread)', [stats.writers.json_csv, stats.writers.arrow].map(seconds).join(', '), ''],
    ['write: DuckDB load, Parquet (DuckDB\'s thread, alongside)', [stats.writers.duckdb, stats.writers.parquet].map(seconds).join(', '), ''],
    ['rebuild, nothing changed (CLI, wall)', `${seconds(figures.noop)}${figures.noopSaidUpToDate ? ', rewrote nothing' : ''}`, '< 1 s'],
    ['rebuild, one raw file changed (CLI, wall)', seconds(figures.oneChanged), '<= 3 s'],
    ['that rebuild\'s peak RSS', `${figures.oneChangedPeakRssMb.toFixed(0)} MB`, '< 1,000 MB'],
    ['that rebuild equals a clean build', figures.oneChangedIdenticalToClean ? 'yes (byte for byte; database by content)' : 'NO', 'yes'],
    ['CSV / Parquet size', `${figures.csvMb.toFixed(1)} MB / ${figures.parquetMb.toFixed(1)} MB (${(100 * figures.parquetToCsv).toFixed(0)}%)`, '< 25%'],
  ];
  const table = ['| measure | value | target |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  // The measured history below the latest run (sections headed "### ") is kept as it is.
  const file = join(PROJECT_ROOT, 'BENCHMARKS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const history = previous.includes('\n### ') ? previous.slice(previous.indexOf('\n### ')) : '';
  writeFileSync(
    file,
    `# Benchmarks\n\nThe latest run is written by \`npm run bench\` (\`scripts/bench.ts\`); the sections below it, measured by hand, are kept. Corpus: \`npm run corpus -- --reports ${reports} --seed 1\`\n(the seeds' text recombined for many countries and editions, both FIW layouts, 5% of copies wrapped at a fixed width, 1% broken on purpose).\nMachine: ${machine}.\n\n${table}\n\nEach report is processed in a worker thread (ingest to its rows' checks and their JSON, CSV and\nArrow pieces): those stage times are the workers' own time, scaled to the wall time of that\nphase. Tables and check add the main thread's shared tables (indicators, people, mentions,\nevent_people), built while DuckDB already works on the per-report tables; write adds the wait\nfor DuckDB after that. CPU time is the process's user and system time, all threads (workers,\nDuckDB) together: a build of W wall seconds on C cores can use at most C x W. The per-report\nlines compare one thread alone on a sample of the corpus with each worker's share of the build's\nper-report phase (its wall time x workers / reports): their ratio says how much of a second core\nthe per-report work gets.\n${history}`,
  );
  console.log(table);
  console.log(JSON.stringify(figures));
} finally {
  rmSync(work, { recursive: true, force: true });
}
