// The project's own small CSV files (the manifest, country overrides, person aliases): each record
// with its line, or the one problem of text that is not CSV, at the line where it stops being so.
import { parse } from 'csv-parse/sync';
import { problem, type Problem } from '../common/problems.ts';

export interface CsvRecord {
  record: Record<string, string>;
  /** Line of the file the record ends on (1-based; the header is line 1). */
  line: number;
}

export function readCsvRecords(text: string, file: string, unreadable: string, options: { comment?: string } = {}): { records: CsvRecord[]; problems: Problem[] } {
  try {
    const parsed = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true, comment: options.comment }) as { record: Record<string, string>; info: { lines: number } }[];
    return { records: parsed.map(({ record, info }) => ({ record, line: info.lines })), problems: [] };
  } catch (error) {
    return { records: [], problems: [problem(unreadable, (error as Error).message, { file, line: (error as { lines?: number }).lines ?? null })] };
  }
}
