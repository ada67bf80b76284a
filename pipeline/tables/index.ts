// Tables stage: all parsed Reports to the rows of every published table, sorted by key.
import { TABLES, type Tables } from '../../schemas/tables.ts';
import type { Report } from '../parse/report.ts';
import { buildFiwAllData } from './fiw_all_data.ts';
import { buildIndicators } from './indicators.ts';
import { buildParagraphs } from './paragraphs.ts';
import { buildReport } from './reports.ts';
import { buildScores } from './scores.ts';

export function buildTables(reports: Report[]): Tables {
  const tables: Tables = { reports: [], indicators: buildIndicators(reports), scores: [], paragraphs: [], fiw_all_data: [] };
  for (const report of reports) {
    const reportRow = buildReport(report);
    const scores = buildScores(report);
    tables.reports.push(reportRow);
    tables.scores.push(...scores);
    tables.paragraphs.push(...buildParagraphs(report));
    if (report.publication === 'fiw') tables.fiw_all_data.push(buildFiwAllData(reportRow, scores));
  }
  return sortTables(tables);
}

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
    const key = table.name === 'paragraphs' ? ['report_id', 'source_line', 'paragraph_id'] : table.primaryKey;
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
