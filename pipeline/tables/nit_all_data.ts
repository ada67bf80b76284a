// The NIT ratings in the column layout of Freedom House's "All Data Nations in Transit" spreadsheet.
import type { ReportRow, Row, ScoreRow } from '../../schemas/tables.ts';
import { NIT_CATEGORIES } from '../parse/methodology.ts';

export function buildNitAllData(report: ReportRow, scores: ScoreRow[]): Row {
  const value = new Map(scores.map((s) => [s.indicator_id.slice('nit.'.length), s.value]));
  const get = (slug: string) => value.get(slug) ?? null;
  const row: Row = { Country: report.country, Year: report.edition };
  for (const { slug, name } of NIT_CATEGORIES) row[name] = get(slug);
  row['Democracy Score'] = get('democracy_score');
  row['Democracy Percentage'] = get('democracy_percentage');
  row['Regime Classification'] = report.status;
  row.report_id = report.report_id;
  row.country_code = report.country_code;
  return row;
}
