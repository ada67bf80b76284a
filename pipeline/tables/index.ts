// Tables stage: all parsed Reports to the rows of every published table, sorted by key.
import { TABLES, type Tables } from '../../schemas/tables.ts';
import type { Extraction } from '../extract/index.ts';
import type { PersonAlias } from '../extract/identity.ts';
import type { Report } from '../parse/report.ts';
import { buildExtractionTables } from './people.ts';
import { buildFiwAllData } from './fiw_all_data.ts';
import { buildIndicators } from './indicators.ts';
import { buildParagraphs } from './paragraphs.ts';
import { buildReport } from './reports.ts';
import { buildScores } from './scores.ts';

export function buildTables(reports: Report[], extractions: Extraction[] = [], aliases: PersonAlias[] = []): Tables {
  const tables: Tables = { reports: [], indicators: buildIndicators(reports), scores: [], paragraphs: [], fiw_all_data: [] };
  for (const report of reports) {
    const reportRow = buildReport(report);
    const scores = buildScores(report);
    tables.reports.push(reportRow);
    tables.scores.push(...scores);
    tables.paragraphs.push(...buildParagraphs(report));
    if (report.publication === 'fiw') tables.fiw_all_data.push(buildFiwAllData(reportRow, scores));
  }
  const contexts = new Map(tables.reports.map((r) => [String(r.report_id), { report_id: String(r.report_id), country_code: String(r.country_code), edition: Number(r.edition) }]));
  const texts = new Map(tables.paragraphs.map((p) => [String(p.paragraph_id), String(p.text)]));
  const kept = new Set(reports.map((r) => r.report_id));
  Object.assign(tables, buildExtractionTables(extractions.filter((x) => kept.has(x.report_id)), contexts, texts, aliases));
  return sortTables(tables);
}

// Tables whose every row comes from its own report alone.
const PER_REPORT_TABLES = ['reports', 'scores', 'paragraphs', 'fiw_all_data'];

/**
 * The tables of `reports`, a subset of the reports `tables` were built from: the same as
 * buildTables(reports, ...), for less work. Rows that depend on one report only are kept or
 * dropped; the codebook and everything that depends on which reports there are (people and their
 * ids, mentions, events and their links) is built again.
 */
export function keepReports(tables: Tables, reports: Report[], extractions: Extraction[] = [], aliases: PersonAlias[] = []): Tables {
  const kept = new Set(reports.map((r) => r.report_id));
  const next: Tables = { reports: [], indicators: buildIndicators(reports), scores: [], paragraphs: [], fiw_all_data: [] };
  for (const name of PER_REPORT_TABLES) next[name] = (tables[name] ?? []).filter((row) => kept.has(String(row.report_id)));
  const contexts = new Map(next.reports.map((r) => [String(r.report_id), { report_id: String(r.report_id), country_code: String(r.country_code), edition: Number(r.edition) }]));
  const texts = new Map(next.paragraphs.map((p) => [String(p.paragraph_id), String(p.text)]));
  Object.assign(next, buildExtractionTables(extractions.filter((x) => kept.has(x.report_id)), contexts, texts, aliases));
  return sortTables(next);
}

// Tables read in document order rather than by id.
const ORDER: Record<string, string[]> = {
  paragraphs: ['report_id', 'source_line', 'paragraph_id'],
};

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a ?? '');
  const y = String(b ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every table in primary-key order (paragraphs by report, then position in the report). */
export function sortTables(tables: Tables): Tables {
  const sorted: Tables = {};
  for (const table of TABLES) {
    const rows = [...(tables[table.name] ?? [])];
    const key = ORDER[table.name] ?? table.primaryKey;
    rows.sort((a, b) => {
      for (const k of key) {
        const c = compareKeys(a[k], b[k]);
        if (c) return c;
      }
      return 0;
    });
    sorted[table.name] = rows;
  }
  return sorted;
}
