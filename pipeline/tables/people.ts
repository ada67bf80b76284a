// Events, mentions, people and their links. Events and mentions are rows of one report (built
// where the report is processed); people and the person_id of every mention and event link
// depend on every report kept, so linkPeople settles them once all reports are in
// (extract/identity.ts).
import type { Row } from '../../schemas/tables.ts';
import type { Extraction } from '../extract/index.ts';
import { resolveIdentities, type IdentityResolver, type PersonAlias, type ReportContext } from '../extract/identity.ts';
import { stripPossessive } from '../extract/lexicon.ts';
import type { PersonInReport } from '../extract/people.ts';

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
  /** [event_id, person key] for each person an event's sentence names. */
  eventPeople: [string, string][];
}

/** One report's event rows and what it gives the people tables. */
export function buildReportExtraction(x: Extraction, context: ReportContext, paragraphText: Map<string, string>): { events: Row[]; people: PeopleOfReport } {
  const events: Row[] = [];
  const mentions: MentionDraft[] = [];
  const eventPeople: [string, string][] = [];
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
      date_precision: e.precision,
      date_text: e.dateText,
      qualifier: e.qualifier,
      date_source: e.dateSource,
      type: e.type,
    });
    for (const key of e.people) eventPeople.push([event_id, key]);
  }
  return { events, people: { context, people: x.people, mentions, eventPeople } };
}

/**
 * The people table, with one person_id per person across the reports, and the rows that point at
 * them. `resolver`, when given, has had every report's people added already (as they came in).
 */
export function linkPeople(reports: PeopleOfReport[], aliases: PersonAlias[], resolver?: IdentityResolver): { people: Row[]; mentions: Row[]; event_people: Row[] } {
  const ids = resolver
    ? resolver.ids()
    : resolveIdentities(
        reports.map((r) => ({ report_id: r.context.report_id, people: r.people })),
        new Map(reports.map((r) => [r.context.report_id, r.context])),
        aliases,
      );
  const idOf = (report: string, key: string) => ids.get(`${report}|${key}`)!;
  const mentions: Row[] = [];
  const links: Row[] = [];
  interface PersonTotals {
    spellings: Map<string, { count: number; edition: number }>;
    roles: Set<string>;
    countries: Map<string, number>;
    editions: number[];
    mentions: number;
  }
  const persons = new Map<string, PersonTotals>();

  for (const r of reports) {
    const report = r.context;
    for (const p of r.people) {
      const id = idOf(report.report_id, p.key);
      const entry: PersonTotals = persons.get(id) ?? { spellings: new Map(), roles: new Set(), countries: new Map(), editions: [], mentions: 0 };
      persons.set(id, entry);
      for (const s of p.spellings) entry.spellings.set(s, { count: entry.spellings.get(s)?.count ?? 0, edition: Math.max(entry.spellings.get(s)?.edition ?? 0, report.edition) });
      for (const role of p.roles) entry.roles.add(role);
      entry.countries.set(report.country_code, (entry.countries.get(report.country_code) ?? 0) + 1);
      entry.editions.push(report.edition);
    }
    for (const m of r.mentions) {
      const id = idOf(report.report_id, m.person_key);
      mentions.push({ mention_id: m.mention_id, report_id: m.report_id, paragraph_id: m.paragraph_id, person_id: id, start: m.start, end: m.end, surface: m.surface, form: m.form, possessive: m.possessive });
      const entry = persons.get(id)!;
      entry.mentions++;
      if (m.form === 'full_name') {
        const s = entry.spellings.get(stripPossessive(m.surface));
        if (s) s.count++;
      }
    }
    for (const [event_id, key] of r.eventPeople) links.push({ event_id, person_id: idOf(report.report_id, key) });
  }

  const people: Row[] = [...persons].map(([person_id, p]) => {
    // Most used spelling; the newest edition's breaks ties, then alphabetical order.
    const [name] = [...p.spellings].sort((a, b) => b[1].count - a[1].count || b[1].edition - a[1].edition || a[0].localeCompare(b[0]))[0];
    const [country_code] = [...p.countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return {
      person_id,
      name,
      spellings: [...p.spellings.keys()].sort(),
      roles: [...p.roles].sort(),
      country_code,
      first_edition: Math.min(...p.editions),
      last_edition: Math.max(...p.editions),
      mentions: p.mentions,
    };
  });
  const unique = new Map(links.map((l) => [`${l.event_id}|${l.person_id}`, l]));
  return { people, mentions, event_people: [...unique.values()] };
}
