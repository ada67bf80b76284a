// The development gold (../shared/eval) beside the reports it annotates, read in process: for the
// scripts that look inside extraction (cue-audit, evaluate --cross-validate) rather than score a
// built dataset as score.mjs does.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingestFile, type Document } from '../pipeline/ingest/document.ts';
import { loadCountries } from '../pipeline/ingest/folder.ts';
import { parseDocument } from '../pipeline/parse/index.ts';
import type { Report } from '../pipeline/parse/report.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { cueEntry, type EventType } from '../pipeline/extract/events.ts';

export const SHARED = join(PROJECT_ROOT, '..', 'shared');
export const GOLD_DIR = join(SHARED, 'eval');
/** Raw folders that hold the reports with gold: the project's seeds, then the development corpus. */
export const GOLD_RAW_FOLDERS = [join(PROJECT_ROOT, 'raw'), join(SHARED, 'corpus', 'dev', 'raw')];

/**
 * The seeds and the development corpus in one raw folder `dir`, without the seeds' manifest (it
 * lists the seeds alone, and a changed copy matches no hash), each report's text changed by
 * `change` (evaluate builds them as they are; copies.ts as a copy may type them).
 */
export function writeGoldRaw(dir: string, change?: (text: string) => string): void {
  for (const folder of GOLD_RAW_FOLDERS) if (existsSync(folder)) cpSync(folder, dir, { recursive: true });
  rmSync(join(dir, 'sources.csv'), { force: true });
  if (!change) return;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  }
}

/** `npm run build` of a raw folder into `out`, keeping going past a rejected report and taking nothing from the cache. */
export const buildForScoring = (raw: string, out: string): SpawnSyncReturns<string> =>
  spawnSync('npm', ['run', '--silent', 'build', '--', '--raw', raw, '--out', out, '--keep-going', '--no-cache'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });

export interface GoldEvent {
  date: string;
  section: string;
  type: string;
  people?: string[];
  quote: string;
}

export interface GoldReport {
  report_id: string;
  people?: { id: string; name?: string; surfaces: string[] }[];
  events: GoldEvent[];
}

/** Text folded as score.mjs folds it before matching a gold quote. */
export const fold = (s: string) =>
  s.normalize('NFKC').replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/'s\b/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

// Each event's text and each gold quote folded once, however many times they are compared.
const folded = new WeakMap<object, string>();
function foldedOnce<T extends object>(item: T, text: (item: T) => string): string {
  let value = folded.get(item);
  if (value === undefined) folded.set(item, (value = fold(text(item))));
  return value;
}
const foldedText = (event: { text: string }) => foldedOnce(event, (e) => e.text);
const foldedQuote = (gold: GoldEvent) => foldedOnce(gold, (g) => g.quote);

/** The extracted event that finds a gold event, as score.mjs decides: it holds the quote, and its date agrees to the gold's precision. */
export function findGoldEvent<E extends { text: string; date: string }>(events: E[], gold: GoldEvent): E | undefined {
  const quote = foldedQuote(gold);
  return events.find((e) => e.date.startsWith(gold.date) && foldedText(e).includes(quote));
}

/** Whether an extracted event finds some gold event of the report (score.mjs's "right" event). */
export function holdsGoldEvent(gold: GoldReport, event: { text: string; date: string }): boolean {
  return gold.events.some((g) => event.date.startsWith(g.date) && foldedText(event).includes(foldedQuote(g)));
}

/**
 * What score.mjs can judge: it gives each gold event the first extracted event that holds its
 * quote and date, so gold events of one sentence and date (two occurrences: "X succeeded Y in July
 * 2020, after a scandal forced his resignation") are judged against one event, its one type and
 * its one set of people. Of the gold events found (`found`), those that share their event with
 * another (`shared`), how many of those any one type per event could get right (`reachable`), and
 * the gold events found alone and typed right (`alone`, `aloneRight`).
 */
export interface TypeReach {
  found: number;
  shared: number;
  reachable: number;
  alone: number;
  aloneRight: number;
}

/** The gold events found, grouped by the extracted event each is matched to. */
function goldByEvent<E extends { text: string; date: string }>(gold: GoldReport, events: E[]): Map<E, GoldEvent[]> {
  const byEvent = new Map<E, GoldEvent[]>();
  for (const g of gold.events) {
    const hit = findGoldEvent(events, g);
    if (!hit) continue;
    const golds = byEvent.get(hit);
    if (golds) golds.push(g);
    else byEvent.set(hit, [g]);
  }
  return byEvent;
}

/** The gold events found that share their extracted event with another. */
export function sharedGoldEvents(gold: GoldReport, events: { text: string; date: string }[]): Set<GoldEvent> {
  return new Set([...goldByEvent(gold, events).values()].filter((golds) => golds.length > 1).flat());
}

export function typeReach(gold: GoldReport, events: { text: string; date: string; type: string }[]): TypeReach {
  const reach: TypeReach = { found: 0, shared: 0, reachable: 0, alone: 0, aloneRight: 0 };
  for (const [{ type }, golds] of goldByEvent(gold, events)) {
    reach.found += golds.length;
    if (golds.length === 1) {
      reach.alone++;
      if (golds[0].type === type) reach.aloneRight++;
      continue;
    }
    reach.shared += golds.length;
    const perType = new Map<string, number>();
    for (const g of golds) perType.set(g.type, (perType.get(g.type) ?? 0) + 1);
    reach.reachable += Math.max(...perType.values());
  }
  return reach;
}

/**
 * Links of the gold events, as score.mjs's `who` counts them: the gold's people (by the first
 * person found under one of their surfaces) of each gold event found (`gold`), the links of those
 * events (`found`), and those both hold (`right`); `hits` has one flag per person of every gold
 * event, in the gold's order, set when the event is found and linked to that person.
 */
export interface LinkCounts {
  gold: number;
  found: number;
  right: number;
  hits: boolean[];
}

/**
 * The gold's people as score.mjs finds them: each person found by the first extracted person one
 * of whose mentions' surfaces is one of the gold person's (`found`: gold id -> person key), and
 * the surfaces of each extracted person (`surfaces`), folded.
 */
export function matchPeople(gold: GoldReport, mentions: readonly { personKey: string; surface: string }[]): { surfaces: Map<string, Set<string>>; found: Map<string, string> } {
  const surfaces = new Map<string, Set<string>>();
  for (const m of mentions) {
    let s = surfaces.get(m.personKey);
    if (!s) surfaces.set(m.personKey, (s = new Set()));
    s.add(fold(m.surface));
  }
  const found = new Map<string, string>();
  for (const person of gold.people ?? []) {
    const own = new Set(person.surfaces.map(fold));
    const hit = [...surfaces].find(([, s]) => [...s].some((x) => own.has(x)));
    if (hit) found.set(person.id, hit[0]);
  }
  return { surfaces, found };
}

/** F1 of links counted as score.mjs's who counts them: 2PR / (P + R) = 2 right / (gold + found). */
export const linksF1 = ({ gold, found, right }: { gold: number; found: number; right: number }) => (gold + found ? (2 * right) / (gold + found) : 0);

type LinkedExtraction<E> = { mentions: { personKey: string; surface: string }[]; events: E[] };

/**
 * Each gold event with the extracted event that finds it (if any) and the people the gold says it
 * is about, as the extraction's person keys (`missing:<id>` for a gold person never found), as
 * score.mjs's who reads them.
 */
export function goldLinks<E extends { text: string; date: string; people: string[] }>(gold: GoldReport, extraction: LinkedExtraction<E>): { hit: E | undefined; want: Set<string> }[] {
  const { found } = matchPeople(gold, extraction.mentions);
  return gold.events.map((g) => ({ hit: findGoldEvent(extraction.events, g), want: new Set((g.people ?? []).map((id) => found.get(id) ?? `missing:${id}`)) }));
}

export function countLinks(gold: GoldReport, extraction: LinkedExtraction<{ text: string; date: string; people: string[] }>): LinkCounts {
  const counts: LinkCounts = { gold: 0, found: 0, right: 0, hits: [] };
  for (const { hit, want } of goldLinks(gold, extraction)) {
    const got = new Set(hit?.people);
    for (const key of want) counts.hits.push(got.has(key));
    if (!hit) continue;
    counts.gold += want.size;
    counts.found += got.size;
    for (const key of got) if (want.has(key)) counts.right++;
  }
  return counts;
}

/** A gold report with the raw file it annotates (its path under its raw folder, its bytes) and that file ingested. */
type GoldSource = { gold: GoldReport; source_file: string; bytes: Buffer; document: Document };

/** Every gold report whose raw file is at hand, with that file read and ingested, in report id order (none when the gold is absent). */
export function readGoldSources(countries = loadCountries()): GoldSource[] {
  if (!existsSync(GOLD_DIR)) return [];
  // Each raw file read once: its report id is known only after ingesting it.
  const files = new Map<string, Omit<GoldSource, 'gold'>>();
  for (const base of GOLD_RAW_FOLDERS) {
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
      const path = join(entry.parentPath, entry.name);
      const file = { source_file: relative(base, path).split('\\').join('/'), bytes: readFileSync(path) };
      const { document } = ingestFile(file, null, countries);
      if (document) files.set(document.report_id, { ...file, document });
    }
  }
  const found: GoldSource[] = [];
  for (const name of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, name), 'utf8')) as GoldReport;
    const file = files.get(gold.report_id);
    if (file) found.push({ gold, ...file });
  }
  return found;
}

/**
 * What the figures are measured on: a hash of every gold report scored, with the raw file it
 * annotates. Figures on other gold (a report added, an annotation mended) are not comparable.
 */
export function goldFingerprint(sources: readonly Pick<GoldSource, 'gold' | 'source_file' | 'bytes'>[] = readGoldSources()): string {
  const hash = createHash('sha256');
  for (const { gold, source_file, bytes } of sources) hash.update(JSON.stringify(gold)).update('\0').update(source_file).update('\0').update(bytes).update('\0');
  return hash.digest('hex');
}

/** A raw file ingested and parsed: the report, or null when the copy is rejected. */
export function parseSource(file: { source_file: string; bytes: Buffer }, countries = loadCountries()): Report | null {
  const { document } = ingestFile(file, null, countries);
  return (document && parseDocument(document, countries).report) ?? null;
}

/** A gold report beside the report it annotates, parsed. */
export interface GoldRead {
  gold: GoldReport;
  report: Report;
}

/** Every gold report whose raw file is at hand (or of the sources read already), parsed, in report id order (none when the gold is absent). */
export function readGoldReports(sources = readGoldSources()): GoldRead[] {
  const countries = loadCountries();
  return sources.flatMap(({ gold, document }) => {
    const report = parseDocument(document, countries).report;
    return report ? [{ gold, report }] : [];
  });
}

/** A report's country, as the gold's report id writes it. */
export const countryOf = (reportId: string) => reportId.slice(-3);

/** How one type cue did on gold events: right and wrong, the countries of each, and what the gold said instead. */
export interface CueTally {
  type: string;
  right: number;
  wrong: number;
  rightIn: Set<string>;
  wrongIn: Set<string>;
  wrongAs: Map<string, number>;
}

/**
 * Each found gold event of the reports put down to the cue that typed it: by its entry in the
 * type's cues (cueEntry: `verb:arrested`, `noun:laws?`), or `court`, `series`, `force`, `reaction`, `said by others`, `own phrase`, `named act`, `since office`, `none`; with
 * `byWords`, by the words it matched (`verb:won 306`).
 */
export function tallyCues(reports: { gold: GoldReport; events: { text: string; date: string; type: EventType; typeCue: string }[] }[], byWords = false): Map<string, CueTally> {
  const tallies = new Map<string, CueTally>();
  for (const { gold, events } of reports) {
    const country = countryOf(gold.report_id);
    for (const g of gold.events) {
      const hit = findGoldEvent(events, g);
      if (!hit) continue;
      const cue = byWords ? hit.typeCue : cueEntry(hit.type, hit.typeCue);
      let t = tallies.get(cue);
      if (!t) tallies.set(cue, (t = { type: hit.type, right: 0, wrong: 0, rightIn: new Set(), wrongIn: new Set(), wrongAs: new Map() }));
      if (hit.type === g.type) {
        t.right++;
        t.rightIn.add(country);
      } else {
        t.wrong++;
        t.wrongIn.add(country);
        t.wrongAs.set(g.type, (t.wrongAs.get(g.type) ?? 0) + 1);
      }
    }
  }
  return tallies;
}

type ReadReport = { gold: GoldReport; events: { text: string; date: string; type: EventType; typeCue: string }[] };

/**
 * The cues that type one of `report`'s gold events right but fewer than `countries` other
 * countries' gold vouches for (typed right there), for each count asked: withheld from that
 * report, its estimate is honest (evaluate --cross-validate, type-model).
 */
export function withheldCues(report: ReadReport, all: readonly ReadReport[], countries: readonly number[]): Set<string>[] {
  const country = countryOf(report.gold.report_id);
  const evidence = tallyCues(all.filter((o) => countryOf(o.gold.report_id) !== country));
  // WordNet's verbs and nouns were not chosen from the gold: no report's gold leaves them out.
  const ownRight = [...tallyCues([report])].filter(([cue, t]) => t.right > 0 && !cue.startsWith('lexicon:')).map(([cue]) => cue);
  return countries.map((n) => new Set(ownRight.filter((cue) => (evidence.get(cue)?.rightIn.size ?? 0) < n)));
}
