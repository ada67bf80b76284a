// What every rule needs: the tables, and a way to say where a row came from (the raw file and
// line when the row has them, the table and row number otherwise).
import type { Row, Tables } from '../../schemas/tables.ts';
import { problem, type Problem, type Severity } from '../common/problems.ts';

export interface CheckOptions {
  /** The file each table was read from, for problems about rows without a source (dist/'s files). */
  tableFiles?: (table: string) => string;
  /**
   * Tables the rules look things up in (foreign keys, ranges) without checking their rows, which
   * are checked elsewhere (the build checks the codebook once, not per report).
   */
  reference?: Tables;
  /** Mentions per person_id, when the mentions are checked apart (the build checks them a batch of reports at a time). */
  mentionCounts?: ReadonlyMap<string, number>;
  /** FIW question codes whose missing score the parser has already reported at its line: not reported again. */
  unscoredQuestions?: ReadonlySet<string>;
}

export class CheckContext {
  readonly problems: Problem[] = [];
  /** `<report_id> <indicator code>` of each score out of its range (see markOutOfRange). */
  private readonly outOfRange = new Set<string>();
  private readonly sourceOf = new Map<string, string>();
  /** The last line of each report that any row was read from: where a report with something missing ends. */
  private readonly lastLine = new Map<string, number>();

  private readonly tableFiles: (table: string) => string;
  private readonly reference: Tables;
  readonly mentionCounts: ReadonlyMap<string, number> | undefined;
  readonly unscoredQuestions: ReadonlySet<string>;

  constructor(
    readonly tables: Tables,
    options: CheckOptions = {},
  ) {
    this.tableFiles = options.tableFiles ?? ((t) => t);
    this.reference = options.reference ?? {};
    this.mentionCounts = options.mentionCounts;
    this.unscoredQuestions = options.unscoredQuestions ?? new Set();
    for (const r of tables.reports ?? []) this.sourceOf.set(String(r.report_id), String(r.source_file));
    for (const table of ['scores', 'paragraphs']) {
      for (const row of tables[table] ?? []) {
        const id = String(row.report_id);
        if (typeof row.source_line === 'number' && row.source_line > (this.lastLine.get(id) ?? 0)) this.lastLine.set(id, row.source_line);
      }
    }
  }

  /** A table's rows to look things up in: a checked table's, else a reference table's; undefined when neither is given. */
  lookup(table: string): Row[] | undefined {
    return this.tables[table] ?? this.reference[table];
  }

  /**
   * A score out of its range, by its indicator code ("add_q") or the wide tables' column that
   * repeats it ("Add Q", "Civil Society"): the schema of those tables then says nothing more.
   */
  markOutOfRange(reportId: string, code: string) {
    this.outOfRange.add(outOfRangeKey(reportId, code));
  }

  isOutOfRange(reportId: string, code: string): boolean {
    return this.outOfRange.has(outOfRangeKey(reportId, code));
  }

  get anyOutOfRange(): boolean {
    return this.outOfRange.size > 0;
  }

  /** Report a problem about one row of a table. */
  row(code: string, table: string, index: number, row: Row, field: string | null, message: string, line: number | null = null, severity: Severity = 'error') {
    const reportId = typeof row.report_id === 'string' ? row.report_id : null;
    const source = reportId ? this.sourceOf.get(reportId) : undefined;
    const sourceLine = line ?? (typeof row.source_line === 'number' ? row.source_line : reportId ? (this.lastLine.get(reportId) ?? null) : null);
    const where = source
      ? { file: source, line: sourceLine ?? 1 }
      : { file: this.tableFiles(table), line: this.tableFiles(table) === table ? index + 1 : index + 2 };
    this.problems.push(problem(code, message, { ...where, field: field ? `${table}.${field}` : table, report_id: reportId, severity }));
  }

  /** Report a problem about a whole report, at the line given. */
  report(code: string, reportId: string, line: number | null, field: string | null, message: string, severity: Severity = 'error') {
    this.problems.push(problem(code, message, { file: this.sourceOf.get(reportId) ?? reportId, line: line ?? this.lastLine.get(reportId) ?? 1, field, report_id: reportId, severity }));
  }
}

/** "Add Q" and "add_q", "Civil Society" and "civil_society" are one score. */
const outOfRangeKey = (reportId: string, code: string) => `${reportId} ${code.toLowerCase().replaceAll(' ', '_')}`;
