// Reports: one row per report, with where it came from.
import type { ReportRow } from '../../schemas/tables.ts';
import type { Report } from '../parse/report.ts';

export function buildReport(report: Report, region: ReportRow['region'] = null): ReportRow {
  const d = report.document;
  const total = report.scores.find((s) => s.code === (report.publication === 'fiw' ? 'total' : 'democracy_percentage'));
  return {
    report_id: report.report_id,
    publication: report.publication,
    edition: report.edition,
    coverage_year: report.edition - 1,
    country: report.country,
    country_code: d.country_code,
    country_or_territory: d.territory ? 't' : 'c',
    region,
    status: report.status as ReportRow['status'],
    total_score: total ? total.value : null,
    previous_total_score: report.previousTotal,
    previous_status: report.previousStatus as ReportRow['previous_status'],
    rating_scale: report.ratingScale,
    authors: report.authors,
    layout: report.layout,
    source_file: d.source_file,
    source_sha256: d.sha256,
  };
}
