// Extraction's benchmark: the time extractReport takes on the annotated reports (../shared), and
// how its time grows with a paragraph's length on shapes a broken or unusual copy may hold (a run of
// capitalised words, a list of names, a paragraph with no full stop). Each shape is timed at a
// length and at eight times that length: near 8x the time is linear, 64x quadratic.
//   npm run bench:extract [-- --passes N]
import { parseArgs } from 'node:util';
import { extractReport } from '../pipeline/extract/index.ts';
import { extractEvents } from '../pipeline/extract/events.ts';
import { findPeople } from '../pipeline/extract/people.ts';
import { GOLD_DIR, readGoldReports } from './gold.ts';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '5' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run bench:extract -- [--passes N]
Times extraction alone (people, mentions, events) on the annotated reports of ../shared/eval, the
best of N passes after a warm one, then its growth with a paragraph's length on 12 shapes of text.
  --passes N   passes over the reports (default: 5)
example: npm run bench:extract`);
  process.exit(0);
}

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

const reports = readGoldReports().map((r) => r.report);
if (reports.length) {
  for (const report of reports) extractReport(report);
  const passes = Array.from({ length: Math.max(1, Number(values.passes)) }, () => time(() => reports.forEach((r) => extractReport(r))));
  const paragraphs = reports.reduce((n, r) => n + r.paragraphs.length, 0);
  console.log(`extraction over ${reports.length} annotated reports (${paragraphs} paragraphs): ${(Math.min(...passes) / reports.length).toFixed(2)} ms a report (best of ${passes.length} passes)`);
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
