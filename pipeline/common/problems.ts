// Every check and stage reports problems in one shape, so they can be collected, sorted and
// printed as `file:line: CODE [field] message` before anything fails.
export type Severity = 'error' | 'warning';

export interface Problem {
  code: string;
  severity: Severity;
  file: string;
  line: number | null;
  field: string | null;
  report_id: string | null;
  message: string;
}

export function problem(
  code: string,
  message: string,
  where: { file: string; line?: number | null; field?: string | null; report_id?: string | null; severity?: Severity },
): Problem {
  return {
    code,
    severity: where.severity ?? 'error',
    file: where.file,
    line: where.line ?? null,
    field: where.field ?? null,
    report_id: where.report_id ?? null,
    message,
  };
}

/** "1 report", "2 reports": a count that agrees with its number. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function formatProblem(p: Problem): string {
  const place = p.line === null ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? ` [${p.field}]` : '';
  return `${place}: ${p.severity === 'warning' ? 'warning ' : ''}${p.code}${field} ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
  );
}

/** Thrown for input that cannot be processed at all; carries every problem found. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(sortProblems(problems).map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}
