// The FIW scores in the column layout of Freedom House's "All Data FIW" spreadsheet.
import type { ReportRow, Row, ScoreRow } from '../../schemas/tables.ts';
import { FIW_QUESTION_CODES_BY_SUBCATEGORY, FIW_STATUS_ABBREVIATION } from '../parse/methodology.ts';

export function buildFiwAllData(report: ReportRow, scores: ScoreRow[]): Row {
  const value = new Map(scores.map((s) => [s.indicator_id.slice('fiw.'.length), s.value]));
  const get = (code: string) => value.get(code) ?? null;
  const row: Row = {
    'Country/Territory': report.country,
    Region: report.region,
    'C/T': report.country_or_territory,
    Edition: report.edition,
    Status: FIW_STATUS_ABBREVIATION[report.status],
    'PR rating': get('pr_rating'),
    'CL rating': get('cl_rating'),
  };
  for (const [sub, codes] of Object.entries(FIW_QUESTION_CODES_BY_SUBCATEGORY)) {
    for (const code of codes) row[code] = get(code);
    row[sub] = get(sub);
    if (sub === 'C') {
      // FH's file writes 0 when no deduction was made; Add A exists only before 2018.
      row['Add Q'] = get('add_q') ?? 0;
      row['Add A'] = get('add_a');
      row.PR = get('pr');
    }
  }
  row.CL = get('cl');
  row.Total = get('total');
  row.report_id = report.report_id;
  row.country_code = report.country_code;
  return row;
}
