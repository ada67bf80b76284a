// The codebook: every indicator's id, place in the hierarchy and range, from the methodology;
// question and description texts from the newest edition in the data.
import type { IndicatorRow } from '../../schemas/tables.ts';
import {
  FIW_ADD_A_MAX,
  FIW_ADD_Q_MIN,
  FIW_CL_MAX,
  FIW_PR_MAX,
  FIW_QUESTION_CODES_BY_SUBCATEGORY,
  FIW_QUESTION_MAX,
  FIW_SUBCATEGORIES,
  NIT_CATEGORIES,
  NIT_RATING_MAX,
  NIT_RATING_MIN,
} from '../parse/methodology.ts';

type Entry = Omit<IndicatorRow, 'sort_order' | 'question'>;

function codebook(): Entry[] {
  const fiw: Entry[] = [
    { indicator_id: 'fiw.total', publication: 'fiw', code: 'Total', kind: 'aggregate', name: 'Total score', parent_id: null, min_value: FIW_ADD_Q_MIN, max_value: FIW_PR_MAX + FIW_CL_MAX },
    { indicator_id: 'fiw.pr', publication: 'fiw', code: 'PR', kind: 'aggregate', name: 'Political Rights', parent_id: 'fiw.total', min_value: FIW_ADD_Q_MIN, max_value: FIW_PR_MAX },
  ];
  for (const sub of FIW_SUBCATEGORIES) {
    if (sub.code === 'D') fiw.push({ indicator_id: 'fiw.cl', publication: 'fiw', code: 'CL', kind: 'aggregate', name: 'Civil Liberties', parent_id: 'fiw.total', min_value: 0, max_value: FIW_CL_MAX });
    const questions = FIW_QUESTION_CODES_BY_SUBCATEGORY[sub.code];
    fiw.push({ indicator_id: `fiw.${sub.code}`, publication: 'fiw', code: sub.code, kind: 'subcategory', name: sub.name, parent_id: `fiw.${sub.group}`, min_value: 0, max_value: FIW_QUESTION_MAX * questions.length });
    for (const q of questions) {
      fiw.push({ indicator_id: `fiw.${q}`, publication: 'fiw', code: q, kind: 'question', name: q, parent_id: `fiw.${sub.code}`, min_value: 0, max_value: FIW_QUESTION_MAX });
    }
    if (sub.code === 'C') {
      fiw.push(
        { indicator_id: 'fiw.add_q', publication: 'fiw', code: 'Add Q', kind: 'discretionary', name: 'Discretionary question Q (deduction)', parent_id: 'fiw.pr', min_value: FIW_ADD_Q_MIN, max_value: 0 },
        { indicator_id: 'fiw.add_a', publication: 'fiw', code: 'Add A', kind: 'discretionary', name: 'Discretionary question A (editions before 2018)', parent_id: 'fiw.pr', min_value: 0, max_value: FIW_ADD_A_MAX },
      );
    }
  }
  fiw.push(
    { indicator_id: 'fiw.pr_rating', publication: 'fiw', code: 'PR rating', kind: 'rating', name: 'Political Rights rating (1 most free)', parent_id: null, min_value: 1, max_value: 7 },
    { indicator_id: 'fiw.cl_rating', publication: 'fiw', code: 'CL rating', kind: 'rating', name: 'Civil Liberties rating (1 most free)', parent_id: null, min_value: 1, max_value: 7 },
  );
  const nit: Entry[] = [
    { indicator_id: 'nit.democracy_score', publication: 'nit', code: 'democracy_score', kind: 'aggregate', name: 'Democracy Score', parent_id: null, min_value: NIT_RATING_MIN, max_value: NIT_RATING_MAX },
    { indicator_id: 'nit.democracy_percentage', publication: 'nit', code: 'democracy_percentage', kind: 'aggregate', name: 'Democracy Percentage', parent_id: null, min_value: 0, max_value: 100 },
    ...NIT_CATEGORIES.map((c): Entry => ({ indicator_id: `nit.${c.slug}`, publication: 'nit', code: c.slug, kind: 'category', name: c.name, parent_id: 'nit.democracy_score', min_value: NIT_RATING_MIN, max_value: NIT_RATING_MAX })),
  ];
  return [...fiw, ...nit];
}

export const CODEBOOK: readonly Entry[] = codebook();

/** The indicator id of a parsed score code in a publication (`A1` -> `fiw.A1`). */
export function indicatorId(publication: string, code: string): string {
  return `${publication}.${code}`;
}

/** What the codebook needs of a report: the wording of each question it prints. */
export interface LabelsOfReport {
  report_id: string;
  publication: string;
  edition: number;
  scores: { code: string; label: string | null }[];
}

export function buildIndicators(reports: LabelsOfReport[]): IndicatorRow[] {
  const wording = new QuestionWording();
  for (const report of reports) wording.add(report);
  return wording.indicators();
}

/**
 * The codebook's question wording, gathered a report at a time: for each indicator, the label of
 * the newest edition that prints one (the current wording), the first report id breaking ties.
 */
export class QuestionWording {
  private readonly labels = new Map<string, { label: string; edition: number; report_id: string }>();

  add(report: LabelsOfReport): void {
    for (const score of report.scores) {
      if (!score.label) continue;
      const id = indicatorId(report.publication, score.code);
      const held = this.labels.get(id);
      // Strictly newer or first: a report's own first label for a code stays.
      if (!held || report.edition > held.edition || (report.edition === held.edition && report.report_id.localeCompare(held.report_id) < 0)) {
        this.labels.set(id, { label: score.label, edition: report.edition, report_id: report.report_id });
      }
    }
  }

  indicators(): IndicatorRow[] {
    return CODEBOOK.map((entry, index) => ({ ...entry, question: this.labels.get(entry.indicator_id)?.label ?? null, sort_order: index + 1 }));
  }
}
