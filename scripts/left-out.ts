// The honest estimates of issue #17. The cues that type an event and the rules that decide what
// is an event or who it is about were written looking at the development gold, under the rule that
// each earns its place on the gold of at least two countries. So each gold report is read again
// without the cues and rules that fewer than two other countries' gold vouches for (the reports of
// its own country set aside with it; then asking for one), and scored as score.mjs scores: what
// the pipeline may be expected to do on reports nobody tuned it to. `npm run evaluate` holds these
// figures in its ratchet beside the in-sample ones; `evaluate -- --cross-validate` and
// `npm run rule-audit` print them report by report.
import { EVENT_RULES } from '../pipeline/extract/events.ts';
import { extractReport, LINK_RULES, RELATION_ENTRIES, type Extraction } from '../pipeline/extract/index.ts';
import { countLinks, countryOf, findGoldEvent, holdsGoldEvent, withheldCues, type GoldRead, type GoldReport } from './gold.ts';

/** How many other countries' gold must vouch for a cue or rule: two (issue #17's rule), then one. */
export const VOUCHING = [2, 1] as const;

/** One report read one way, as the scorer counts it: the gold it is held against (`gold`), which gold items it finds (`hits`, in a fixed order), and what it finds, right or not. */
export interface Counts {
  gold: number;
  hits: boolean[];
  found: number;
  right: number;
}

/** A measure of a report read one way: score.mjs's events (a found event is right when it holds a gold quote with its date) or who. */
export type Measure = (gold: GoldReport, extraction: Extraction) => Counts;

export const eventsMeasure: Measure = (gold, { events }) => ({
  gold: gold.events.length,
  hits: gold.events.map((g) => findGoldEvent(events, g) !== undefined),
  found: events.length,
  right: events.filter((e) => holdsGoldEvent(gold, e)).length,
});
export const whoMeasure: Measure = countLinks;

export const goldFound = (run: Counts) => run.hits.filter(Boolean).length;

/** F1 of runs pooled, as score.mjs pools reports. */
export function countsF1(runs: Counts[]): number {
  const sum = (count: (run: Counts) => number) => runs.reduce((n, run) => n + count(run), 0);
  const precision = sum((run) => run.right) / Math.max(1, sum((run) => run.found));
  const recall = sum(goldFound) / Math.max(1, sum((run) => run.gold));
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** What turning one rule off changes, by country: gold items given and taken, false ones spared and added. */
export interface RuleEffect {
  name: string;
  f1Without: number;
  given: Map<string, number>;
  taken: Map<string, number>;
  spared: Map<string, number>;
  added: Map<string, number>;
  /** The countries in whose reports the rule does more good than harm. */
  helpsIn: Set<string>;
}

/** A report with every rule, and without those fewer than VOUCHING[k] other countries vouch for (`held[k]`, `withheld[k]`). */
export interface ReportLeftOut {
  report_id: string;
  inSample: Counts;
  held: Counts[];
  withheld: string[][];
}

/** The names under which the extraction's filter (CueFilter) turns each rule off: `rule:<name>`. */
export const ruleKeys = (names: readonly string[]) => names.map((name) => `rule:${name}`);

/**
 * What decides who an event is about, as the filter names it: each rule (LINK_RULES), and each
 * word or phrase of the relations that make a person only related to an event (`relation:<entry>`),
 * which were chosen from the gold as the type cues were; not WordNet's relatives, general English
 * as its verbs are.
 */
export const WHO_KEYS = [...ruleKeys(LINK_RULES), ...RELATION_ENTRIES.filter((entry) => !entry.general).map((entry) => `relation:${entry.name}`)];

/**
 * Each rule (by the filter's name for it: `rule:trend`, `relation:sons? of`) turned off in turn on
 * every report (`effects`), then each report read without the rules that do not help in at least
 * VOUCHING[k] other countries' reports. A rule that helps nowhere on the gold (a guard of reading)
 * is kept: it owes the gold nothing.
 */
export function auditRules(reports: readonly GoldRead[], rules: readonly string[], measure: Measure, withEveryRule = reports.map(({ report }) => extractReport(report))): { effects: RuleEffect[]; reports: ReportLeftOut[] } {
  const withAll = withEveryRule.map((extraction, i) => measure(reports[i].gold, extraction));
  const bump = (m: Map<string, number>, country: string, n: number) => n > 0 && m.set(country, (m.get(country) ?? 0) + n);
  const effects = rules.map((name): RuleEffect => {
    const without = reports.map(({ gold, report }) => measure(gold, extractReport(report, (cue) => cue !== name)));
    const effect = { name, f1Without: countsF1(without), given: new Map(), taken: new Map(), spared: new Map(), added: new Map(), helpsIn: new Set<string>() };
    const net = new Map<string, number>();
    withAll.forEach((run, i) => {
      const country = countryOf(reports[i].gold.report_id);
      const after = without[i].hits;
      run.hits.forEach((hit, j) => (hit && !after[j] ? bump(effect.given, country, 1) : !hit && after[j] ? bump(effect.taken, country, 1) : undefined));
      const falseOnes = without[i].found - without[i].right - (run.found - run.right);
      bump(effect.spared, country, falseOnes);
      bump(effect.added, country, -falseOnes);
      net.set(country, (net.get(country) ?? 0) + goldFound(run) - goldFound(without[i]) + falseOnes);
    });
    for (const [country, n] of net) if (n > 0) effect.helpsIn.add(country);
    return effect;
  });
  const helpsIn = new Map(effects.map((e) => [e.name, e.helpsIn]));
  const leftOut = withAll.map((inSample, i): ReportLeftOut => {
    const { gold, report } = reports[i];
    const country = countryOf(gold.report_id);
    const vouchedFor = (rule: string) => [...helpsIn.get(rule)!].filter((c) => c !== country).length;
    const withheld = VOUCHING.map((n) => rules.filter((rule) => helpsIn.get(rule)!.size > 0 && vouchedFor(rule) < n));
    const held = withheld.map((names) => measure(gold, extractReport(report, (cue) => !names.includes(cue))));
    return { report_id: gold.report_id, inSample, held, withheld };
  });
  return { effects, reports: leftOut };
}

/** The pooled F1 of every report read without the rules fewer than VOUCHING[k] other countries vouch for. */
export const pooledLeftOut = (reports: readonly ReportLeftOut[], k: number) => countsF1(reports.map((r) => r.held[k]));

/** Gold events found and typed right. */
export interface TypeCounts {
  found: number;
  right: number;
}

/** Of a report's gold events found, those typed as the gold types them. */
export function typedRight(gold: GoldReport, events: { text: string; date: string; type: string }[]): TypeCounts {
  let found = 0;
  let right = 0;
  for (const g of gold.events) {
    const hit = findGoldEvent(events, g);
    if (!hit) continue;
    found++;
    if (hit.type === g.type) right++;
  }
  return { found, right };
}

/**
 * The event type with each report's country left out of the choice of cues: the report read
 * again without the cues that type one of its gold events right but that fewer than VOUCHING[k]
 * other countries' gold vouches for (gold.ts withheldCues), for each k. Cues that only ever err on
 * a report are kept: they owe it nothing. Which events are found does not change (cues only type
 * them), so only the type is estimated. Cues general enough to be right anywhere but seen in too
 * few gold reports are withheld too: the estimate errs low.
 */
export function typesLeftOut(inSample: readonly (GoldRead & Extraction)[]): { report_id: string; withheld: Set<string>[]; held: Extraction['events'][] }[] {
  return inSample.map((r) => {
    const withheld = withheldCues(r, inSample, VOUCHING);
    return { report_id: r.gold.report_id, withheld, held: withheld.map((set) => extractReport(r.report, (cue) => !set.has(cue)).events) };
  });
}

/** The honest figures `npm run evaluate` holds: type, events F1 and who F1, each with two other countries vouching (_2) and with one (_1). */
export const LEFT_OUT_FIGURES = ['type_left_out_2', 'type_left_out_1', 'events_f1_left_out_2', 'events_f1_left_out_1', 'who_f1_left_out_2', 'who_f1_left_out_1'] as const;

export function leftOutFigures(reports: readonly GoldRead[]): Record<(typeof LEFT_OUT_FIGURES)[number], number> {
  const extractions = reports.map(({ report }) => extractReport(report));
  const inSample = reports.map((r, i) => ({ ...r, ...extractions[i] }));
  const types = typesLeftOut(inSample);
  const typeShare = (k: number) => {
    const counts = types.map((t, i) => typedRight(reports[i].gold, t.held[k]));
    return counts.reduce((n, c) => n + c.right, 0) / Math.max(1, counts.reduce((n, c) => n + c.found, 0));
  };
  const events = auditRules(reports, ruleKeys(EVENT_RULES), eventsMeasure, extractions).reports;
  const who = auditRules(reports, WHO_KEYS, whoMeasure, extractions).reports;
  return {
    type_left_out_2: typeShare(0),
    type_left_out_1: typeShare(1),
    events_f1_left_out_2: pooledLeftOut(events, 0),
    events_f1_left_out_1: pooledLeftOut(events, 1),
    who_f1_left_out_2: pooledLeftOut(who, 0),
    who_f1_left_out_1: pooledLeftOut(who, 1),
  };
}
