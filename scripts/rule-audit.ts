// Which event rules earn their place: each development-gold report is read in process with every
// rule (EVENT_RULES in pipeline/extract/events.ts), then with each rule turned off in turn; what
// changes is put down to the rule: the gold events it gives or takes, the events no gold holds it
// spares or adds, in which countries, and the pooled events F1 with and without it (as
// score.mjs counts: an event is right when it holds a gold quote with its date). A rule that
// helps in one country only is a candidate for removal (issue #17: a rule earns its place on at
// least two gold reports of different countries).
//   npm run rule-audit
import { parseArgs } from 'node:util';
import { EVENT_RULES, type EventRule } from '../pipeline/extract/events.ts';
import { extractReport } from '../pipeline/extract/index.ts';
import { countryOf, findGoldEvent, fold, GOLD_DIR, readGoldReports, type GoldReport } from './gold.ts';

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run rule-audit
Turns each rule that decides what is an event off in turn on the development gold (../shared/eval
and ../shared/corpus/dev) and prints what it changes: gold events given and taken, events no gold
holds spared and added, with their countries, and the pooled events F1 with and without the rule.`);
  process.exit(0);
}
const reports = readGoldReports();
if (!reports.length) {
  console.error(`rule-audit: no gold reports at ${GOLD_DIR}`);
  process.exit(1);
}

type Events = { text: string; date: string }[];
const holdsGold = (gold: GoldReport, e: { text: string; date: string }) => gold.events.some((g) => e.date.startsWith(g.date) && fold(e.text).includes(fold(g.quote)));
const falseEvents = (gold: GoldReport, events: Events) => events.filter((e) => !holdsGold(gold, e)).length;
const goldFound = (gold: GoldReport, events: Events) => gold.events.map((g) => findGoldEvent(events, g) !== undefined);

function f1(runs: { gold: GoldReport; events: Events }[]): number {
  let found = 0;
  let right = 0;
  let goldAll = 0;
  let goldHit = 0;
  for (const { gold, events } of runs) {
    found += events.length;
    right += events.length - falseEvents(gold, events);
    goldAll += gold.events.length;
    goldHit += goldFound(gold, events).filter(Boolean).length;
  }
  const precision = right / Math.max(1, found);
  const recall = goldHit / Math.max(1, goldAll);
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

const withAll = reports.map(({ gold, report }) => ({ gold, events: extractReport(report).events as Events }));
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
  const without = reports.map(({ gold, report }) => ({ gold, events: extractReport(report, (cue) => cue !== off).events as Events }));
  const given = new Map<string, number>();
  const taken = new Map<string, number>();
  const spared = new Map<string, number>();
  const added = new Map<string, number>();
  const bump = (m: Map<string, number>, country: string, n = 1) => n > 0 && m.set(country, (m.get(country) ?? 0) + n);
  withAll.forEach(({ gold, events }, i) => {
    const country = countryOf(gold.report_id);
    const before = goldFound(gold, events);
    const after = goldFound(gold, without[i].events);
    before.forEach((hit, j) => (hit && !after[j] ? bump(given, country) : !hit && after[j] ? bump(taken, country) : undefined));
    const falseDelta = falseEvents(gold, without[i].events) - falseEvents(gold, events);
    bump(falseDelta > 0 ? spared : added, country, Math.abs(falseDelta));
  });
  console.log(`${name.padEnd(24)} ${pct(f1(without)).padStart(10)}   ${tally(given).padEnd(40)} ${tally(taken).padEnd(22)} ${tally(spared).padEnd(48)} ${tally(added)}`);
}
