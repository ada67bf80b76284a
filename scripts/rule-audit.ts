// Which rules earn their place: each development-gold report is read in process with every rule,
// then with each rule turned off in turn; what changes is put down to the rule, with the
// countries where it changed, and the pooled F1 with and without it. First the rules that decide
// what is an event (EVENT_RULES in pipeline/extract/events.ts), by score.mjs's events F1 (an event
// is right when it holds a gold quote with its date): the gold events a rule gives or takes, the
// events no gold holds it spares or adds. Then the rules that decide who an event is about
// (LINK_RULES in pipeline/extract/index.ts), by score.mjs's who F1: the right links of the gold
// events found, and the links the gold does not hold. A rule that helps in one country only is a
// candidate for removal (issue #17: a rule earns its place on at least two gold reports of
// different countries). After each table, each report's F1 read without the rules that no two
// other countries vouch for: the honest estimate.
//   npm run rule-audit
import { parseArgs } from 'node:util';
import { EVENT_RULES } from '../pipeline/extract/events.ts';
import { extractReport, LINK_RULES, type Extraction } from '../pipeline/extract/index.ts';
import { countLinks, countryOf, findGoldEvent, GOLD_DIR, holdsGoldEvent, readGoldReports, type GoldReport } from './gold.ts';

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run rule-audit
Turns each rule that decides what is an event, then each that decides who an event is about, off
in turn on the development gold (../shared/eval and ../shared/corpus/dev) and prints what it
changes (gold events or right links given and taken, false ones spared and added, with their
countries) and the pooled F1 with and without the rule; then each report's F1 without the rules
that no two other countries vouch for.`);
  process.exit(0);
}
const reports = readGoldReports();
if (!reports.length) {
  console.error(`rule-audit: no gold reports at ${GOLD_DIR}`);
  process.exit(1);
}

/** One report read one way, as the scorer counts it: the gold it is held against (`gold`), which gold items it finds (`hits`, in a fixed order), and what it finds, right or not. */
interface Counts {
  gold: number;
  hits: boolean[];
  found: number;
  right: number;
}
/** A measure of a report read one way: score.mjs's events (a found event is right when it holds a gold quote with its date) or who. */
type Measure = (gold: GoldReport, extraction: Extraction) => Counts;

const events: Measure = (gold, { events }) => ({
  gold: gold.events.length,
  hits: gold.events.map((g) => findGoldEvent(events, g) !== undefined),
  found: events.length,
  right: events.filter((e) => holdsGoldEvent(gold, e)).length,
});
const who: Measure = countLinks;
const goldFound = (run: Counts) => run.hits.filter(Boolean).length;

function f1(runs: Counts[]): number {
  const sum = (count: (run: Counts) => number) => runs.reduce((n, run) => n + count(run), 0);
  const precision = sum((run) => run.right) / Math.max(1, sum((run) => run.found));
  const recall = sum(goldFound) / Math.max(1, sum((run) => run.gold));
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const tally = (m: Map<string, number>) => {
  const n = [...m.values()].reduce((a, b) => a + b, 0);
  return n ? `${n} (${[...m].sort(([a], [b]) => a.localeCompare(b)).map(([c, k]) => (k > 1 ? `${c} ${k}` : c)).join(', ')})` : '0';
};
const readAll = (measure: Measure, allowed?: (cue: string) => boolean) => reports.map(({ gold, report }) => measure(gold, extractReport(report, allowed)));
// Every report read with every rule, once for both audits.
const withEveryRule = reports.map(({ report }) => extractReport(report));

function audit(what: string, rules: readonly string[], measure: Measure, [gives, spares]: [string, string]): void {
  const withAll = withEveryRule.map((extraction, i) => measure(reports[i].gold, extraction));
  // The countries in whose reports each rule does more good than harm (gold given and false ones
  // spared, less gold taken and false ones added), for the estimate with each country left out.
  const helpsIn = new Map<string, Set<string>>();
  console.log(`${what} F1 with every rule: ${pct(f1(withAll))}`);
  console.log(`${'rule'.padEnd(24)} ${'F1 without'.padStart(10)}   ${`${gives} given`.padEnd(40)} ${`${gives} taken`.padEnd(22)} ${`${spares} spared`.padEnd(48)} ${spares} added`);
  for (const name of rules) {
    const off = `rule:${name}`;
    const without = readAll(measure, (cue) => cue !== off);
    const [given, taken, spared, added] = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
    const bump = (m: Map<string, number>, country: string, n: number) => n > 0 && m.set(country, (m.get(country) ?? 0) + n);
    const net = new Map<string, number>();
    withAll.forEach((run, i) => {
      const country = countryOf(reports[i].gold.report_id);
      const after = without[i].hits;
      run.hits.forEach((hit, j) => (hit && !after[j] ? bump(given, country, 1) : !hit && after[j] ? bump(taken, country, 1) : undefined));
      const falseOnes = without[i].found - without[i].right - (run.found - run.right);
      bump(spared, country, falseOnes);
      bump(added, country, -falseOnes);
      net.set(country, (net.get(country) ?? 0) + goldFound(run) - goldFound(without[i]) + falseOnes);
    });
    helpsIn.set(name, new Set([...net].filter(([, n]) => n > 0).map(([country]) => country)));
    console.log(`${name.padEnd(24)} ${pct(f1(without)).padStart(10)}   ${tally(given).padEnd(40)} ${tally(taken).padEnd(22)} ${tally(spared).padEnd(48)} ${tally(added)}`);
  }

  // The honest estimate: each report read again without the rules that do not help in at least two
  // other countries' reports (a second column asks for one), as evaluate --cross-validate does for
  // the type cues. A rule that helps nowhere on the gold (a guard of reading) is kept: it owes the
  // gold nothing.
  console.log('');
  console.log(`${what} F1 with each report's country left out of the choice of rules`);
  console.log(`${'report'.padEnd(16)} ${'in sample'.padStart(10)} ${'left out (2 countries)'.padStart(23)} ${'(1 country)'.padStart(12)}   rules withheld (2 countries)`);
  const pooled: Counts[][] = [[], []];
  withAll.forEach((run, i) => {
    const { gold, report } = reports[i];
    const country = countryOf(gold.report_id);
    const vouchedFor = (rule: string) => [...helpsIn.get(rule)!].filter((c) => c !== country).length;
    const withheld = [2, 1].map((n) => rules.filter((rule) => helpsIn.get(rule)!.size > 0 && vouchedFor(rule) < n));
    const held = withheld.map((names) => measure(gold, extractReport(report, (cue) => !names.some((r) => cue === `rule:${r}`))));
    held.forEach((counts, k) => pooled[k].push(counts));
    console.log(`${gold.report_id.padEnd(16)} ${pct(f1([run])).padStart(10)} ${pct(f1([held[0]])).padStart(23)} ${pct(f1([held[1]])).padStart(12)}   ${withheld[0].join(', ') || '-'}`);
  });
  console.log(`${'pooled'.padEnd(16)} ${pct(f1(withAll)).padStart(10)} ${pct(f1(pooled[0])).padStart(23)} ${pct(f1(pooled[1])).padStart(12)}`);
}

audit('events', EVENT_RULES, events, ['gold', 'false']);
console.log('');
audit('who', LINK_RULES, who, ['right links', 'false links']);
