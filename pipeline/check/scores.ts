// Rules of the methodologies, on the score rows of each report: ranges, sums, ratings and
// status, NIT means and percentages, and previous values against the changes the text describes.
import type { Row } from '../../schemas/tables.ts';
import {
  CL_RATING_BANDS,
  FIW_CL_QUESTIONS,
  FIW_LAST_EDITION_WITH_ADD_A,
  FIW_PR_QUESTIONS,
  FIW_QUESTION_CODES,
  NIT_CATEGORIES,
  NIT_RATING_STEP,
  PR_RATING_BANDS,
  democracyPercentage,
  ratingFromScore,
  statusFromRatings,
} from '../parse/methodology.ts';
import { readFiwScoreChange } from '../parse/fiw.ts';
import { readNitScoreChanges } from '../parse/nit.ts';
import type { CheckContext } from './context.ts';

// Published figures are rounded to two decimals; allow for the rounding and float error.
const ROUNDING = 0.005 + 1e-9;

interface ReportScores {
  report: Row;
  rows: Map<string, { row: Row; index: number }>;
  paragraphs: Row[];
}

/** Scores and paragraphs grouped by report in one pass (the rules below run per report). */
function byReport(ctx: CheckContext): ReportScores[] {
  const groups = new Map<string, ReportScores>();
  for (const report of ctx.tables.reports ?? []) groups.set(String(report.report_id), { report, rows: new Map(), paragraphs: [] });
  (ctx.tables.scores ?? []).forEach((row, index) => {
    const group = groups.get(String(row.report_id));
    if (group) group.rows.set(String(row.indicator_id).replace(/^\w+\./, ''), { row, index });
  });
  for (const p of ctx.tables.paragraphs ?? []) groups.get(String(p.report_id))?.paragraphs.push(p);
  return [...groups.values()];
}

export function checkScoreRanges(ctx: CheckContext) {
  const ranges = new Map((ctx.lookup('indicators') ?? []).map((i) => [String(i.indicator_id), i]));
  (ctx.tables.scores ?? []).forEach((row, index) => {
    const indicator = ranges.get(String(row.indicator_id));
    if (!indicator || typeof row.value !== 'number') return;
    const { min_value: min, max_value: max } = indicator as { min_value: number; max_value: number };
    for (const field of ['value', 'previous_value'] as const) {
      const v = row[field];
      if (typeof v === 'number' && (v < min || v > max)) {
        ctx.row('SCORE_RANGE', 'scores', index, row, field, `${row.indicator_id} ${field} ${v} is outside ${min}..${max}`);
        if (field === 'value') ctx.markOutOfRange(String(row.report_id), String(row.indicator_id).split('.')[1]);
      }
    }
    const kind = (indicator as { kind: string }).kind;
    if ((kind === 'question' || kind === 'discretionary') && !Number.isInteger(row.value)) {
      ctx.row('SCORE_NOT_INTEGER', 'scores', index, row, 'value', `${row.indicator_id} ${row.value} is not a whole number of points`);
    }
    if (kind === 'category' && Math.abs(row.value / NIT_RATING_STEP - Math.round(row.value / NIT_RATING_STEP)) > 1e-9) {
      ctx.row('NIT_RATING_STEP', 'scores', index, row, 'value', `${row.indicator_id} ${row.value} is not in quarter points`);
    }
  });
}

export function checkFiwScores(ctx: CheckContext) {
  for (const { report, rows, paragraphs } of byReport(ctx)) {
    if (report.publication !== 'fiw') continue;
    const id = String(report.report_id);
    const v = (code: string) => rows.get(code)?.row.value as number | undefined;
    const lineOf = (code: string) => (rows.get(code)?.row.source_line as number | null | undefined) ?? null;
    const missing = FIW_QUESTION_CODES.filter((c) => v(c) === undefined);
    // One cause, one message: a heading whose question line the parser named is not listed again.
    const unreported = missing.filter((c) => !ctx.unscoredQuestions.has(c));
    if (unreported.length) ctx.report('FIW_QUESTIONS_MISSING', id, null, 'scores', `no score for ${unreported.join(', ')}`);
    if (v('add_a') !== undefined && Number(report.edition) > FIW_LAST_EDITION_WITH_ADD_A) {
      ctx.report('FIW_ADD_A_EDITION', id, lineOf('add_a'), 'scores', `Add A was dropped after the ${FIW_LAST_EDITION_WITH_ADD_A} edition`);
    }
    const sum = (codes: string[]) => codes.reduce((a, c) => a + (v(c) ?? 0), 0);
    const pr = v('pr');
    const cl = v('cl');
    if (pr !== undefined && !missing.some((c) => FIW_PR_QUESTIONS.includes(c))) {
      const expected = sum(FIW_PR_QUESTIONS) + (v('add_q') ?? 0) + (v('add_a') ?? 0);
      if (expected !== pr) ctx.report('FIW_PR_SUM', id, lineOf('pr'), 'scores.value', `Political Rights is ${pr}, but A1..C3 + Add Q + Add A add up to ${expected}`);
    }
    if (cl !== undefined && !missing.some((c) => FIW_CL_QUESTIONS.includes(c))) {
      const expected = sum(FIW_CL_QUESTIONS);
      if (expected !== cl) ctx.report('FIW_CL_SUM', id, lineOf('cl'), 'scores.value', `Civil Liberties is ${cl}, but D1..G4 add up to ${expected}`);
    }
    const total = v('total');
    if (total !== undefined && pr !== undefined && cl !== undefined && total !== pr + cl) {
      ctx.report('FIW_TOTAL_SUM', id, lineOf('total'), 'scores.value', `total is ${total}, but PR ${pr} + CL ${cl} = ${pr + cl}`);
    }
    if (pr !== undefined && cl !== undefined) {
      const status = statusFromRatings(ratingFromScore(pr, PR_RATING_BANDS), ratingFromScore(cl, CL_RATING_BANDS));
      if (status !== report.status) {
        ctx.report('FIW_STATUS', id, lineOf('total') ?? lineOf('pr'), 'reports.status', `status is "${report.status}", but PR ${pr} and CL ${cl} give ratings whose mean means "${status}"`);
      }
    }
    checkStatedChanges(ctx, report, rows, paragraphs, 'fiw');
  }
}

// NIT regime types by Democracy Score on the 7-is-most-democratic scale (NIT methodology).
function regimeType(score: number): string {
  if (score > 5) return 'Consolidated Democracy';
  if (score > 4) return 'Semi-Consolidated Democracy';
  if (score > 3) return 'Transitional or Hybrid Regime';
  if (score > 2) return 'Semi-Consolidated Authoritarian Regime';
  return 'Consolidated Authoritarian Regime';
}

export function checkNitScores(ctx: CheckContext) {
  for (const { report, rows, paragraphs } of byReport(ctx)) {
    if (report.publication !== 'nit') continue;
    const id = String(report.report_id);
    const v = (code: string) => rows.get(code)?.row.value as number | undefined;
    const lineOf = (code: string) => (rows.get(code)?.row.source_line as number | null | undefined) ?? null;
    const missing = NIT_CATEGORIES.filter((c) => v(c.slug) === undefined).map((c) => c.slug);
    if (missing.length) ctx.report('NIT_CATEGORIES_MISSING', id, null, 'scores', `no rating for ${missing.join(', ')}`);
    const rated = NIT_CATEGORIES.map((c) => v(c.slug)).filter((x): x is number => x !== undefined);
    if (!rated.length) continue;
    const mean = rated.reduce((a, b) => a + b, 0) / rated.length;
    const score = v('democracy_score');
    if (score !== undefined && Math.abs(mean - score) > ROUNDING) {
      ctx.report('NIT_DEMOCRACY_SCORE', id, lineOf('democracy_score'), 'scores.value', `Democracy Score is ${score}, but the mean of the categories is ${mean.toFixed(4)}`);
    }
    const sevenBest = report.rating_scale !== '1_is_most_democratic';
    const percentage = v('democracy_percentage');
    const expected = democracyPercentage(mean, sevenBest);
    if (percentage !== undefined && Math.abs(expected - percentage) > ROUNDING) {
      ctx.report('NIT_DEMOCRACY_PERCENTAGE', id, lineOf('democracy_percentage'), 'scores.value', `Democracy Percentage is ${percentage}, but (mean - 1) / 6 * 100 is ${expected.toFixed(4)}`);
    }
    if (sevenBest && score !== undefined && regimeType(score) !== report.status) {
      ctx.report('NIT_STATUS', id, lineOf('democracy_score'), 'reports.status', `regime type is "${report.status}", but a Democracy Score of ${score} means "${regimeType(score)}"`);
    }
    checkStatedChanges(ctx, report, rows, paragraphs, 'nit');
  }
}

/** previous_value and value against every "declined from A to B" sentence of the report. */
function checkStatedChanges(ctx: CheckContext, report: Row, rows: ReportScores['rows'], paragraphs: Row[], publication: 'fiw' | 'nit') {
  const id = String(report.report_id);
  const higherIsBetter = report.rating_scale !== '1_is_most_democratic';
  for (const p of paragraphs) {
    const changes =
      publication === 'fiw'
        ? [readFiwScoreChange(String(p.text))].filter((c) => c !== null).map((c) => ({ ...c!, code: String(p.section) }))
        : p.section === 'score_changes'
          ? readNitScoreChanges(String(p.text))
          : [];
    for (const change of changes) {
      const line = Number(p.source_line);
      const target = rows.get(change.code);
      if (!target) {
        ctx.report('SCORE_CHANGE_UNKNOWN', id, line, 'paragraphs.text', `a score change for ${change.code}, which has no score`);
        continue;
      }
      const { row } = target;
      // A sentence that disagrees with the printed score is Freedom House's own slip, not a
      // misread copy: the report is published with the printed score, and the disagreement noted.
      const published = 'the report is published with its printed score';
      if (row.value !== change.to) ctx.report('SCORE_CHANGE_VALUE', id, line, 'scores.value', `the text says ${change.code} changed to ${change.to}, the score is ${row.value}: ${published}`, 'warning');
      if (row.previous_value !== change.from) ctx.report('SCORE_CHANGE_PREVIOUS', id, line, 'scores.previous_value', `the text says ${change.code} changed from ${change.from}, previous_value is ${row.previous_value}: ${published}`, 'warning');
      const better = higherIsBetter ? change.to > change.from : change.to < change.from;
      if (change.to === change.from || better !== (change.direction === 'improved')) {
        ctx.report('SCORE_CHANGE_DIRECTION', id, line, 'paragraphs.text', `"${change.direction}" from ${change.from} to ${change.to} does not fit the scale: ${published}`, 'warning');
      }
    }
  }
}
