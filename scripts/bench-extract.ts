// Extraction's benchmark: the time extractReport takes on the annotated reports (../shared), and
// how its time grows with a paragraph's length on shapes a broken or unusual copy may hold (a run of
// capitalised words, a list of names, a paragraph with no full stop). Each shape is timed at a
// length and at eight times that length: near 8x the time is linear, 64x quadratic.
//   npm run bench:extract [-- --passes N] [--against DIR]
// --against times another checkout's extraction (a git worktree of an earlier commit) in the same
// process, the two taking turns pass by pass: two runs in separate processes differ by more than
// a change's cost (the one run second is often the faster).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractReport } from '../pipeline/extract/index.ts';
import { extractEvents } from '../pipeline/extract/events.ts';
import { findPeople } from '../pipeline/extract/people.ts';
import { GOLD_DIR, readGoldReports } from './gold.ts';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '5' }, against: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run bench:extract -- [--passes N] [--against DIR]
Times extraction alone (people, mentions, events) on the annotated reports of ../shared/eval, the
best of N passes after a warm one, then its growth with a paragraph's length on 12 shapes of text.
  --passes N      passes over the reports (default: 5)
  --against DIR   also time the extraction of another checkout (a git worktree of an earlier
                  commit, with node_modules), the two taking turns pass by pass
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
if (reports.length) {
  const trees: [string, typeof extractReport][] = [['this checkout', extractReport]];
  if (values.against) trees.push([values.against, (await import(pathToFileURL(resolve(values.against, 'pipeline/extract/index.ts')).href)).extractReport]);
  for (const [, extract] of trees) for (const report of reports) extract(report);
  const passes = trees.map((): number[] => []);
  for (let pass = 0; pass < Math.max(1, Number(values.passes)); pass++) {
    // Each tree goes first every other pass.
    for (const t of pass % 2 ? [...trees.keys()].reverse() : trees.keys()) passes[t].push(time(() => reports.forEach((r) => trees[t][1](r))));
  }
  const paragraphs = reports.reduce((n, r) => n + r.paragraphs.length, 0);
  const perReport = (list: number[]) => (Math.min(...list) / reports.length).toFixed(2);
  const median = (list: number[]) => ([...list].sort((a, b) => a - b)[list.length >> 1] / reports.length).toFixed(2);
  console.log(`extraction over ${reports.length} annotated reports (${paragraphs} paragraphs): ${perReport(passes[0])} ms a report (best of ${passes[0].length} passes)`);
  if (values.against) for (const [t, [name]] of trees.entries()) console.log(`  ${name}: best ${perReport(passes[t])} ms, median ${median(passes[t])} ms a report`);
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
