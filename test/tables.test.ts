// The tables stage: rows built report by report (in the workers) and the tables built over all
// reports make, together, the tables of every report built at once.
import { describe, expect, it } from 'vitest';
import { buildReportRows, buildSharedTables, buildTables, PER_REPORT_TABLES, sortRows } from '../pipeline/tables/index.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { parseText, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

const parsed = [
  parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt'),
  parseText(readSeed(SEED_NIT), 'nit/2024/kazakhstan.txt'),
  parseText(renderFiw({ country: 'Bolivia', edition: 2021, scores: uniformScores(2) }), 'fiw/2021/bolivia.txt'),
];

describe('tables by report', () => {
  it("each report's rows, in report order, are the whole table in key order", () => {
    const all = buildTables(parsed.map((p) => p.report), parsed.map((p) => p.extraction));
    const byReport = [...parsed].sort((a, b) => (a.report.report_id < b.report.report_id ? -1 : 1)).map((p) => buildReportRows(p.report, p.extraction));
    for (const table of PER_REPORT_TABLES) {
      const concatenated = byReport.flatMap((r) => r.tables[table]);
      expect(concatenated.length).toBeGreaterThan(0);
      expect(concatenated).toEqual(all[table]);
      expect(sortRows(table, [...concatenated].reverse())).toEqual(concatenated);
    }
    const shared = buildSharedTables(byReport, []);
    for (const table of ['indicators', 'people', 'mentions', 'event_people']) expect(shared[table]).toEqual(all[table]);
    expect(shared.people.length).toBeGreaterThan(10);
  });
});
