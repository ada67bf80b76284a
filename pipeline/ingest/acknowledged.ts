// Reviewed acknowledgements (acknowledged.csv in the raw folder): a maintainer who has checked a
// report's error against the published report names it here (file, code, line, reason); the
// report is then published, with the error kept as a note that gives the reason.
import { problem, type Problem } from '../common/problems.ts';
import { readCsvRecords } from './records.ts';

export const ACKNOWLEDGED_FILE = 'acknowledged.csv';

export interface Acknowledgement {
  /** The raw file, relative to the raw folder (`fiw/2021/chile.txt`). */
  file: string;
  code: string;
  line: number;
  reason: string;
}

export function readAcknowledged(csv: string, file: string): { acknowledged: Acknowledgement[]; problems: Problem[] } {
  const { records, problems } = readCsvRecords(csv, file, 'ACKNOWLEDGED_UNREADABLE', { comment: '#' });
  const acknowledged: Acknowledgement[] = [];
  for (const { record, line } of records) {
    const missing = ['file', 'code', 'line', 'reason'].filter((k) => !record[k]);
    if (missing.length) problems.push(problem('ACKNOWLEDGED_INCOMPLETE', `a row needs a file, a code, a line and a reason; this one has no ${missing.join(', ')}`, { file, line, field: missing[0] }));
    else if (!/^[1-9]\d*$/.test(record.line)) problems.push(problem('ACKNOWLEDGED_LINE', `"${record.line}" is no line number`, { file, line, field: 'line' }));
    else acknowledged.push({ file: record.file, code: record.code, line: Number(record.line), reason: record.reason });
  }
  return { acknowledged, problems };
}

/** The problems with each acknowledged error made a warning that gives the maintainer's reason. */
export function applyAcknowledged(problems: Problem[], acknowledged: readonly Acknowledgement[]): Problem[] {
  if (!acknowledged.length) return problems;
  return problems.map((p) => {
    const ack = p.severity === 'error' ? acknowledged.find((a) => a.file === p.file && a.code === p.code && a.line === p.line) : undefined;
    return ack ? { ...p, severity: 'warning', message: `${p.message} (acknowledged: ${ack.reason})` } : p;
  });
}
