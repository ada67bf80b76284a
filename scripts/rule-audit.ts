// Which rules earn their place: each development-gold report is read in process with every rule,
// then with each rule turned off in turn; what changes is put down to the rule, with the
// countries where it changed, and the pooled F1 with and without it. First the rules that decide
// what is an event (EVENT_RULES in pipeline/extract/events.ts), by score.mjs's events F1 (an event
// is right when it holds a gold quote with its date): the gold events a rule gives or takes, the
// events no gold holds it spares or adds. Then the rules that decide who an event is about
// (LINK_RULES in pipeline/extract/index.ts) and each word of the relations that make a person only
// related to an event (RELATION_ENTRIES there), by score.mjs's who F1: the right links of the gold
// events found, and the links the gold does not hold. A rule that helps in one country only is a
// candidate for removal (issue #17: a rule earns its place on at least two gold reports of
// different countries). After each table, each report's F1 read without the rules that no two
// other countries vouch for: the honest estimate.
//   npm run rule-audit
import { parseArgs } from 'node:util';
import { EVENT_RULES } from '../pipeline/extract/events.ts';
import { extractReport } from '../pipeline/extract/index.ts';
import { GOLD_DIR, readGoldReports } from './gold.ts';
import { auditRules, countsF1, eventsMeasure, pooledLeftOut, ruleKeys, WHO_KEYS, whoMeasure, type Measure } from './left-out.ts';

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run rule-audit -- [--help]
Turns each rule that decides what is an event, then each that decides who an event is about (and
each word of the relations that make a person only related to an event, relation:<entry>), off in
turn on the development gold (../shared/eval and ../shared/corpus/dev) and prints what it changes
(gold events or right links given and taken, false ones spared and added, with their countries)
and the pooled F1 with and without it; then each report's F1 without those that no two other
countries vouch for.
example: npm run rule-audit`);
  process.exit(0);
}
const reports = readGoldReports();
if (!reports.length) {
  console.error(`rule-audit: no gold reports at ${GOLD_DIR}`);
  process.exit(1);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
// A rule by its own name; a relation's word as the filter names it (relation:sons? of).
const shown = (key: string) => key.replace(/^rule:/, '');
const tally = (m: Map<string, number>) => {
  const n = [...m.values()].reduce((a, b) => a + b, 0);
  return n ? `${n} (${[...m].sort(([a], [b]) => a.localeCompare(b)).map(([c, k]) => (k > 1 ? `${c} ${k}` : c)).join(', ')})` : '0';
};
// Every report read with every rule, once for both audits.
const withEveryRule = reports.map(({ report }) => extractReport(report));

function audit(what: string, rules: readonly string[], measure: Measure, [gives, spares]: [string, string]): void {
  const { effects, reports: leftOut } = auditRules(reports, rules, measure, withEveryRule);
  console.log(`${what} F1 with every rule: ${pct(countsF1(leftOut.map((r) => r.inSample)))}`);
  // The relations' entries are longer than the rules' names: the column fits the longest.
  const width = Math.max(24, ...effects.map((e) => shown(e.name).length + 1));
  console.log(`${'rule'.padEnd(width)} ${'F1 without'.padStart(10)}   ${`${gives} given`.padEnd(40)} ${`${gives} taken`.padEnd(22)} ${`${spares} spared`.padEnd(48)} ${spares} added`);
  for (const e of effects) console.log(`${shown(e.name).padEnd(width)} ${pct(e.f1Without).padStart(10)}   ${tally(e.given).padEnd(40)} ${tally(e.taken).padEnd(22)} ${tally(e.spared).padEnd(48)} ${tally(e.added)}`);
  console.log('');
  console.log(`${what} F1 with each report's country left out of the choice of rules`);
  console.log(`${'report'.padEnd(16)} ${'in sample'.padStart(10)} ${'left out (2 countries)'.padStart(23)} ${'(1 country)'.padStart(12)}   rules withheld (2 countries)`);
  for (const r of leftOut) console.log(`${r.report_id.padEnd(16)} ${pct(countsF1([r.inSample])).padStart(10)} ${pct(countsF1([r.held[0]])).padStart(23)} ${pct(countsF1([r.held[1]])).padStart(12)}   ${r.withheld[0].map(shown).join(', ') || '-'}`);
  console.log(`${'pooled'.padEnd(16)} ${pct(countsF1(leftOut.map((r) => r.inSample))).padStart(10)} ${pct(pooledLeftOut(leftOut, 0)).padStart(23)} ${pct(pooledLeftOut(leftOut, 1)).padStart(12)}`);
}

audit('events', ruleKeys(EVENT_RULES), eventsMeasure, ['gold', 'false']);
console.log('');
audit('who', WHO_KEYS, whoMeasure, ['right links', 'false links']);
