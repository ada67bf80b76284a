// Which type cues earn their place: each development-gold report is read in process, and every
// gold event it finds is put down to the cue that typed it (verb, noun, a court, or none), right
// or wrong, with the countries where it was each. A cue that is wrong more often than right, or
// right in one country only, is a candidate for removal (issue #17: a cue earns its place on at
// least two gold reports of different countries).
//   npm run cue-audit [-- --all]   (--all: every cue, not only the doubtful ones)
import { parseArgs } from 'node:util';
import { extractReport } from '../pipeline/extract/index.ts';
import { GOLD_DIR, readGoldReports, tallyCues } from './gold.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run cue-audit -- [--all]
Puts each development-gold event found down to the cue that typed it and prints, per cue, how
often it was right and wrong and in which countries (../shared/eval and ../shared/corpus/dev).
  --all   every cue (default: those wrong at least as often as right, or right in one country only)
example: npm run cue-audit`);
  process.exit(0);
}
const reports = readGoldReports();
if (!reports.length) {
  console.error(`cue-audit: no gold reports at ${GOLD_DIR}`);
  process.exit(1);
}
const tallies = tallyCues(reports.map(({ gold, report }) => ({ gold, events: extractReport(report).events })), true);
const rows = [...tallies].map(([cue, t]) => [`${t.type.padEnd(22)} ${cue}`, t] as const).sort(([a, x], [b, y]) => y.wrong - y.right - (x.wrong - x.right) || a.localeCompare(b));
console.log('type                   cue                               right (countries)       wrong (countries; gold said)');
for (const [key, t] of rows) {
  const doubtful = t.wrong >= t.right || t.rightIn.size < 2;
  if (!values.all && !doubtful) continue;
  const wrongAs = [...t.wrongAs].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(', ');
  console.log(`${key.padEnd(56)} ${String(t.right).padStart(3)} (${[...t.rightIn].sort().join(' ')})`.padEnd(80) + ` ${String(t.wrong).padStart(3)} (${[...t.wrongIn].sort().join(' ')}${wrongAs ? `; ${wrongAs}` : ''})`);
}
