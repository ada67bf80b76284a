// The tables stage: rows built report by report (in the workers) and the tables built over all
// reports make, together, the tables of every report built at once.
import { describe, expect, it } from 'vitest';
import { resolveIdentities } from '../pipeline/extract/identity.ts';
import { buildReportRows, buildSharedTables, buildTables, compareKeys, PER_REPORT_TABLES, sortRows } from '../pipeline/tables/index.ts';
import { buildIndicators, QuestionWording, type LabelsOfReport } from '../pipeline/tables/indicators.ts';
import { dateRange, PeopleLinker, typeBasis } from '../pipeline/tables/people.ts';
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
      // A report's notes are its checks' warnings, filled where it is checked (process.ts; test/notes.test.ts).
      if (table === 'notes') continue;
      const concatenated = byReport.flatMap((r) => r.tables[table]);
      expect(concatenated.length).toBeGreaterThan(0);
      expect(concatenated).toEqual(all[table]);
      expect(sortRows(table, [...concatenated].reverse())).toEqual(concatenated);
    }
    const shared = buildSharedTables(byReport, []);
    for (const table of ['indicators', 'people', 'mentions', 'event_people']) expect(shared[table]).toEqual(all[table]);
    expect(shared.people.length).toBeGreaterThan(10);
  });

  it('mentions and event links linked a report at a time, each sorted, follow one another in key order; people come from the tallies', () => {
    const all = buildTables(parsed.map((p) => p.report), parsed.map((p) => p.extraction));
    const byReport = [...parsed].sort((a, b) => (a.report.report_id < b.report.report_id ? -1 : 1)).map((p) => buildReportRows(p.report, p.extraction));
    const ids = resolveIdentities(
      byReport.map((r) => ({ report_id: r.people.context.report_id, people: r.people.people })),
      new Map(byReport.map((r) => [r.people.context.report_id, r.people.context])),
      [],
    );
    const linker = new PeopleLinker(ids);
    const pieces = byReport.map((r) => linker.add(r.people));
    for (const table of ['mentions', 'event_people'] as const) {
      const concatenated = pieces.flatMap((p) => sortRows(table, p[table]));
      expect(concatenated.length).toBeGreaterThan(10);
      expect(concatenated).toEqual(all[table]);
    }
    expect(sortRows('people', linker.people())).toEqual(all.people);
  });

  it('keys compare their numbers as numbers: mentions and events in reading order within a paragraph', () => {
    const ids = ['fiw-2024-kaz.A2.2@44', 'fiw-2024-kaz.A2.10@3', 'fiw-2024-kaz.A2.2@351', 'fiw-2024-kaz.A2.1@9', 'fiw-2024-kaz.A2.2@4'];
    expect([...ids].sort(compareKeys)).toEqual(['fiw-2024-kaz.A2.1@9', 'fiw-2024-kaz.A2.2@4', 'fiw-2024-kaz.A2.2@44', 'fiw-2024-kaz.A2.2@351', 'fiw-2024-kaz.A2.10@3']);
    expect(compareKeys('fiw-2024-kaz.B1.2.10.1', 'fiw-2024-kaz.B1.2.9.1')).toBeGreaterThan(0);
    expect(compareKeys('fiw-2024-kaz', 'nit-2024-kaz')).toBeLessThan(0);
    expect(compareKeys('a1', 'a1')).toBe(0);
    // The seed's mentions: within each paragraph, by where they start.
    const { mentions } = buildTables(parsed.map((p) => p.report), parsed.map((p) => p.extraction));
    expect(mentions.length).toBeGreaterThan(50);
    mentions.forEach((m, i) => {
      const next = mentions[i + 1];
      if (next && next.paragraph_id === m.paragraph_id) expect(next.start as number).toBeGreaterThan(m.start as number);
    });
  });

  it("the codebook's question wording is the newest edition's, whatever order the reports come in", () => {
    const labels = (report_id: string, edition: number, label: string | null): LabelsOfReport => ({ report_id, publication: 'fiw', edition, scores: [{ code: 'A1', label }, { code: 'A1', label: label && 'a second A1 line' }] });
    const reports = [labels('fiw-2021-bol', 2021, 'Old wording?'), labels('fiw-2024-kaz', 2024, 'New wording?'), labels('fiw-2024-bol', 2024, 'Tied wording?'), labels('fiw-2025-arm', 2025, null)];
    const question = (rows: { indicator_id: string; question: string | null }[]) => rows.find((r) => r.indicator_id === 'fiw.A1')!.question;
    // 2025 prints none; of the 2024 reports the first by id wins, with its first A1 line.
    expect(question(buildIndicators(reports))).toBe('Tied wording?');
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
      const wording = new QuestionWording();
      for (const i of order) wording.add(reports[i]);
      expect(wording.indicators()).toEqual(buildIndicators(reports));
    }
    expect(question(buildIndicators([]))).toBeNull();
  });
});

describe('event dates', () => {
  it('give the year and the first and last day the date can mean', () => {
    expect(dateRange('2023')).toEqual({ year: 2023, date_start: '2023-01-01', date_end: '2023-12-31' });
    expect(dateRange('2023-04')).toEqual({ year: 2023, date_start: '2023-04-01', date_end: '2023-04-30' });
    expect(dateRange('2024-02')).toEqual({ year: 2024, date_start: '2024-02-01', date_end: '2024-02-29' });
    expect(dateRange('2023-02')).toEqual({ year: 2023, date_start: '2023-02-01', date_end: '2023-02-28' });
    expect(dateRange('2023-12-25')).toEqual({ year: 2023, date_start: '2023-12-25', date_end: '2023-12-25' });
  });
  it('are in every event row of the seeds', () => {
    const { tables } = parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt');
    const annulled = tables.events.find((e) => String(e.text).includes('annulled “leader of the nation” legislation'))!;
    expect(annulled).toMatchObject({ date: '2023-01', year: 2023, date_start: '2023-01-01', date_end: '2023-01-31' });
  });
});

describe('events by section', () => {
  it("come from what the report says of the country, not from Freedom House's note on what the report covers", () => {
    // A note such as FIW 2021 Israel's, in other words (its Overview and Key Developments date events as usual).
    const note = 'Note\n\nThe scores and status above leave out the territories that separate reports examine. Prior to its 2011 edition, Freedom in the World covered those territories in two reports of their own, one for each administration.\n\n';
    const { tables } = parseText(readSeed(SEED_FIW).replace(/^Overview$/m, `${note}Overview`), 'fiw/2024/kazakhstan.txt');
    const paragraph = tables.paragraphs.find((p) => p.section === 'note')!;
    expect(String(paragraph.text)).toContain('Prior to its 2011 edition');
    expect(tables.events.filter((e) => e.paragraph_id === paragraph.paragraph_id)).toEqual([]);
    expect(tables.events.length).toBe(parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt').tables.events.length);
  });
});

describe('event types', () => {
  it('say what decided them: the kind of cue and its words', () => {
    expect(typeBasis('verb:annulled')).toEqual({ type_basis: 'verb', type_words: 'annulled' });
    expect(typeBasis('noun:protests')).toEqual({ type_basis: 'noun', type_words: 'protests' });
    expect(typeBasis('named:elections')).toEqual({ type_basis: 'named', type_words: 'elections' });
    expect(typeBasis('since office')).toEqual({ type_basis: 'office', type_words: null });
    expect(typeBasis('named act')).toEqual({ type_basis: 'act', type_words: null });
    expect(typeBasis('court')).toEqual({ type_basis: 'court', type_words: null });
    expect(typeBasis('none')).toEqual({ type_basis: 'none', type_words: null });
    expect(() => typeBasis('guess')).toThrow(/unknown type cue/);
  });
  it('are in every event row of the seeds', () => {
    const { tables } = parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt');
    const annulled = tables.events.find((e) => String(e.text).includes('annulled “leader of the nation” legislation'))!;
    expect(annulled).toMatchObject({ type: 'court_ruling', type_basis: 'verb', type_words: 'annulled' });
    // Every kind the seed gives, each row with words exactly when its basis has them.
    expect(new Set(tables.events.map((e) => e.type_basis))).toEqual(new Set(['verb', 'noun', 'named', 'none']));
    for (const e of tables.events) expect(e.type_words === null, String(e.event_id)).toBe(['court', 'office', 'act', 'none'].includes(String(e.type_basis)));
  });
});
