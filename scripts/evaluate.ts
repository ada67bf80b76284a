// Scores the built dataset's people, identity and events against the hand-written gold in
// ../shared/eval, prints the figures, and fails when one falls below the best recorded in
// scripts/ratchet.json (`--record` raises the ratchet to the current figures).
//   npm run evaluate [-- --dist DIR] [--record]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../pipeline/run.ts';

const RATCHET = join(PROJECT_ROOT, 'scripts/ratchet.json');
const SCORER = join(PROJECT_ROOT, '..', 'shared', 'eval', 'score.mjs');
const FIGURES = ['people_f1', 'identity_f1', 'events_f1', 'event_type_accuracy', 'people_precision', 'people_recall', 'events_precision', 'events_recall'] as const;
const TARGETS: Partial<Record<(typeof FIGURES)[number], number>> = { people_f1: 0.95, identity_f1: 0.95, events_f1: 0.85, event_type_accuracy: 0.8 };

const { values } = parseArgs({ options: { dist: { type: 'string', default: join(PROJECT_ROOT, 'dist') }, record: { type: 'boolean', default: false } } });
if (!existsSync(SCORER)) {
  console.log(`evaluate: ${SCORER} not found; nothing to score against`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [SCORER, '--dist', values.dist!, '--json'], { encoding: 'utf8' });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
const result = JSON.parse(run.stdout) as Record<string, number>;
const ratchet: Record<string, number> = existsSync(RATCHET) ? JSON.parse(readFileSync(RATCHET, 'utf8')) : {};
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
let failed = false;
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
  writeFileSync(`${RATCHET}.tmp`, `${JSON.stringify(raised, null, 2)}\n`);
  renameSync(`${RATCHET}.tmp`, RATCHET);
  console.log(`recorded in ${RATCHET}`);
}
if (failed) {
  console.error('evaluate: a figure fell below the best recorded one');
  process.exit(1);
}
