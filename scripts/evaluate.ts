// Scores people, identity and events against the hand-written gold in ../shared/eval: builds
// every report that has gold (the seeds from raw/, the others from ../shared/corpus/dev) into a
// scratch folder, prints each report's figures, the pooled ones and the worst report's, and fails
// when one falls below the best recorded in scripts/ratchet.json (`--record` raises the ratchet).
//   npm run evaluate [-- --dist DIR] [--record]
//   --dist DIR   score a dataset already built instead (the figures then cover the gold reports it holds)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, writeAtomically } from '../pipeline/common/files.ts';

const SHARED = join(PROJECT_ROOT, '..', 'shared');
const GOLD_DIR = join(SHARED, 'eval');
/** Raw folders that hold the reports with gold: the project's seeds, then the development corpus. */
const GOLD_RAW_FOLDERS = [join(PROJECT_ROOT, 'raw'), join(SHARED, 'corpus', 'dev', 'raw')];

const RATCHET = join(PROJECT_ROOT, 'scripts/ratchet.json');
const SCORER = join(GOLD_DIR, 'score.mjs');

/**
 * Figures held by the ratchet: pooled over every gold report, then the worst single report's.
 * Precision and recall are printed, not held: a change may rightly trade one for the other when F1 rises.
 */
const FIGURES = ['people_f1', 'identity_f1', 'events_f1', 'event_type_accuracy', 'event_people_f1', 'worst_people_f1', 'worst_events_f1'] as const;
type Figure = (typeof FIGURES)[number];
// Issue #17's targets, on all development gold together and on its worst report.
const TARGETS: Partial<Record<Figure, number>> = {
  people_f1: 0.95, identity_f1: 0.97, events_f1: 0.88, event_type_accuracy: 0.8, event_people_f1: 0.85, worst_people_f1: 0.85, worst_events_f1: 0.75,
};

const { values } = parseArgs({ options: { dist: { type: 'string' }, record: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log('usage: npm run evaluate [-- --dist DIR] [--record]\n  builds every report with gold in ../shared/eval and scores it; --dist scores a built dataset instead; --record raises scripts/ratchet.json');
  process.exit(0);
}
if (!existsSync(SCORER)) {
  console.log(`evaluate: ${SCORER} not found; nothing to score against`);
  process.exit(0);
}

let dist = values.dist;
let scratch: string | null = null;
if (!dist) {
  // The seeds and the development corpus in one raw folder, without the seeds' manifest (it
  // lists the seeds alone), built with nothing from the cache.
  scratch = mkdtempSync(join(tmpdir(), 'frd-evaluate-'));
  const raw = join(scratch, 'raw');
  for (const folder of GOLD_RAW_FOLDERS) if (existsSync(folder)) cpSync(folder, raw, { recursive: true });
  rmSync(join(raw, 'sources.csv'), { force: true });
  dist = join(scratch, 'out');
  process.stderr.write(`evaluate: building the reports with gold into ${dist}\n`);
  const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--raw', raw, '--out', dist, '--keep-going', '--no-cache'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (build.status !== 0) {
    process.stderr.write(build.stderr);
    process.exit(build.status ?? 1);
  }
}

const printed = spawnSync(process.execPath, [SCORER, '--dist', dist], { encoding: 'utf8' });
const run = spawnSync(process.execPath, [SCORER, '--dist', dist, '--json'], { encoding: 'utf8' });
if (scratch) rmSync(scratch, { recursive: true, force: true });
if (run.status !== 0 || printed.status !== 0) {
  process.stderr.write(run.stderr || printed.stderr);
  process.exit(run.status || printed.status || 1);
}
process.stdout.write(printed.stdout);
const scored = JSON.parse(run.stdout) as Record<string, number> & { worst: Record<string, { value: number } | null> };
const result: Record<Figure, number> = Object.fromEntries(FIGURES.map((f) => [f, f.startsWith('worst_') ? (scored.worst[f.slice('worst_'.length)]?.value ?? 0) : scored[f]])) as Record<Figure, number>;

const ratchet: Record<string, number> = existsSync(RATCHET) ? JSON.parse(readFileSync(RATCHET, 'utf8')) : {};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
let failed = false;
console.log('');
for (const figure of FIGURES) {
  const value = result[figure];
  const best = ratchet[figure] ?? 0;
  const target = TARGETS[figure];
  const below = value < best - 1e-9;
  failed ||= below;
  console.log(`${figure.padEnd(20)} ${pct(value).padStart(6)}   best recorded ${pct(best).padStart(6)}${target ? `   target ${pct(target)}` : ''}${below ? '   DROPPED' : ''}`);
}
if (values.record) {
  const raised = Object.fromEntries(FIGURES.map((f) => [f, Math.max(ratchet[f] ?? 0, Math.floor(result[f] * 10000) / 10000)]));
  writeAtomically(RATCHET, `${JSON.stringify(raised, null, 2)}\n`);
  console.log(`recorded in ${RATCHET}`);
}
if (failed) {
  console.error('evaluate: a figure fell below the best recorded one');
  process.exit(1);
}
