// Scores people, identity and events against the hand-written gold in ../shared/eval: builds
// every report that has gold (the seeds from raw/, the others from ../shared/corpus/dev) into a
// scratch folder, prints each report's figures, the pooled ones and the worst report's, and how
// the people finder fares on names no gold holds (name-probe.ts) and on the gold reports with
// other names in them (name-swap.ts), and the share of the events found
// that the gold holds by date precision and type basis, and the honest estimates with each
// report's country left out of the choice of cues and rules (left-out.ts); fails when a figure
// falls below the best recorded in scripts/ratchet.json on the same gold (`--record` raises the
// ratchet, or records it anew when the gold has changed).
//   npm run evaluate [-- --dist DIR] [--record] [--cross-validate]
//   --dist DIR   score a dataset already built instead (the figures then cover the gold reports it
//                holds; the left-out figures, which read the reports with the code at hand, are not computed)
//   --cross-validate   the event type's leave-one-report-out figures instead (see crossValidate below)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, writeAtomically } from '../pipeline/common/files.ts';
import { extractReport, type Extraction } from '../pipeline/extract/index.ts';
import { typeBasis } from '../pipeline/tables/people.ts';
import { EVENT_TYPES, LINK_BASES, TYPE_BASES } from '../schemas/tables.ts';
import { buildForScoring, countLinks, findGoldEvent, GOLD_DIR, goldFingerprint, goldLinks, linksF1, readGoldReports, readGoldSources, sharedGoldEvents, typeReach, writeGoldRaw, type GoldReport, type LinkCounts, type TypeReach } from './gold.ts';
import { auditRules, LEFT_OUT_FIGURES, leftOutFigures, typedRight, typesLeftOut, VOUCHING, WHO_KEYS, whoMeasure } from './left-out.ts';
import { comparable, dropped, parseRatchet, recordRatchet } from './ratchet.ts';
import { peopleTotals, probeNames } from './name-probe.ts';
import { swapNames, swapTotals } from './name-swap.ts';

const RATCHET = join(PROJECT_ROOT, 'scripts/ratchet.json');
const SCORER = join(GOLD_DIR, 'score.mjs');

/**
 * Figures held by the ratchet: pooled over every gold report, then the worst single report's, the
 * probes', and with each report's country left out of the choice of cues and rules (two other
 * countries vouching, then one): a change that fits the gold it was written against raises the
 * first and lowers the last. Precision and recall are printed, not held: a change may rightly
 * trade one for the other when F1 rises.
 */
const FIGURES = ['people_f1', 'identity_f1', 'events_f1', 'event_type_accuracy', 'event_people_f1', 'worst_people_f1', 'worst_events_f1', 'probe_people_found', 'probe_things_clean', 'probe_bare_found', 'probe_bare_clean', 'swap_people_found', 'swap_who_f1', ...LEFT_OUT_FIGURES] as const;
type Figure = (typeof FIGURES)[number];
// Issue #17's targets, on all development gold together and on its worst report.
const TARGETS: Partial<Record<Figure, number>> = {
  people_f1: 0.95, identity_f1: 0.97, events_f1: 0.88, event_type_accuracy: 0.8, event_people_f1: 0.85, worst_people_f1: 0.85, worst_events_f1: 0.75,
};

const { values } = parseArgs({ options: { dist: { type: 'string' }, record: { type: 'boolean', default: false }, 'cross-validate': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log(`npm run evaluate -- [--dist DIR] [--record] [--cross-validate]
Builds every report with gold in ../shared/eval and scores it, and reads each again with its
country left out of the choice of cues and rules; fails when a figure falls below
scripts/ratchet.json's on the same gold.
  --dist DIR         score a built dataset instead (without the left-out figures)
  --record           raise scripts/ratchet.json (on other gold, record the figures anew)
  --cross-validate   the event type with each report's own gold left out of the choice of cues, report by report; then type and links by what decided them
example: npm run evaluate -- --cross-validate`);
  process.exit(0);
}
if (values['cross-validate']) {
  crossValidate();
  process.exit(0);
}
if (!existsSync(SCORER)) {
  console.log(`evaluate: ${SCORER} not found; nothing to score against`);
  process.exit(0);
}

let dist = values.dist;
let scratch: string | null = null;
if (!dist) {
  scratch = mkdtempSync(join(tmpdir(), 'frd-evaluate-'));
  const raw = join(scratch, 'raw');
  writeGoldRaw(raw);
  dist = join(scratch, 'out');
  process.stderr.write(`evaluate: building the reports with gold into ${dist}\n`);
  const build = buildForScoring(raw, dist);
  if (build.status !== 0) {
    process.stderr.write(build.stderr);
    process.exit(build.status ?? 1);
  }
}

const printed = spawnSync(process.execPath, [SCORER, '--dist', dist], { encoding: 'utf8' });
const run = spawnSync(process.execPath, [SCORER, '--dist', dist, '--json'], { encoding: 'utf8' });
if (run.status !== 0 || printed.status !== 0) {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  process.stderr.write(run.stderr || printed.stderr);
  process.exit(run.status || printed.status || 1);
}
process.stdout.write(printed.stdout);
const scored = JSON.parse(run.stdout) as Record<string, number> & { worst: Record<string, { value: number } | null>; per_report: { report_id: string }[] };
const trust = precisionByKind(dist, new Set(scored.per_report.map((r) => r.report_id)));
if (scratch) rmSync(scratch, { recursive: true, force: true });
const probe = probeNames();
const probed = peopleTotals(probe.people);
const bare = peopleTotals(probe.bare.people);
// The gold and the files it annotates, read once for the name swap, the left-out figures and the ratchet's fingerprint.
const sources = readGoldSources();
const swap = swapNames(12, sources);
const swapped = swapTotals(swap);
// Read with the code at hand: not a figure of a dataset built before (--dist).
const leftOut = values.dist ? null : leftOutFigures(readGoldReports(sources));
const result: Partial<Record<Figure, number>> = {
  ...(Object.fromEntries(FIGURES.filter((f) => !(LEFT_OUT_FIGURES as readonly string[]).includes(f)).map((f) => [f, f.startsWith('worst_') ? (scored.worst[f.slice('worst_'.length)]?.value ?? 0) : scored[f]])) as Record<Figure, number>),
  probe_people_found: probed.found / probed.sentences,
  probe_things_clean: 1 - probe.things.withPerson / probe.things.sentences,
  probe_bare_found: bare.found / bare.sentences,
  probe_bare_clean: 1 - probe.bare.things.withPerson / probe.bare.things.sentences,
  swap_people_found: swapped.found / Math.max(1, swapped.people),
  swap_who_f1: linksF1(swap.links),
  ...leftOut,
};

const ratchet = existsSync(RATCHET) ? parseRatchet(readFileSync(RATCHET, 'utf8')) : { figures: {} };
const gold = goldFingerprint(sources);
// The name probes read sentences of their own, not the gold.
const GOLD_FREE: Figure[] = ['probe_people_found', 'probe_things_clean', 'probe_bare_found', 'probe_bare_clean'];
const fell = new Set(dropped(ratchet, result, gold, GOLD_FREE));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log('');
console.log('names no gold holds (scripts/name-probe.ts): public figures of every region in four sentences each, found by the full name');
for (const [region, r] of Object.entries(probe.people)) console.log(`${region.padEnd(12)} ${`${r.found}/${r.sentences}`.padStart(8)}  ${pct(r.found / r.sentences).padStart(6)}${r.missed.length ? `   missed: ${r.missed.join(', ')}` : ''}`);
console.log(`names of organisations, places and movements in sentences that would introduce a person: ${probe.things.withPerson} of ${probe.things.sentences} gave one${probe.things.names.length ? `: ${probe.things.names.join(', ')}` : ''}`);
console.log(`the same names alone in four sentences, no title, appositive or repetition beside them: people found ${bare.found} of ${bare.sentences}, things that gave a person ${probe.bare.things.withPerson} of ${probe.bare.things.sentences}${probe.bare.things.names.length ? `: ${probe.bare.things.names.join(', ')}` : ''}`);
console.log('');
console.log(`the gold reports with each person's names replaced by a public figure's of the probe (scripts/name-swap.ts, ${swap.seeds} seeds):`);
console.log(`people found ${swapped.found} of ${swapped.people} (${pct(result.swap_people_found!)}), people found that the gold holds ${swap.foundRight} of ${swap.foundPeople} (${pct(swap.foundRight / Math.max(1, swap.foundPeople))}), who P ${pct(swap.links.right / Math.max(1, swap.links.found))} R ${pct(swap.links.right / Math.max(1, swap.links.gold))} F1 ${pct(result.swap_who_f1!)}`);
console.log(`by the region of the names given: ${[...swap.byRegion].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([region, r]) => `${region} ${r.found}/${r.people} (${pct(r.found / r.people)})`).join(', ')}`);
if (swap.missed.size) console.log(`missed: ${[...swap.missed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name, n]) => (n > 1 ? `${name} x${n}` : name)).join('; ')}`);
console.log('');
for (const figure of FIGURES) {
  if (figure === LEFT_OUT_FIGURES[0]) console.log("with each report's country left out of the choice of cues and rules (_2: those two other countries' gold vouches for, _1: one), the estimate for reports nobody tuned to; report by report: evaluate -- --cross-validate, rule-audit");
  const value = result[figure];
  const best = ratchet.figures[figure] ?? 0;
  if (value === undefined) {
    console.log(`${figure.padEnd(20)} not computed with --dist   best recorded ${pct(best).padStart(6)}`);
    continue;
  }
  const target = TARGETS[figure];
  console.log(`${figure.padEnd(20)} ${pct(value).padStart(6)}   best recorded ${pct(best).padStart(6)}${target ? `   target ${pct(target)}` : ''}${fell.has(figure) ? '   DROPPED' : ''}`);
}
console.log('');
console.log('how far to trust an event row: the share of the events found that the gold holds, by how precise their date is and what typed them');
const basisWidth = Math.max(...trust.map((row) => row.basis.length)) + 2;
console.log(`${'date_precision'.padEnd(15)} ${'type_basis'.padEnd(basisWidth)} ${'events'.padStart(6)} ${'in the gold'.padStart(12)}`);
for (const row of trust) console.log(`${row.precision.padEnd(15)} ${row.basis.padEnd(basisWidth)} ${String(row.events).padStart(6)} ${pct(row.share).padStart(12)}`);
if (!comparable(ratchet, gold)) console.log(`\nthe gold differs from the gold the ratchet was recorded on (${ratchet.gold!.slice(0, 12)}, now ${gold.slice(0, 12)}): the figures are printed, not held; npm run evaluate -- --record records them`);
if (values.record) {
  writeAtomically(RATCHET, recordRatchet(ratchet, result, gold, FIGURES, GOLD_FREE));
  console.log(`recorded in ${RATCHET}`);
}
if (fell.size) {
  console.error('evaluate: a figure fell below the best recorded one');
  process.exit(1);
}

/**
 * The event type's honest estimate, report by report (left-out.ts typesLeftOut: each report typed
 * again without the cues fewer than two, or one, other countries' gold vouches for), then pooled
 * by what decided the type and by the type given. Then how many types the scorer can judge right
 * at all, and who F1 on the gold events it matches alone and on the shared ones (gold.ts
 * typeReach, sharedGoldEvents); last, the links' precision by where the person is named
 * (event_people.basis), in sample and with each report left out of the choice of link rules.
 */
function crossValidate(): void {
  const reports = readGoldReports();
  if (!reports.length) {
    console.log(`evaluate: no gold reports at ${GOLD_DIR}; nothing to cross-validate`);
    return;
  }
  const inSample = reports.map(({ gold, report }) => ({ gold, report, ...extractReport(report) }));
  // Also by what decided the type (events.type_basis) and by the type given, pooled: [found,
  // right] per value, in sample ([0]) and with each report left out ([1]).
  type Tally = Map<string, [number, number]>;
  const byBasis: Tally[] = [new Map(), new Map()];
  const byType: Tally[] = [new Map(), new Map()];
  const count = (tally: Tally, key: string, right: boolean) => {
    const t = tally.get(key) ?? [0, 0];
    tally.set(key, t);
    t[0]++;
    if (right) t[1]++;
  };
  // The gold events found, tallied by basis and type in sample ([0]) and left out ([1], two countries).
  const tallyTypes = (gold: (typeof reports)[number]['gold'], events: { text: string; date: string; type: string; typeCue: string }[], at: 0 | 1) => {
    for (const g of gold.events) {
      const hit = findGoldEvent(events, g);
      if (!hit) continue;
      count(byBasis[at], typeBasis(hit.typeCue).type_basis, hit.type === g.type);
      count(byType[at], hit.type, hit.type === g.type);
    }
  };
  const pct = (right: number, all: number) => `${((100 * right) / Math.max(1, all)).toFixed(1)}%`;
  // Each column's share of the gold events found with its own cues (the ratchet's type_left_out_* divide so).
  const pooled = { found: 0, inSample: 0, held: VOUCHING.map(() => 0), heldFound: VOUCHING.map(() => 0) };
  console.log('event type: right of the gold events found, with each report\'s own gold in the choice of cues and left out of it');
  console.log(`${'report'.padEnd(16)} ${'found'.padStart(6)} ${'in sample'.padStart(10)} ${'left out (2 countries)'.padStart(23)} ${'(1 country)'.padStart(12)}   cues withheld (2 countries)`);
  typesLeftOut(inSample).forEach(({ withheld, held }, i) => {
    const r = inSample[i];
    const before = typedRight(r.gold, r.events);
    const after = held.map((events) => typedRight(r.gold, events));
    tallyTypes(r.gold, r.events, 0);
    tallyTypes(r.gold, held[0], 1);
    pooled.found += before.found;
    pooled.inSample += before.right;
    after.forEach((a, k) => {
      pooled.held[k] += a.right;
      pooled.heldFound[k] += a.found;
    });
    console.log(`${r.gold.report_id.padEnd(16)} ${String(before.found).padStart(6)} ${pct(before.right, before.found).padStart(10)} ${pct(after[0].right, after[0].found).padStart(23)} ${pct(after[1].right, after[1].found).padStart(12)}   ${withheld[0].size}: ${[...withheld[0]].sort().join(', ') || '-'}`);
  });
  console.log(`${'pooled'.padEnd(16)} ${String(pooled.found).padStart(6)} ${pct(pooled.inSample, pooled.found).padStart(10)} ${pct(pooled.held[0], pooled.heldFound[0]).padStart(23)} ${pct(pooled.held[1], pooled.heldFound[1]).padStart(12)}`);
  console.log('');
  const share = (r: number, n: number) => (n ? pct(r, n) : '-');
  const table = (title: string, column: string, keys: readonly string[], tallies: Tally[]) => {
    console.log(`${title}, pooled: in sample, and with each report left out (2 countries)`);
    console.log(`${column.padEnd(22)} ${'found'.padStart(6)} ${'in sample'.padStart(10)} ${'found'.padStart(7)} ${'left out'.padStart(9)}`);
    for (const key of keys) {
      const [found, right] = tallies[0].get(key) ?? [0, 0];
      const [heldFound, heldRight] = tallies[1].get(key) ?? [0, 0];
      if (found || heldFound) console.log(`${key.padEnd(22)} ${String(found).padStart(6)} ${share(right, found).padStart(10)} ${String(heldFound).padStart(7)} ${share(heldRight, heldFound).padStart(9)}`);
    }
  };
  table('by what decided the type (events.type_basis)', 'type_basis', TYPE_BASES, byBasis);
  console.log('');
  table('by the type given (events.type): how often the gold agrees', 'type', EVENT_TYPES, byType);
  const reaches = inSample.map((r) => typeReach(r.gold, r.events));
  const reach = (k: keyof TypeReach) => reaches.reduce((n, r) => n + r[k], 0);
  console.log('');
  console.log(`what the scorer can judge: ${reach('shared')} of the ${reach('found')} gold events found share the event they are matched to with another gold event of the same sentence and date, judged by that one event's type;`);
  console.log(`any one type per event gets at most ${reach('reachable')} of them right, so at most ${pct(reach('found') - reach('shared') + reach('reachable'), reach('found'))} of the types can be; the gold events found alone are typed right ${pct(reach('aloneRight'), reach('alone'))} in sample (${reach('aloneRight')} of ${reach('alone')})`);
  // Who, likewise: a shared event's people are those of every occurrence it stands for.
  type Links = Omit<LinkCounts, 'hits'>;
  const shared = inSample.map((r) => sharedGoldEvents(r.gold, r.events));
  const links = (sharing: boolean) =>
    inSample.reduce<Links>((sum, r, i) => {
      const counts = countLinks({ ...r.gold, events: r.gold.events.filter((g) => shared[i].has(g) === sharing) }, r);
      return { gold: sum.gold + counts.gold, found: sum.found + counts.found, right: sum.right + counts.right };
    }, { gold: 0, found: 0, right: 0 });
  const f1 = (links: Links) => pct(linksF1(links), 1);
  console.log(`who F1 on the gold events found alone ${f1(links(false))}, on those that share their event ${f1(links(true))}`);
  // Who, by where the people linked are named (event_people.basis): each link of a gold event
  // found, right when the gold names that person, as score.mjs counts them; left out, each report
  // read without the link rules and relation words fewer than two other countries vouch for.
  const byLinkBasis: Tally[] = [new Map(), new Map()];
  const tallyLinks = (gold: GoldReport, extraction: Extraction, at: 0 | 1) => {
    for (const { hit, want } of goldLinks(gold, extraction)) if (hit) for (const key of hit.people) count(byLinkBasis[at], hit.peopleBasis, want.has(key));
  };
  const whoLeftOut = auditRules(reports, WHO_KEYS, whoMeasure, inSample).reports;
  inSample.forEach((r, i) => {
    tallyLinks(r.gold, r, 0);
    const withheld = whoLeftOut[i].withheld[0];
    tallyLinks(r.gold, extractReport(r.report, (cue) => !withheld.includes(cue)), 1);
  });
  console.log('');
  table('links by where the person is named (event_people.basis): how often the gold names that person', 'basis', LINK_BASES, byLinkBasis);
}

/**
 * The events' precision by kind of row (date precision x what typed it), each measured by the
 * scorer itself on a copy of the dataset that holds only those events: users can weigh a row by
 * its own columns. The bases that type few events share a line.
 */
function precisionByKind(built: string, scoredReports: ReadonlySet<string>): { precision: string; basis: string; events: number; share: number }[] {
  const events = (JSON.parse(readFileSync(join(built, 'json/events.json'), 'utf8')) as { report_id: string; date_precision: string; type_basis: string }[]).filter((e) => scoredReports.has(e.report_id));
  const few = TYPE_BASES.filter((b) => b !== 'verb' && b !== 'noun' && b !== 'none');
  const BASES: [string, readonly string[]][] = [['verb', ['verb']], ['noun', ['noun']], [`${few.slice(0, -1).join(', ')} or ${few.at(-1)}`, few], ['none', ['none']]];
  const rows: { precision: string; basis: string; events: number; share: number }[] = [];
  const copy = mkdtempSync(join(tmpdir(), 'frd-evaluate-kind-'));
  try {
    mkdirSync(join(copy, 'json'));
    for (const table of ['reports', 'people', 'mentions', 'event_people']) cpSync(join(built, 'json', `${table}.json`), join(copy, 'json', `${table}.json`));
    for (const precision of ['day', 'month', 'year']) {
      for (const [basis, members] of BASES) {
        const kept = events.filter((e) => e.date_precision === precision && members.includes(e.type_basis));
        if (!kept.length) continue;
        writeFileSync(join(copy, 'json/events.json'), JSON.stringify(kept));
        const scored = spawnSync(process.execPath, [SCORER, '--dist', copy, '--json'], { encoding: 'utf8' });
        if (scored.status !== 0) throw new Error(`evaluate: the scorer failed on the ${precision} / ${basis} events: ${scored.stderr}`);
        rows.push({ precision, basis, events: kept.length, share: (JSON.parse(scored.stdout) as { events_precision: number }).events_precision });
      }
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return rows;
}
