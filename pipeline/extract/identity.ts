// Identity across reports: one person_id per person, whatever the spelling. People of the same
// country merge when their given names fold to the same key and their surnames are the same or
// one transliteration apart; a reviewed alias file (raw/person-aliases.csv) decides the rest.
import { parse } from 'csv-parse/sync';
import { nameKey, similarSurnames, slugOfKey } from './names.ts';
import type { Extraction } from './index.ts';

export interface PersonAlias {
  /** A spelling of the full name as printed. */
  name: string;
  person_id: string;
}

export function parseAliases(csv: string): PersonAlias[] {
  return (parse(csv, { columns: true, skip_empty_lines: true, trim: true, comment: '#' }) as PersonAlias[]).filter((a) => a.name && a.person_id);
}

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
  return words
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** person_id for every (report_id, person key) of every extraction. */
export function resolveIdentities(extractions: Pick<Extraction, 'report_id' | 'people'>[], reports: Map<string, ReportContext>, aliases: PersonAlias[]): Map<string, string> {
  const pinnedByKey = new Map(aliases.map((a) => [nameKey(a.name.split(/\s+/)), a.person_id]));
  const clusters: Cluster[] = [];
  // Candidates for a merge share country and given name: index clusters by both, and by alias.
  const byGiven = new Map<string, Cluster[]>();
  const byPin = new Map<string, Cluster>();
  // Deterministic order: reports by id, people by key.
  const sorted = [...extractions].sort((a, b) => a.report_id.localeCompare(b.report_id));
  for (const extraction of sorted) {
    const country = reports.get(extraction.report_id)?.country_code ?? '';
    for (const person of [...extraction.people].sort((a, b) => a.key.localeCompare(b.key))) {
      const pinned = pinnedByKey.get(person.key) ?? null;
      const sameGiven = byGiven.get(`${country}|${person.givenKey}`) ?? [];
      let cluster =
        (pinned !== null ? byPin.get(pinned) : undefined) ??
        sameGiven.find((c) => [...c.surnameKeys].some((s) => similarSurnames(s, person.surnameKey)) && (pinned === null || c.pinned === null));
      if (!cluster) {
        cluster = { country, givenKey: person.givenKey, surnameKeys: new Set(), keys: new Set(), members: [], pinned };
        clusters.push(cluster);
        byGiven.set(`${country}|${person.givenKey}`, [...sameGiven, cluster]);
      }
      cluster.pinned ??= pinned;
      if (cluster.pinned !== null) byPin.set(cluster.pinned, cluster);
      cluster.surnameKeys.add(person.surnameKey);
      cluster.keys.add(person.key);
      cluster.members.push({ report: extraction.report_id, key: person.key, edition: reports.get(extraction.report_id)?.edition ?? 0, words: person.words });
    }
  }
  const ids = new Map<string, string>();
  const used = new Map<string, string>();
  for (const cluster of clusters) {
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

