// The tables stage: dropping reports from built tables gives what building without them gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../pipeline/extract/index.ts';
import { ingestFile } from '../pipeline/ingest/document.ts';
import { parseDocument } from '../pipeline/parse/index.ts';
import { buildTables, keepReports } from '../pipeline/tables/index.ts';
import { countries, SEED_FIW, SEED_NIT } from './helpers.ts';

const parsed = [[SEED_FIW, 'fiw/2024/kazakhstan.txt'], [SEED_NIT, 'nit/2024/kazakhstan.txt']].map(([path, name]) => {
  const report = parseDocument(ingestFile({ source_file: name, bytes: readFileSync(path) }, null, countries).document!, countries).report!;
  return { report, extraction: extractReport(report) };
});

describe('keepReports', () => {
  it('equals buildTables of the kept reports, for each report kept alone and for both', () => {
    const reports = parsed.map((p) => p.report);
    const extractions = parsed.map((p) => p.extraction);
    const all = buildTables(reports, extractions);
    expect(all.people.length).toBeGreaterThan(10);
    for (const kept of [[0], [1], [0, 1]]) {
      const subset = kept.map((i) => reports[i]);
      expect(keepReports(all, subset, extractions)).toEqual(buildTables(subset, extractions));
    }
  });
});
