// Paragraphs: numbered within their section, with a stable id and the line they start on.
import type { ParagraphRow } from '../../schemas/tables.ts';
import { paragraphId, type Report } from '../parse/report.ts';
import { indicatorId } from './indicators.ts';

export function buildParagraphs(report: Report): ParagraphRow[] {
  return report.paragraphs.map((p) => ({
    paragraph_id: paragraphId(report.report_id, p),
    report_id: report.report_id,
    section: p.section,
    indicator_id: p.indicator ? indicatorId(report.publication, p.indicator) : null,
    ordinal: p.ordinal,
    text: p.text,
    footnotes: p.footnotes,
    source_line: p.line,
  }));
}
