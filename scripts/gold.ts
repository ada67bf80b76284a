// The hand-written gold of ../shared/eval and the reports it annotates: the seeds in raw/ and the
// development corpus in ../shared/corpus. What the training and evaluation scripts share.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../pipeline/ingest/document.ts';
import { parseDocument } from '../pipeline/parse/index.ts';
import type { Report } from '../pipeline/parse/report.ts';
import { listRawFiles, loadCountries, PROJECT_ROOT } from '../pipeline/run.ts';

export const SHARED = join(PROJECT_ROOT, '..', 'shared');
export const GOLD_DIR = join(SHARED, 'eval');
/** Raw folders that hold the reports with gold: the project's seeds, then the development corpus. */
export const GOLD_RAW_FOLDERS = [join(PROJECT_ROOT, 'raw'), join(SHARED, 'corpus', 'dev', 'raw')];

export interface GoldEvent {
  date: string;
  section: string;
  type: string;
  people: string[];
  quote: string;
}

export interface Gold {
  report_id: string;
  people: { id: string; name: string; surfaces: string[] }[];
  events: GoldEvent[];
}

export function readGold(dir = GOLD_DIR): Gold[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold);
}

/** The reports the gold annotates, parsed, in report id order: [raw folder, file, report]. */
export function goldReports(gold: Gold[]): { raw: string; file: string; report: Report }[] {
  const wanted = new Set(gold.map((g) => g.report_id));
  const found = new Map<string, { raw: string; file: string; report: Report }>();
  for (const raw of GOLD_RAW_FOLDERS) {
    if (!existsSync(raw)) continue;
    const countries = loadCountries(raw);
    for (const file of listRawFiles(raw)) {
      const ingested = ingestFile({ source_file: file, bytes: readFileSync(join(raw, file)) }, null, countries);
      if (!ingested.document) continue;
      const report = parseDocument(ingested.document, countries).report;
      if (report && wanted.has(report.report_id) && !found.has(report.report_id)) found.set(report.report_id, { raw, file, report });
    }
  }
  return [...found.values()].sort((a, b) => (a.report.report_id < b.report.report_id ? -1 : 1));
}

/** What the scorer (../shared/eval/score.mjs) folds before comparing texts. */
export const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/'s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The gold events an extracted event carries, as the scorer matches them: its text holds the quote, its date agrees to the gold's precision. */
export function goldEventsOf(event: { text: string; date: string }, gold: Gold): GoldEvent[] {
  const text = fold(event.text);
  return gold.events.filter((g) => text.includes(fold(g.quote)) && event.date.startsWith(g.date));
}
