// The site reads a built dataset as any user would: the JSON tables of a `dist/` folder
// (`json/<table>.json`) or of a release folder (`<table>.json`), and its citation file.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Report {
  report_id: string;
  publication: 'fiw' | 'nit';
  edition: number;
  coverage_year: number;
  country: string;
  country_code: string;
  country_or_territory: 'c' | 't';
  region: string | null;
  status: string;
  total_score: number | null;
  previous_total_score: number | null;
  previous_status: string | null;
  rating_scale: string | null;
  authors: string[];
  source_file: string;
  source_sha256: string;
}
export interface Indicator { indicator_id: string; publication: string; code: string; kind: string; name: string; question: string | null; parent_id: string | null; min_value: number; max_value: number; sort_order: number }
export interface Score { report_id: string; indicator_id: string; value: number; previous_value: number | null; previous_value_rounded: boolean; derived: boolean; label_as_published: string | null; source_line: number | null }
export interface Paragraph { paragraph_id: string; report_id: string; section: string; indicator_id: string | null; ordinal: number; text: string; footnotes: number[]; source_line: number }
export interface Event { event_id: string; report_id: string; paragraph_id: string; section: string; text: string; date: string; year: number; date_start: string; type: string; type_basis?: string; type_words?: string | null }
export interface Person { person_id: string; name: string; spellings: string[]; roles: string[]; country_code: string | null; first_edition: number; last_edition: number; mentions: number }
export interface Mention { mention_id: string; report_id: string; paragraph_id: string; person_id: string; start: number; end: number; surface: string }
export interface EventPerson { event_id: string; person_id: string; basis?: string }
export interface Note { report_id: string; note: number; severity: string; code: string; field: string | null; message: string; source_line: number | null }

export interface Citation { title: string; version: string; released: string; authors: string[]; url: string; repository: string; license: string; abstract: string; cff: string }

export interface Download { name: string; path: string; bytes: number; sha256: string }

export interface Dataset {
  dir: string;
  reports: Report[];
  indicators: Indicator[];
  scores: Score[];
  paragraphs: Paragraph[];
  events: Event[];
  people: Person[];
  mentions: Mention[];
  eventPeople: EventPerson[];
  notes: Note[];
  citation: Citation | null;
  downloads: Download[];
  /** Where each table's Arrow file is, for the SQL console. */
  arrow: Map<string, string>;
}

/** Rows by a key, each list in the rows' order. */
export function group<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

const TABLE_NAMES = ['reports', 'indicators', 'scores', 'paragraphs', 'events', 'people', 'mentions', 'event_people', 'fiw_all_data', 'nit_all_data', 'notes'];
const DATA_FORMATS = ['json', 'csv', 'parquet', 'arrow'];

/** The file of a table in a format, in either layout; null when the folder lacks it. */
function tableFile(dir: string, table: string, format: string): string | null {
  for (const path of [join(dir, format, `${table}.${format}`), join(dir, `${table}.${format}`)]) if (existsSync(path)) return path;
  return null;
}

function readTable<T>(dir: string, table: string, required = true): T[] {
  const file = tableFile(dir, table, 'json');
  if (!file) {
    if (required) throw new Error(`${dir} holds no ${table}.json (neither json/${table}.json as in dist/ nor ${table}.json as in a release): is it a built dataset?`);
    return [];
  }
  const text = readFileSync(file, 'utf8');
  // A JSON array, or JSON Lines.
  return (text.trimStart().startsWith('[') ? JSON.parse(text) : text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))) as T[];
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** CITATION.cff of the release (in the folder, else beside it, else the repository's). */
function readCitation(dir: string, fallback: string): Citation | null {
  const file = [join(dir, 'CITATION.cff'), join(dir, '..', 'CITATION.cff'), fallback].find((f) => existsSync(f));
  if (!file) return null;
  const cff = readFileSync(file, 'utf8');
  const c = parseYaml(cff) as Record<string, unknown>;
  return {
    title: String(c.title ?? ''),
    version: String(c.version ?? ''),
    released: String(c['date-released'] ?? ''),
    authors: ((c.authors as { name?: string; 'family-names'?: string; 'given-names'?: string }[]) ?? []).map((a) => a.name ?? [a['given-names'], a['family-names']].filter(Boolean).join(' ')),
    url: String(c.url ?? ''),
    repository: String(c['repository-code'] ?? ''),
    license: String(c.license ?? ''),
    abstract: String(c.abstract ?? ''),
    cff,
  };
}

export function loadDataset(dir: string, citationFallback: string): Dataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder: give --dist the folder of a built dataset (dist/ or a release folder)`);
  const downloads: Download[] = [];
  const add = (path: string) => downloads.push({ name: relative(dir, path), path, bytes: statSync(path).size, sha256: sha256(path) });
  for (const format of DATA_FORMATS) for (const table of TABLE_NAMES) {
    const file = tableFile(dir, table, format);
    if (file) add(file);
  }
  for (const f of readdirSync(dir).sort()) if (/\.(?:duckdb|zip)$/.test(f)) add(join(dir, f));
  const arrow = new Map<string, string>();
  for (const table of TABLE_NAMES) {
    const file = tableFile(dir, table, 'arrow');
    if (file) arrow.set(table, file);
  }
  return {
    dir,
    reports: readTable<Report>(dir, 'reports'),
    indicators: readTable<Indicator>(dir, 'indicators'),
    scores: readTable<Score>(dir, 'scores'),
    paragraphs: readTable<Paragraph>(dir, 'paragraphs'),
    events: readTable<Event>(dir, 'events'),
    people: readTable<Person>(dir, 'people'),
    mentions: readTable<Mention>(dir, 'mentions'),
    eventPeople: readTable<EventPerson>(dir, 'event_people'),
    notes: readTable<Note>(dir, 'notes', false),
    citation: readCitation(dir, citationFallback),
    downloads,
    arrow,
  };
}
