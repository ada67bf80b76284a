// The notes table: what the checks noticed about a report without rejecting it (its warnings),
// so that users can ask which values the source itself contradicts.
import type { Row } from '../../schemas/tables.ts';
import { sortProblems, type Problem } from '../common/problems.ts';

/** One report's notes: its warnings, in the order of their source lines. */
export function buildNotes(reportId: string, problems: Problem[]): Row[] {
  return sortProblems(problems.filter((p) => p.severity === 'warning')).map((p, i) => ({
    report_id: reportId,
    note: i + 1,
    severity: p.severity,
    code: p.code,
    field: p.field,
    message: p.message,
    source_line: p.line,
  }));
}
