// Events, mentions, people and their links. Events and mentions are rows of one report (built
// where the report is processed); people and the person_id of every mention and event link
// depend on every report kept, so linkPeople settles them once all reports are in
// (extract/identity.ts).
import type { Row, TYPE_BASES } from '../../schemas/tables.ts';
import type { Extraction, LinkBasis } from '../extract/index.ts';
import { resolveIdentities, type ReportContext } from '../extract/identity.ts';
import type { PersonAlias } from '../ingest/aliases.ts';
import { stripPossessive } from '../extract/lexicon.ts';
import { distinctRoles, type PersonInReport } from '../extract/people.ts';

/** Offset in Unicode code points, as Python and DuckDB count characters. */
function codePoints(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count++;
  }
  return count;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A mention row before its person has an id: `person_key` is the person's key in its report. */
export interface MentionDraft {
  mention_id: string;
  report_id: string;
  paragraph_id: string;
  person_key: string;
  start: number;
  end: number;
  surface: string;
  form: string;
  possessive: boolean;
}

/** What one report gives the people tables: its context, its people, mentions and event links. */
export interface PeopleOfReport {
  context: ReportContext;
  people: PersonInReport[];
  mentions: MentionDraft[];
  /** [event_id, person key, where the person is named] for each person an event is about. */
  eventPeople: [string, string, LinkBasis][];
}

/** One report's event rows and what it gives the people tables. */
export function buildReportExtraction(x: Extraction, context: ReportContext, paragraphText: Map<string, string>): { events: Row[]; people: PeopleOfReport } {
  const events: Row[] = [];
  const mentions: MentionDraft[] = [];
  const eventPeople: [string, string, LinkBasis][] = [];
  const astralByParagraph = new Map<string, boolean>();
  for (const m of x.mentions) {
    const text = paragraphText.get(m.paragraph_id)!;
    // Code points and UTF-16 units differ only past an astral character: most texts have none.
    let astral = astralByParagraph.get(m.paragraph_id);
    if (astral === undefined) astralByParagraph.set(m.paragraph_id, (astral = SURROGATE.test(text)));
    const start = astral ? codePoints(text, m.start) : m.start;
    mentions.push({
      mention_id: `${m.paragraph_id}@${start}`,
      report_id: x.report_id,
      paragraph_id: m.paragraph_id,
      person_key: m.personKey,
      start,
      end: astral ? codePoints(text, m.end) : m.end,
      surface: m.surface,
      form: m.form,
      possessive: m.possessive,
    });
  }
  const counters = new Map<string, number>();
  for (const e of x.events) {
    const base = `${e.paragraph_id}.${e.sentence}`;
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    const event_id = `${base}.${n}`;
    events.push({
      event_id,
      report_id: x.report_id,
      paragraph_id: e.paragraph_id,
      section: e.section,
      sentence: e.sentence,
      text: e.text,
      date: e.date,
      ...dateRange(e.date),
      date_precision: e.precision,
      date_text: e.dateText,
      qualifier: e.qualifier,
      date_source: e.dateSource,
      type: e.type,
      ...typeBasis(e.typeCue),
    });
    for (const key of e.people) eventPeople.push([event_id, key, e.peopleBasis]);
  }
  return { events, people: { context, people: x.people, mentions, eventPeople } };
}

// The extractor's name for what decided a type (explainType's typeCue) as the published basis.
const BASIS_OF: Record<string, (typeof TYPE_BASES)[number]> = { verb: 'verb', series: 'verb', reaction: 'verb', 'said by others': 'verb', noun: 'noun', 'own phrase': 'noun', named: 'named', court: 'court', force: 'force', 'since office': 'office', 'since custody': 'custody', 'named act': 'act', publication: 'publication', about: 'none', none: 'none', lexicon: 'lexicon' };

/** `verb:arrested` -> basis `verb`, words `arrested`; `court` -> basis `court`, no words. */
export function typeBasis(typeCue: string): { type_basis: (typeof TYPE_BASES)[number]; type_words: string | null } {
  const colon = typeCue.indexOf(':');
  const kind = colon < 0 ? typeCue : typeCue.slice(0, colon);
  const type_basis = BASIS_OF[kind];
  if (!type_basis) throw new Error(`events: unknown type cue ${JSON.stringify(typeCue)}`);
  return { type_basis, type_words: colon < 0 ? null : typeCue.slice(colon + 1) };
}

/** The year and the first and last day an ISO date of year, month or day precision can mean. */
export function dateRange(date: string): { year: number; date_start: string; date_end: string } {
  const [year, month, day] = date.split('-').map(Number);
  if (day) return { year, date_start: date, date_end: date };
  if (month) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month
    return { year, date_start: `${date}-01`, date_end: `${date}-${String(last).padStart(2, '0')}` };
  }
  return { year, date_start: `${date}-01-01`, date_end: `${date}-12-31` };
}

/** The people table, with one person_id per person across the reports, and the rows that point at them. */
export function linkPeople(reports: PeopleOfReport[], aliases: PersonAlias[]): { people: Row[]; mentions: Row[]; event_people: Row[] } {
  const ids = resolveIdentities(
    reports.map((r) => ({ report_id: r.context.report_id, people: r.people })),
    new Map(reports.map((r) => [r.context.report_id, r.context])),
    aliases,
  );
  const linker = new PeopleLinker(ids);
  const mentions: Row[] = [];
  const eventPeople: Row[] = [];
  for (const r of reports) {
    const rows = linker.add(r);
    for (const row of rows.mentions) mentions.push(row);
    for (const row of rows.event_people) eventPeople.push(row);
  }
  return { people: linker.people(), mentions, event_people: eventPeople };
}

interface PersonTotals {
  spellings: Map<string, { count: number; edition: number }>;
  roles: Set<string>;
  countries: Map<string, number>;
  firstEdition: number;
  lastEdition: number;
  mentions: number;
}

/**
 * Links a report at a time, once every person has an id (`ids`: "<report_id>|<person key>" to
 * person_id): the report's mention and event-link rows, while each person's spellings, roles,
 * countries, editions and mentions are tallied for the people table. Only the tallies stay.
 */
export class PeopleLinker {
  private readonly persons = new Map<string, PersonTotals>();

  constructor(private readonly ids: Map<string, string>) {}

  /** One report's mention and event-link rows (an event's people are linked once each). */
  add(r: PeopleOfReport): { mentions: Row[]; event_people: Row[] } {
    const report = r.context;
    const idOf = (key: string) => this.ids.get(`${report.report_id}|${key}`)!;
    for (const p of r.people) {
      const id = idOf(p.key);
      let entry = this.persons.get(id);
      if (!entry) this.persons.set(id, (entry = { spellings: new Map(), roles: new Set(), countries: new Map(), firstEdition: report.edition, lastEdition: report.edition, mentions: 0 }));
      for (const s of p.spellings) entry.spellings.set(s, { count: entry.spellings.get(s)?.count ?? 0, edition: Math.max(entry.spellings.get(s)?.edition ?? 0, report.edition) });
      for (const role of p.roles) entry.roles.add(role);
      entry.countries.set(report.country_code, (entry.countries.get(report.country_code) ?? 0) + 1);
      entry.firstEdition = Math.min(entry.firstEdition, report.edition);
      entry.lastEdition = Math.max(entry.lastEdition, report.edition);
    }
    const mentions: Row[] = [];
    for (const m of r.mentions) {
      const id = idOf(m.person_key);
      mentions.push({ mention_id: m.mention_id, report_id: m.report_id, paragraph_id: m.paragraph_id, person_id: id, start: m.start, end: m.end, surface: m.surface, form: m.form, possessive: m.possessive });
      const entry = this.persons.get(id)!;
      entry.mentions++;
      if (m.form === 'full_name') {
        const s = entry.spellings.get(stripPossessive(m.surface));
        if (s) s.count++;
      }
    }
    const links = new Map<string, Row>();
    for (const [event_id, key, basis] of r.eventPeople) {
      const person_id = idOf(key);
      links.set(`${event_id}|${person_id}`, { event_id, person_id, basis });
    }
    return { mentions, event_people: [...links.values()] };
  }

  /** The people table, from the tallies of every report added. */
  people(): Row[] {
    return [...this.persons].map(([person_id, p]) => {
      // Most used spelling; the newest edition's breaks ties, then alphabetical order.
      const [name] = [...p.spellings].sort((a, b) => b[1].count - a[1].count || b[1].edition - a[1].edition || a[0].localeCompare(b[0]))[0];
      const [country_code] = [...p.countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      return {
        person_id,
        name,
        spellings: [...p.spellings.keys()].sort(),
        roles: distinctRoles(p.roles).sort(),
        country_code,
        first_edition: p.firstEdition,
        last_edition: p.lastEdition,
        mentions: p.mentions,
      };
    });
  }
}
