// Scores: every score the report states, plus what users need derived from them: subcategory
// totals, the 1-7 PR and CL ratings, and any aggregate a copy does not print.
import type { ScoreRow } from '../../schemas/tables.ts';
import {
  CL_RATING_BANDS,
  FIW_CL_QUESTIONS,
  FIW_PR_QUESTIONS,
  FIW_QUESTION_CODES_BY_SUBCATEGORY,
  NIT_CATEGORIES,
  PR_RATING_BANDS,
  ratingFromScore,
} from '../parse/methodology.ts';
import type { Report } from '../parse/report.ts';
import { indicatorId } from './indicators.ts';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

export function buildScores(report: Report): ScoreRow[] {
  const rows: ScoreRow[] = report.scores.map((s) => ({
    report_id: report.report_id,
    indicator_id: indicatorId(report.publication, s.code),
    value: s.value,
    previous_value: s.previous ? s.previous.from : null,
    previous_value_rounded: false,
    derived: false,
    label_as_published: s.label,
    source_line: s.line,
  }));
  const value = new Map(report.scores.map((s) => [s.code, s.value]));
  const derive = (code: string, v: number) =>
    rows.push({ report_id: report.report_id, indicator_id: indicatorId(report.publication, code), value: v, previous_value: null, previous_value_rounded: false, derived: true, label_as_published: null, source_line: null });
  const all = (codes: string[]) => codes.every((c) => value.has(c));

  if (report.publication === 'fiw') {
    for (const [sub, codes] of Object.entries(FIW_QUESTION_CODES_BY_SUBCATEGORY)) {
      if (all(codes)) derive(sub, sum(codes.map((c) => value.get(c)!)));
    }
    const discretionary = (value.get('add_q') ?? 0) + (value.get('add_a') ?? 0);
    if (!value.has('pr') && all(FIW_PR_QUESTIONS)) value.set('pr', sum(FIW_PR_QUESTIONS.map((c) => value.get(c)!)) + discretionary), derive('pr', value.get('pr')!);
    if (!value.has('cl') && all(FIW_CL_QUESTIONS)) value.set('cl', sum(FIW_CL_QUESTIONS.map((c) => value.get(c)!))), derive('cl', value.get('cl')!);
    if (!value.has('total') && value.has('pr') && value.has('cl')) derive('total', value.get('pr')! + value.get('cl')!);
    if (value.has('pr')) derive('pr_rating', ratingFromScore(value.get('pr')!, PR_RATING_BANDS));
    if (value.has('cl')) derive('cl_rating', ratingFromScore(value.get('cl')!, CL_RATING_BANDS));
  } else {
    const categories = NIT_CATEGORIES.map((c) => c.slug).filter((c) => value.has(c));
    if (!value.has('democracy_score') && categories.length) derive('democracy_score', round2(sum(categories.map((c) => value.get(c)!)) / categories.length));
    const percentage = rows.find((r) => r.indicator_id === 'nit.democracy_percentage');
    // NIT prints last year's percentage as a whole number beside this year's two decimals.
    if (percentage && report.previousTotal !== null) Object.assign(percentage, { previous_value: report.previousTotal, previous_value_rounded: Number.isInteger(report.previousTotal) });
  }
  // A total stated without its previous value gets last year's total from the header.
  const total = rows.find((r) => r.indicator_id === 'fiw.total');
  if (total && total.previous_value === null && report.previousTotal !== null) total.previous_value = report.previousTotal;
  return rows;
}
