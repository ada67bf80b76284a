// Extraction's benchmark: the time extractReport takes on the annotated reports (../shared), and
// how its time grows with a paragraph's length on shapes a broken or unusual copy may hold (a run of
// capitalised words, a list of names, a paragraph with no full stop). Each shape is timed at a
// length and at eight times that length: near 8x the time is linear, 64x quadratic.
//   npm run bench:extract [-- --passes N] [--against DIR]
// --against times another checkout's extraction (a git worktree of an earlier commit) beside this
// one's, each in a process of its own, the two taking turns for several rounds (the best of each
// counts). Not in one process: V8 compiles the regular expressions of a process to machine code
// only up to a budget, and the checkout loaded second ran about 50% slower, even when its code was
// the same.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractReport } from '../pipeline/extract/index.ts';
import { extractEvents } from '../pipeline/extract/events.ts';
import { findPeople } from '../pipeline/extract/people.ts';
import { GOLD_DIR, readGoldReports } from './gold.ts';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '5' }, against: { type: 'string' }, rounds: { type: 'string', default: '4' }, tree: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run bench:extract -- [--passes N] [--against DIR]
Times extraction alone (people, mentions, events) on the annotated reports of ../shared/eval, the
best of N passes after a warm one, then its growth with a paragraph's length on 12 shapes of text.
  --passes N      passes over the reports (default: 5)
  --against DIR   also time the extraction of another checkout (a git worktree of an earlier
                  commit, with node_modules), each in a process of its own, taking turns
  --rounds N      with --against: turns each checkout takes (default: 4)
example: npm run bench:extract -- --passes 30 --against /tmp/before
         (after git worktree add /tmp/before HEAD~3 && ln -s "$PWD/node_modules" /tmp/before/)`);
  process.exit(0);
}

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

const reports = readGoldReports().map((r) => r.report);
const passCount = Math.max(1, Number(values.passes));
/** The milliseconds of each pass of an extraction over the reports, after a warm one. */
function timePasses(extract: typeof extractReport): number[] {
  for (const report of reports) extract(report);
  return Array.from({ length: passCount }, () => time(() => reports.forEach((r) => extract(r))));
}
if (values.tree) {
  // A child of --against: one checkout's passes, as JSON on stdout.
  const extract = (await import(pathToFileURL(resolve(values.tree, 'pipeline/extract/index.ts')).href)).extractReport as typeof extractReport;
  console.log(JSON.stringify(timePasses(extract)));
  process.exit(0);
}
if (reports.length) {
  const paragraphs = reports.reduce((n, r) => n + r.paragraphs.length, 0);
  const perReport = (ms: number) => (ms / reports.length).toFixed(2);
  if (values.against) {
    const trees = [fileURLToPath(new URL('..', import.meta.url)), resolve(values.against)];
    const best = trees.map((): number[] => []);
    for (let round = 0; round < Math.max(1, Number(values.rounds)); round++) {
      // Each checkout goes first every other round.
      for (const t of round % 2 ? [1, 0] : [0, 1]) {
        const run = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1], '--passes', String(passCount), '--tree', trees[t]], { encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`bench:extract: timing ${trees[t]} failed: ${run.stderr}`);
        best[t].push(Math.min(...(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as number[])));
      }
    }
    console.log(`extraction over ${reports.length} annotated reports (${paragraphs} paragraphs), each checkout in its own process, best of ${passCount} passes a round, ${best[0].length} rounds:`);
    for (const [t, name] of ['this checkout', values.against].entries()) {
      const sorted = [...best[t]].sort((a, b) => a - b);
      console.log(`  ${name}: best ${perReport(sorted[0])} ms, median of the rounds ${perReport(sorted[sorted.length >> 1])} ms a report`);
    }
  } else {
    console.log(`extraction over ${reports.length} annotated reports (${paragraphs} paragraphs): ${perReport(Math.min(...timePasses(extractReport)))} ms a report (best of ${passCount} passes)`);
  }
} else {
  console.error(`bench:extract: no annotated reports at ${GOLD_DIR}; timing the shapes alone`);
}

// Units repeated to make one paragraph: what a title-case heading, a list, a report without full
// stops or a table pasted as text gives.
const SHAPES: Record<string, string> = {
  'title-case words': 'Aaa Bbb Ccc ',
  'list of names': 'Maria Silva, ',
  'full sentences': 'In May 2023, police arrested opposition leader John Smith in the capital. ',
  'no full stop': 'police arrested opposition leader John Smith in May 2023 and ',
  'dates': 'in March 2019 and ',
  'relative dates': 'two days later, ',
  'roles': 'President Minister Chairman ',
  'initials': 'J. K. ',
  'acronyms': 'UN NGO OSCE ',
  'parentheses': '(Aaa Bbb) ',
  'particles': 'Ahmed bin ',
  'quotes': '\u201Cthe court\u201D ',
};
const SMALL = 500;
const extract = (text: string) => () => {
  findPeople([text]);
  extractEvents(text, 2023, null);
};
extract('In May 2023, police arrested John Smith.')();
console.log(`\ngrowth with a paragraph's length (${SMALL} and ${8 * SMALL} repetitions; best of 3 each; 8x is linear, 64x quadratic)`);
console.log(`${'shape'.padEnd(18)} ${'characters'.padStart(11)} ${'ms'.padStart(8)} ${'ms at 8x'.padStart(9)} ${'growth'.padStart(7)}`);
for (const [name, unit] of Object.entries(SHAPES)) {
  const [small, large] = [SMALL, 8 * SMALL].map((n) => {
    const text = `In May 2023 ${unit.repeat(n)}said.`;
    return { length: text.length, ms: Math.min(...[0, 1, 2].map(() => time(extract(text)))) };
  });
  console.log(`${name.padEnd(18)} ${String(small.length).padStart(11)} ${small.ms.toFixed(1).padStart(8)} ${large.ms.toFixed(1).padStart(9)} ${`${(large.ms / Math.max(small.ms, 0.1)).toFixed(1)}x`.padStart(7)}`);
}
