// Paragraphs: numbered within their section, with a stable id and the line they start on.
import type { ParagraphRow } from '../../schemas/tables.ts';
import type { Report } from '../parse/report.ts';
import { indicatorId } from './indicators.ts';

export function buildParagraphs(report: Report): ParagraphRow[] {
  const ordinals = new Map<string, number>();
  return report.paragraphs.map((p) => {
    const ordinal = (ordinals.get(p.section) ?? 0) + 1;
    ordinals.set(p.section, ordinal);
    return {
      paragraph_id: `${report.report_id}.${p.section}.${ordinal}`,
      report_id: report.report_id,
      section: p.section,
      indicator_id: p.indicator ? indicatorId(report.publication, p.indicator) : null,
      ordinal,
      text: p.text,
      footnotes: p.footnotes,
      source_line: p.line,
    };
  });
}
