import { describe, expect, it } from 'vitest';
import { FIW_QUESTION_CODES } from '../pipeline/parse/methodology.ts';
import { fiwTotals, renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { parseText, readSeed, scoreOf, SEED_FIW } from './helpers.ts';

describe('FIW seed (Kazakhstan 2024)', () => {
  const { report, problems, tables, checks } = parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt');

  it('reads every indicator score as published', () => {
    const expected = {
      A1: 0, A2: 0, A3: 1, B1: 1, B2: 0, B3: 1, B4: 1, C1: 0, C2: 1, C3: 0,
      D1: 0, D2: 1, D3: 2, D4: 1, E1: 1, E2: 1, E3: 0, F1: 1, F2: 1, F3: 1, F4: 1, G1: 2, G2: 2, G3: 2, G4: 2,
    };
    for (const [code, value] of Object.entries(expected)) expect(scoreOf(tables, `fiw.${code}`), code).toBe(value);
    expect(scoreOf(tables, 'fiw.pr')).toBe(5);
    expect(scoreOf(tables, 'fiw.cl')).toBe(18);
    expect(scoreOf(tables, 'fiw.total')).toBe(23);
    expect(scoreOf(tables, 'fiw.A')).toBe(1);
    expect(scoreOf(tables, 'fiw.G')).toBe(8);
    expect(scoreOf(tables, 'fiw.pr_rating')).toBe(7);
    expect(scoreOf(tables, 'fiw.cl_rating')).toBe(5);
  });

  it('reads the header: status, last year, title', () => {
    expect(report.status).toBe('Not Free');
    expect(report.previousTotal).toBe(23);
    expect(report.previousStatus).toBe('Not Free');
    expect(report.title).toBe('Freedom in the World 2024 - Kazakhstan');
    expect(tables.reports[0]).toMatchObject({ report_id: 'fiw-2024-kaz', coverage_year: 2023, country_code: 'KAZ', layout: 'print' });
    expect(tables.fiw_all_data[0]).toMatchObject({ 'Country/Territory': 'Kazakhstan', Status: 'NF', 'PR rating': 7, 'CL rating': 5, PR: 5, CL: 18, Total: 23, 'Add Q': 0 });
  });

  it('keeps every paragraph whole, in order, without layout', () => {
    const kd = tables.paragraphs.filter((p) => p.section === 'key_developments');
    expect(kd).toHaveLength(3);
    expect(kd[0].text).toMatch(/^The ruling Amanat Party won a supermajority/);
    expect(tables.paragraphs.filter((p) => p.section === 'D1')).toHaveLength(5);
    expect(tables.paragraphs.find((p) => p.section === 'overview')?.text).toMatch(/^President Nursultan Nazarbaev ruled .* corruption is endemic\.$/);
    for (const p of tables.paragraphs) expect(String(p.text)).not.toMatch(/^\s|\s$|\u2022|\u00a0|\d\s*\/\s*4$/);
    // The copy stops after G4's narrative: the last paragraph is G4's.
    expect(tables.paragraphs.at(-1)?.section).toBe('G4');
  });

  it('passes every check', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checks).toEqual([]);
  });
});

describe('FIW layout variants (synthetic reports)', () => {
  const base = { country: 'Bolivia', edition: 2021, scores: { ...uniformScores(2), A1: 3, D4: 1 } as Record<string, number> };
  const codes = (text: string, file = 'fiw/2021/bolivia.txt') => parseText(text, file);

  it('print and website layouts give the same scores and paragraphs', () => {
    const print = codes(renderFiw(base));
    const website = codes(renderFiw({ ...base, layout: 'website' }));
    const t = fiwTotals(base);
    for (const p of [print, website]) {
      for (const c of FIW_QUESTION_CODES) expect(scoreOf(p.tables, `fiw.${c}`)).toBe(base.scores[c]);
      expect(scoreOf(p.tables, 'fiw.pr')).toBe(t.pr);
      expect(scoreOf(p.tables, 'fiw.total')).toBe(t.total);
      expect(p.checks).toEqual([]);
    }
    expect(website.report.layout).toBe('website');
    expect(website.tables.paragraphs.map((p) => p.text)).toEqual(print.tables.paragraphs.map((p) => p.text));
    // The website copy prints no total: it is derived, and marked so.
    expect(website.tables.scores.find((s) => s.indicator_id === 'fiw.total')?.derived).toBe(true);
    expect(print.tables.scores.find((s) => s.indicator_id === 'fiw.total')?.derived).toBe(false);
  });

  it('reads title-case headings and scores without slashes', () => {
    const p = codes(renderFiw({ ...base, titleCase: true, noSlash: true }));
    expect(p.report.status).toBe(fiwTotals(base).status);
    expect(p.report.previousTotal).toBe(fiwTotals(base).total);
    for (const c of FIW_QUESTION_CODES) expect(scoreOf(p.tables, `fiw.${c}`)).toBe(base.scores[c]);
    expect(p.checks).toEqual([]);
  });

  it('reads a negative Political Rights score and the Add Q deduction, in both layouts', () => {
    const spec = { ...base, scores: { ...uniformScores(0), D1: 1, D2: 1, E1: 1 }, addQ: -3 };
    for (const layout of ['print', 'website'] as const) {
      const p = codes(renderFiw({ ...spec, layout }));
      expect(scoreOf(p.tables, 'fiw.add_q'), layout).toBe(-3);
      expect(scoreOf(p.tables, 'fiw.pr'), layout).toBe(-3);
      expect(p.tables.fiw_all_data[0]).toMatchObject({ 'Add Q': -3, PR: -3, 'PR rating': 7 });
      expect(p.tables.paragraphs.filter((x) => x.section === 'add_q')).toHaveLength(1);
      expect(p.checks).toEqual([]);
    }
  });

  it('keeps Note, Status Change, Ratings Change and Trend Arrow sections apart from the overview', () => {
    const p = codes(renderFiw({ ...base, preambleSections: ['Note', 'Status Change', 'Ratings Change', 'Trend Arrow'] }));
    const sections = p.tables.paragraphs.map((x) => x.section);
    expect(sections.slice(0, 5)).toEqual(['note', 'status_change', 'ratings_change', 'trend_arrow', 'overview']);
  });

  it('reads those sections written inline ("Note: ...", "↓ Trend Arrow: ..."), or with an arrow before the heading', () => {
    const text = renderFiw(base);
    const inline = text.replace(/\nOverview\n/, '\nNote: The scores above do not reflect conditions in one territory.\n\n\u2193 Trend Arrow: A downward trend arrow for new restrictions.\n\nOverview\n');
    const p = codes(inline);
    expect(p.problems).toEqual([]);
    expect(p.tables.paragraphs.slice(0, 3).map((x) => [x.section, x.text])).toEqual([
      ['note', 'The scores above do not reflect conditions in one territory.'],
      ['trend_arrow', 'A downward trend arrow for new restrictions.'],
      ['overview', codes(text).tables.paragraphs[0].text],
    ]);
    const arrow = codes(text.replace(/\nOverview\n/, '\n\u2193 Trend Arrow\n\nA downward trend arrow for new restrictions.\n\nOverview\n'));
    expect(arrow.tables.paragraphs[0]).toMatchObject({ section: 'trend_arrow', text: 'A downward trend arrow for new restrictions.' });
  });

  it('skips a Footnotes or Endnotes section at the end', () => {
    const text = renderFiw(base);
    for (const heading of ['Footnotes', 'Endnotes']) {
      const p = codes(`${text}\n\n${heading}\n\n1 A source, 2023.\n2 Another source.\n`);
      expect(p.tables.paragraphs).toEqual(codes(text).tables.paragraphs);
    }
  });

  it('reads "Score Change" sentences as previous values and keeps them as paragraphs', () => {
    const p = codes(renderFiw({ ...base, scoreChanges: { B2: { from: 3, to: 2 }, A1: { from: 2, to: 3 } } }));
    expect(p.tables.scores.find((s) => s.indicator_id === 'fiw.B2')?.previous_value).toBe(3);
    expect(p.tables.scores.find((s) => s.indicator_id === 'fiw.A1')?.previous_value).toBe(2);
    expect(p.tables.paragraphs.filter((x) => x.section === 'B2').at(-1)?.text).toMatch(/^Score Change: The score declined from 3 to 2/);
    expect(p.checks).toEqual([]);
  });

  it('places a question whose heading was lost by its position in the checklist', () => {
    const p = codes(renderFiw({ ...base, dropHeadings: ['B2', 'F1'] }));
    expect(scoreOf(p.tables, 'fiw.B2')).toBe(2);
    expect(p.tables.paragraphs.filter((x) => x.section === 'F1')).toHaveLength(1);
    expect(p.problems.filter((x) => x.code === 'FIW_HEADING_MISSING').map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(p.checks).toEqual([]);
  });

  it('reads the overview when its heading was lost', () => {
    const p = codes(renderFiw({ ...base, dropOverviewHeading: true }));
    expect(p.tables.paragraphs[0]).toMatchObject({ section: 'overview' });
    expect(p.checks).toEqual([]);
  });

  it('reports a truncated copy as missing questions, naming the file', () => {
    const p = codes(renderFiw({ ...base, truncateAfter: 'E2' }));
    const missing = p.checks.find((x) => x.code === 'FIW_QUESTIONS_MISSING');
    expect(missing?.message).toContain('E3, F1');
    expect(missing?.file).toBe('fiw/2021/bolivia.txt');
  });

  it('checks the title against the path', () => {
    const p = codes(renderFiw(base), 'fiw/2020/bolivia.txt');
    expect(p.problems.find((x) => x.code === 'METADATA_MISMATCH')).toMatchObject({ file: 'fiw/2020/bolivia.txt', line: 1 });
    const elsewhere = codes(renderFiw(base), 'nit/2021/bolivia.txt');
    expect(elsewhere.problems.find((x) => x.code === 'METADATA_MISMATCH')?.message).toBe('title says fiw, the path says nit');
  });

  it('keeps the path\'s country when the title spells one it has no code for', () => {
    const p = codes(renderFiw(base).replace('Freedom in the World 2021 - Bolivia', 'Freedom in the World 2021 - Plurinational Bolivia'));
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(p.problems.find((x) => x.code === 'TITLE_COUNTRY_UNKNOWN')).toMatchObject({ severity: 'warning', file: 'fiw/2021/bolivia.txt', line: 1 });
    expect(p.report.country).toBe('Bolivia');
  });

  it('reads a title written the other way round', () => {
    const p = codes(renderFiw(base).replace('Freedom in the World 2021 - Bolivia', 'Bolivia: Freedom in the World 2021'));
    expect(p.report.title).toBe('Bolivia: Freedom in the World 2021');
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('a typo in a score', () => {
  it('is named at the question line that does not end in a score, with what was expected', () => {
    const seed = readSeed(SEED_FIW).split('\n');
    const at = seed.findIndex((l) => /^Is there freedom of assembly\? /.test(l));
    seed[at] = seed[at].replace(/\d\s*\/\s*4$/, '3 l 4');
    const { problems, checks } = parseText(seed.join('\n'), 'fiw/2024/kazakhstan.txt');
    expect(problems.filter((p) => p.code === 'FIW_QUESTION_MISSING')).toEqual([
      expect.objectContaining({ line: at + 1, message: 'heading E1\'s question line does not end in a score: "Is there freedom of assembly? 3 l 4"; expected the question, then its score as "N / 4" (e.g. "2 / 4")' }),
    ]);
    // One cause, one message: the missing E1 is not listed again at the end of the file.
    expect(checks.filter((p) => p.code === 'FIW_QUESTIONS_MISSING')).toEqual([]);
  });
});
