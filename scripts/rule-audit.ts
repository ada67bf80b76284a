// Which event rules earn their place: each development-gold report is read in process with every
// rule (EVENT_RULES in pipeline/extract/events.ts), then with each rule turned off in turn; what
// changes is put down to the rule: the gold events it gives or takes, the events no gold holds it
// spares or adds, in which countries, and the pooled events F1 with and without it (as
// score.mjs counts: an event is right when it holds a gold quote with its date). A rule that
// helps in one country only is a candidate for removal (issue #17: a rule earns its place on at
// least two gold reports of different countries). Last, the events F1 of each report read without
// the rules that no two other countries vouch for: the honest estimate.
//   npm run rule-audit
import { parseArgs } from 'node:util';
import { EVENT_RULES, type EventRule } from '../pipeline/extract/events.ts';
import { extractReport } from '../pipeline/extract/index.ts';
import { countryOf, findGoldEvent, GOLD_DIR, holdsGoldEvent, readGoldReports, type GoldReport } from './gold.ts';

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run rule-audit
Turns each rule that decides what is an event off in turn on the development gold (../shared/eval
and ../shared/corpus/dev) and prints what it changes: gold events given and taken, events no gold
holds spared and added, with their countries, and the pooled events F1 with and without the rule;
then each report's events F1 without the rules that no two other countries vouch for.`);
  process.exit(0);
}
const reports = readGoldReports();
if (!reports.length) {
  console.error(`rule-audit: no gold reports at ${GOLD_DIR}`);
  process.exit(1);
}

type Events = { text: string; date: string }[];
/** One report's events as the scorer counts them: how many hold no gold quote, and which gold events they find. */
interface Scored {
  gold: GoldReport;
  events: Events;
  falseEvents: number;
  goldHits: boolean[];
}
const scored = (gold: GoldReport, events: Events): Scored => ({
  gold,
  events,
  falseEvents: events.filter((e) => !holdsGoldEvent(gold, e)).length,
  goldHits: gold.events.map((g) => findGoldEvent(events, g) !== undefined),
});
const hits = (run: Scored) => run.goldHits.filter(Boolean).length;

function f1(runs: Scored[]): number {
  let found = 0;
  let right = 0;
  let goldAll = 0;
  let goldHit = 0;
  for (const run of runs) {
    found += run.events.length;
    right += run.events.length - run.falseEvents;
    goldAll += run.gold.events.length;
    goldHit += hits(run);
  }
  const precision = right / Math.max(1, found);
  const recall = goldHit / Math.max(1, goldAll);
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

// The countries in whose reports each rule does more good than harm (gold given and false events
// spared, less gold taken and false events added), for the estimate with each country left out.
const helpsIn = new Map<EventRule, Set<string>>();

const withAll = reports.map(({ gold, report }) => scored(gold, extractReport(report).events));
const baseF1 = f1(withAll);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const tally = (m: Map<string, number>) => {
  const n = [...m.values()].reduce((a, b) => a + b, 0);
  return n ? `${n} (${[...m].sort(([a], [b]) => a.localeCompare(b)).map(([c, k]) => (k > 1 ? `${c} ${k}` : c)).join(', ')})` : '0';
};

console.log(`events F1 with every rule: ${pct(baseF1)}`);
console.log(`${'rule'.padEnd(24)} ${'F1 without'.padStart(10)}   ${'gold given'.padEnd(40)} ${'gold taken'.padEnd(22)} ${'false spared'.padEnd(48)} false added`);
for (const name of EVENT_RULES) {
  const off = `rule:${name satisfies EventRule}`;
  const without = reports.map(({ gold, report }) => scored(gold, extractReport(report, (cue) => cue !== off).events));
  const given = new Map<string, number>();
  const taken = new Map<string, number>();
  const spared = new Map<string, number>();
  const added = new Map<string, number>();
  const bump = (m: Map<string, number>, country: string, n = 1) => n > 0 && m.set(country, (m.get(country) ?? 0) + n);
  const net = new Map<string, number>();
  withAll.forEach((run, i) => {
    const country = countryOf(run.gold.report_id);
    const after = without[i].goldHits;
    run.goldHits.forEach((hit, j) => (hit && !after[j] ? bump(given, country) : !hit && after[j] ? bump(taken, country) : undefined));
    const falseDelta = without[i].falseEvents - run.falseEvents;
    bump(falseDelta > 0 ? spared : added, country, Math.abs(falseDelta));
    net.set(country, (net.get(country) ?? 0) + hits(run) - hits(without[i]) + falseDelta);
  });
  helpsIn.set(name, new Set([...net].filter(([, n]) => n > 0).map(([country]) => country)));
  console.log(`${name.padEnd(24)} ${pct(f1(without)).padStart(10)}   ${tally(given).padEnd(40)} ${tally(taken).padEnd(22)} ${tally(spared).padEnd(48)} ${tally(added)}`);
}

// The honest estimate: each report read again without the rules that do not help in at least two
// other countries' reports (a second column asks for one), as evaluate --cross-validate does for
// the type cues. A rule that helps nowhere on the gold (a guard of reading) is kept: it owes the
// gold nothing.
console.log('');
console.log('events F1 with each report\'s country left out of the choice of rules');
console.log(`${'report'.padEnd(16)} ${'in sample'.padStart(10)} ${'left out (2 countries)'.padStart(23)} ${'(1 country)'.padStart(12)}   rules withheld (2 countries)`);
const pooled: Scored[][] = [[], []];
withAll.forEach((run, i) => {
  const country = countryOf(run.gold.report_id);
  const vouchedFor = (rule: EventRule) => [...helpsIn.get(rule)!].filter((c) => c !== country).length;
  const withheld = [2, 1].map((n) => EVENT_RULES.filter((rule) => helpsIn.get(rule)!.size > 0 && vouchedFor(rule) < n));
  const held = withheld.map((rules) => scored(run.gold, extractReport(reports[i].report, (cue) => !rules.some((r) => cue === `rule:${r}`)).events));
  held.forEach((run, k) => pooled[k].push(run));
  console.log(`${run.gold.report_id.padEnd(16)} ${pct(f1([run])).padStart(10)} ${pct(f1([held[0]])).padStart(23)} ${pct(f1([held[1]])).padStart(12)}   ${withheld[0].join(', ') || '-'}`);
});
console.log(`${'pooled'.padEnd(16)} ${pct(baseF1).padStart(10)} ${pct(f1(pooled[0])).padStart(23)} ${pct(f1(pooled[1])).padStart(12)}`);
