// Tables stage. Each report's own rows (its report row, scores, paragraphs, events, FIW or NIT wide row)
// are built where the report is processed, sorted by key; the tables that depend on every report
// (the codebook, people and what points at them) are built once all reports are in.
import { TABLES, type ReportRow, type Row, type Tables } from '../../schemas/tables.ts';
import type { RegionTable } from '../ingest/regions.ts';
import type { Extraction } from '../extract/index.ts';
import type { PersonAlias } from '../ingest/aliases.ts';
import type { Report } from '../parse/report.ts';
import { buildReportExtraction, linkPeople, type PeopleOfReport } from './people.ts';
import { buildFiwAllData } from './fiw_all_data.ts';
import { buildNitAllData } from './nit_all_data.ts';
export { buildNotes } from './notes.ts';
import { buildIndicators, type LabelsOfReport } from './indicators.ts';
import { buildParagraphs } from './paragraphs.ts';
import { buildReport } from './reports.ts';
import { buildScores } from './scores.ts';

/** Tables whose every row belongs to one report: built per report, then concatenated in report order. */
export const PER_REPORT_TABLES = ['reports', 'scores', 'paragraphs', 'events', 'fiw_all_data', 'nit_all_data', 'notes'] as const;

/** What one report gives the tables built over all reports. */
export interface SharedInputs {
  people: PeopleOfReport;
  labels: LabelsOfReport;
}

/** One report's rows of the per-report tables, and what it gives the tables built over all reports. */
export interface ReportRows extends SharedInputs {
  tables: Tables;
}

export function buildReportRows(report: Report, extraction: Extraction, regions?: RegionTable): ReportRows {
  const reportRow = buildReport(report, (regions?.regionOf(report.document.country_code, report.edition) ?? null) as ReportRow['region']);
  const scores = buildScores(report);
  const paragraphs = buildParagraphs(report);
  const context = { report_id: report.report_id, country_code: reportRow.country_code, edition: report.edition };
  const texts = new Map(paragraphs.map((p) => [p.paragraph_id, p.text]));
  const { events, people } = buildReportExtraction(extraction, context, texts);
  const tables: Tables = {
    reports: [reportRow],
    scores,
    paragraphs,
    events,
    fiw_all_data: report.publication === 'fiw' ? [buildFiwAllData(reportRow, scores)] : [],
    nit_all_data: report.publication === 'nit' ? [buildNitAllData(reportRow, scores)] : [],
    // Filled once the report's rows are checked (process.ts): the notes are the checks' warnings.
    notes: [],
  };
  for (const name of PER_REPORT_TABLES) sortRows(name, tables[name]);
  const labels = { report_id: report.report_id, publication: report.publication, edition: report.edition, scores: report.scores.map((s) => ({ code: s.code, label: s.label })) };
  return { tables, people, labels };
}

/** The tables built over all reports, at once: the codebook, people, mentions and event links (the build makes them a batch at a time, in run.ts). */
export function buildSharedTables(reports: SharedInputs[], aliases: PersonAlias[]): Tables {
  return { indicators: sortRows('indicators', buildIndicators(reports.map((r) => r.labels))), ...buildPeopleTables(reports, aliases) };
}

/** People, mentions and event links of the reports, sorted. */
export function buildPeopleTables(reports: Pick<SharedInputs, 'people'>[], aliases: PersonAlias[]): Tables {
  const tables: Tables = linkPeople(reports.map((r) => r.people), aliases);
  for (const name of Object.keys(tables)) sortRows(name, tables[name]);
  return tables;
}

/** The codebook without any report's question wording: what a report's scores are checked against. */
export const CODEBOOK_ROWS: readonly Row[] = buildIndicators([]);

/** Every table of a set of reports, in memory: what the build writes, for tests and small jobs. */
export function buildTables(reports: Report[], extractions: Extraction[] = [], aliases: PersonAlias[] = [], regions?: RegionTable): Tables {
  const extractionOf = new Map(extractions.map((x) => [x.report_id, x]));
  const empty = (r: Report): Extraction => ({ report_id: r.report_id, people: [], mentions: [], events: [] });
  const rows = [...reports].sort((a, b) => compareKeys(a.report_id, b.report_id)).map((r) => buildReportRows(r, extractionOf.get(r.report_id) ?? empty(r), regions));
  const shared = buildSharedTables(rows, aliases);
  const tables: Tables = {};
  for (const table of TABLES) tables[table.name] = shared[table.name] ?? rows.flatMap((r) => r.tables[table.name] ?? []);
  return tables;
}

// Tables read in document order rather than by id.
const ORDER: Record<string, string[]> = {
  paragraphs: ['report_id', 'source_line', 'paragraph_id'],
};

/**
 * The order of every key: code units, with the numbers in a key compared as numbers, so that a
 * report's mentions and events come in reading order ("A1.1@189" before "A1.1@1094", paragraph 2
 * before 10). Report ids are fixed-width and lead every key, so a table's rows in report order,
 * each report's rows sorted, are the whole table sorted.
 */
export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a ?? '');
  const y = String(b ?? '');
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const c = x.charCodeAt(i);
    const d = y.charCodeAt(j);
    if (isDigit(c) && isDigit(d)) {
      const xFrom = i;
      const yFrom = j;
      while (i < x.length && isDigit(x.charCodeAt(i))) i++;
      while (j < y.length && isDigit(y.charCodeAt(j))) j++;
      // Keys carry no leading zeros: the longer run of digits is the larger number; runs of one
      // length compare digit by digit.
      const longer = i - xFrom - (j - yFrom);
      if (longer) return longer;
      for (let k = 0; k < i - xFrom; k++) {
        const digit = x.charCodeAt(xFrom + k) - y.charCodeAt(yFrom + k);
        if (digit) return digit;
      }
      continue;
    }
    if (c !== d) return c - d;
    i++;
    j++;
  }
  return x.length - i - (y.length - j);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A table's rows in primary-key order (paragraphs by report, then position in the report), in place. */
export function sortRows(table: string, rows: Row[]): Row[] {
  const key = ORDER[table] ?? TABLES.find((t) => t.name === table)!.primaryKey;
  return rows.sort((a, b) => {
    for (const k of key) {
      const c = compareKeys(a[k], b[k]);
      if (c) return c;
    }
    return 0;
  });
}
