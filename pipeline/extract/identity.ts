// Identity across reports: one person_id per person, whatever the spelling. People of the same
// country merge when their given names fold to the same key and their surnames are the same or
// one transliteration apart; people of different countries' reports when their whole names fold
// to the same key (a leader named in a neighbour's report is that leader); a reviewed alias file
// (raw/person-aliases.csv) decides the rest.
import { asciiLetters, nameKey, similarSurnames, slugOfKey } from './names.ts';
import type { Extraction } from './index.ts';
import type { PersonInReport } from './people.ts';
import type { PersonAlias } from '../ingest/aliases.ts';

export interface ReportContext {
  report_id: string;
  country_code: string;
  edition: number;
}

interface Cluster {
  country: string;
  givenKey: string;
  surnameKeys: Set<string>;
  keys: Set<string>;
  members: { report: string; key: string; edition: number; words: string[] }[];
  pinned: string | null;
}

/** A readable ASCII slug of a name as written: "Ilham Aliyev" -> "ilham-aliyev". */
export function nameSlug(words: string[]): string {
  return asciiLetters(words.join(' '))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * One person_id per person, built a report at a time: the build adds each report as it comes in
 * (in report-id order), and asks for the ids once all are in.
 */
export class IdentityResolver {
  private readonly pinnedByKey: Map<string, string>;
  private readonly clusters: Cluster[] = [];
  // Candidates for a merge share country and given name: index clusters by both, and by alias.
  private readonly byGiven = new Map<string, Cluster[]>();
  private readonly byPin = new Map<string, Cluster>();
  // Clusters by every name key they hold: another country's report may name the same person.
  private readonly byKey = new Map<string, Cluster>();
  private last = '';

  constructor(aliases: PersonAlias[]) {
    this.pinnedByKey = new Map(aliases.map((a) => [nameKey(a.name.split(/\s+/)), a.person_id]));
  }

  /** A report's people. Reports come in id order (code units: ids are fixed-width), people in key order. */
  add(report: ReportContext, people: PersonInReport[]) {
    if (report.report_id < this.last) throw new Error(`identities: ${report.report_id} added after ${this.last}`);
    this.last = report.report_id;
    const country = report.country_code;
    for (const person of [...people].sort((a, b) => a.key.localeCompare(b.key))) {
      const pinned = this.pinnedByKey.get(person.key) ?? null;
      const sameGiven = this.byGiven.get(`${country}|${person.givenKey}`) ?? [];
      // A pinned name joins no cluster pinned to another id.
      const compatible = (c: Cluster | undefined) => (c && (pinned === null || c.pinned === null) ? c : undefined);
      let cluster =
        (pinned !== null ? this.byPin.get(pinned) : undefined) ??
        sameGiven.find((c) => compatible(c) && [...c.surnameKeys].some((s) => similarSurnames(s, person.surnameKey))) ??
        compatible(this.byKey.get(person.key));
      if (!cluster) {
        cluster = { country, givenKey: person.givenKey, surnameKeys: new Set(), keys: new Set(), members: [], pinned };
        this.clusters.push(cluster);
      }
      if (!sameGiven.includes(cluster)) this.byGiven.set(`${country}|${person.givenKey}`, [...sameGiven, cluster]);
      if (!this.byKey.has(person.key)) this.byKey.set(person.key, cluster);
      cluster.pinned ??= pinned;
      if (cluster.pinned !== null) this.byPin.set(cluster.pinned, cluster);
      cluster.surnameKeys.add(person.surnameKey);
      cluster.keys.add(person.key);
      cluster.members.push({ report: report.report_id, key: person.key, edition: report.edition, words: person.words });
    }
  }

  /** person_id for every (report_id, person key) added, as `report_id|key`. */
  ids(): Map<string, string> {
    const ids = new Map<string, string>();
    const used = new Map<string, string>();
    for (const cluster of this.clusters) {
      // The id is the slug of the spelling in the earliest report that names the person: reports
      // added later (new editions) never change it; a reviewed alias pins it where that is not enough.
      const before = (a: Cluster['members'][number], b: Cluster['members'][number]) => a.edition - b.edition || a.report.localeCompare(b.report) || nameSlug(a.words).localeCompare(nameSlug(b.words));
      // The earliest member (the first of equals, as a stable sort would give): one pass, not a sort.
      const first = cluster.members.reduce((best, m) => (before(m, best) < 0 ? m : best));
      let id = cluster.pinned ?? (nameSlug(first.words) || slugOfKey(first.key));
      const owner = used.get(id);
      if (owner !== undefined && owner !== cluster.country && !cluster.pinned) id = `${id}-${cluster.country.toLowerCase()}`;
      used.set(id, cluster.country);
      for (const m of cluster.members) ids.set(`${m.report}|${m.key}`, id);
    }
    return ids;
  }
}

/** person_id for every (report_id, person key) of every extraction. */
export function resolveIdentities(extractions: Pick<Extraction, 'report_id' | 'people'>[], reports: Map<string, ReportContext>, aliases: PersonAlias[]): Map<string, string> {
  const resolver = new IdentityResolver(aliases);
  // Deterministic order: reports by id, people by key.
  const sorted = [...extractions].sort((a, b) => (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : 0));
  for (const x of sorted) resolver.add(reports.get(x.report_id) ?? { report_id: x.report_id, country_code: '', edition: 0 }, x.people);
  return resolver.ids();
}

