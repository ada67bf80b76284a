import { describe, expect, it } from 'vitest';
import { NIT_CATEGORIES } from '../pipeline/parse/methodology.ts';
import { FootnoteSplitter } from '../pipeline/parse/lines.ts';
import { renderNit } from '../scripts/synthetic.ts';
import { parseText, readSeed, scoreOf, SEED_NIT } from './helpers.ts';

describe('NIT seed (Kazakhstan 2024)', () => {
  const { report, problems, tables, checks } = parseText(readSeed(SEED_NIT), 'nit/2024/kazakhstan.txt');

  it('reads every category and the aggregates as published', () => {
    const expected: Record<string, number> = {
      national_democratic_governance: 1.25,
      electoral_process: 1.25,
      civil_society: 1.25,
      independent_media: 1.25,
      local_democratic_governance: 1.5,
      judicial_framework_and_independence: 1.25,
      corruption: 1.25,
    };
    for (const [slug, value] of Object.entries(expected)) expect(scoreOf(tables, `nit.${slug}`), slug).toBe(value);
    expect(scoreOf(tables, 'nit.democracy_score')).toBe(1.29);
    expect(scoreOf(tables, 'nit.democracy_percentage')).toBe(4.76);
  });

  it('reads the header, authors and score changes', () => {
    expect(report.status).toBe('Consolidated Authoritarian Regime');
    expect(report.previousStatus).toBe('Consolidated Authoritarian Regime');
    expect(report.previousTotal).toBe(5);
    expect(report.authors).toEqual(['Anonymous']);
    expect(report.ratingScale).toBe('7_is_most_democratic');
    const previous = (id: string) => tables.scores.find((s) => s.indicator_id === id)?.previous_value;
    expect(previous('nit.local_democratic_governance')).toBe(1.75);
    expect(previous('nit.democracy_score')).toBe(1.32);
    expect(previous('nit.corruption')).toBeNull();
  });

  it('fills nit_all_data in the column layout of Freedom House\'s "All Data" file', () => {
    expect(tables.nit_all_data).toEqual([
      {
        Country: 'Kazakhstan',
        Year: 2024,
        'National Democratic Governance': 1.25,
        'Electoral Process': 1.25,
        'Civil Society': 1.25,
        'Independent Media': 1.25,
        'Local Democratic Governance': 1.5,
        'Judicial Framework and Independence': 1.25,
        Corruption: 1.25,
        'Democracy Score': 1.29,
        'Democracy Percentage': 4.76,
        'Regime Classification': 'Consolidated Authoritarian Regime',
        report_id: 'nit-2024-kaz',
        country_code: 'KAZ',
      },
    ]);
    expect(tables.fiw_all_data).toEqual([]);
  });

  it('splits glued footnote numbers off the text', () => {
    const summary = tables.paragraphs.filter((p) => p.section === 'executive_summary');
    expect(summary[0].footnotes).toEqual([1]);
    expect(String(summary[0].text).endsWith('personal networks.')).toBe(true);
    // "years.9 Behind the facade" inside a paragraph, and "in 2023.36 37"-style pairs at the end.
    const reforms = summary.find((p) => String(p.text).startsWith('The slow progress'))!;
    expect(reforms.footnotes).toEqual([9, 10]);
    expect(reforms.text).toContain('government strengthened its grip on power. Behind the fa\u00e7ade');
    const pair = tables.paragraphs.find((p) => String(p.text).includes('potential misuse of the funds.'))!;
    expect(pair.footnotes).toEqual([72, 73]);
    expect(String(pair.text).endsWith('misuse of the funds.')).toBe(true);
    // Decimals stay in the text.
    expect(tables.paragraphs.some((p) => String(p.text).includes('from 1.75 to 1.50 due to'))).toBe(true);
    // Every footnote 1..82 is found exactly once, in order.
    const all = tables.paragraphs.flatMap((p) => p.footnotes as number[]);
    expect(all).toEqual(Array.from({ length: 82 }, (_, i) => i + 1));
  });

  it('reads footnote numbers printed as superscripts as it reads glued ones', () => {
    // Each glued number after punctuation that follows no digit (so not "2023.36", nor the ratings) as superscripts.
    const superscript = (digits: string) => [...digits].map((d) => '\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079'[Number(d)]).join('');
    const text = readSeed(SEED_NIT).replace(/(?<!\d)([.!?;:,)\]"'\u201D\u2019\u00BB])(\d{1,3}(?:\s+\d{1,3})*)(?=\s+[A-Z\u201C\u2018"'(\[]|\s*$)/gm, (_m, mark: string, digits: string) => mark + digits.split(/\s+/).map(superscript).join(','));
    expect(text.match(/[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+/g)?.length).toBeGreaterThan(70);
    const read = parseText(text, 'nit/2024/kazakhstan.txt').tables.paragraphs.map((p) => [p.text, p.footnotes]);
    expect(read).toEqual(tables.paragraphs.map((p) => [p.text, p.footnotes]));
    // A unit's exponent is no footnote, and a superscript out of sequence stays in the text.
    const splitter = new FootnoteSplitter();
    expect(splitter.split('Jailed in May.\u00B9 The camp covers 5 km\u00B2.\u00B2,\u00B3')).toEqual({ text: 'Jailed in May. The camp covers 5 km\u00B2.', footnotes: [1, 2, 3] });
    expect(splitter.split('Later.\u00B9')).toEqual({ text: 'Later.\u00B9', footnotes: [] });
  });

  it('splits footnote numbers glued inside a sentence, after a word, in sequence', () => {
    const splitter = new FootnoteSplitter();
    expect(splitter.split('It was a \u201Cfarce,\u201D1 and the law,2 which passed; the OSCE (ODIHR),3 noted.')).toEqual({ text: 'It was a \u201Cfarce,\u201D and the law, which passed; the OSCE (ODIHR), noted.', footnotes: [1, 2, 3] });
    // After a figure, a space or a full stop a number is the text's (`in 2023,5 people`), and out of
    // sequence too; numbers after the footnotes in sequence stay (`councils,5 2 are`).
    expect(splitter.split('In 2023,5 people died; he said: 6 men came, 7 left; U.S.8 officials and councils,5 2 are elected.')).toEqual({ text: 'In 2023,5 people died; he said: 6 men came, 7 left; U.S.8 officials and councils, 2 are elected.', footnotes: [5] });
  });

  it('sorts paragraphs into sections, bullets one paragraph each', () => {
    const count = (s: string) => tables.paragraphs.filter((p) => p.section === s).length;
    expect(count('score_changes')).toBe(2);
    expect(count('executive_summary')).toBe(11);
    expect(count('at_a_glance')).toBe(1);
    expect(count('national_democratic_governance')).toBe(7);
    expect(count('corruption')).toBe(8);
    expect(tables.paragraphs.find((p) => p.section === 'corruption')?.indicator_id).toBe('nit.corruption');
  });

  it('passes every check', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(checks).toEqual([]);
  });
});

describe('NIT layout variants (synthetic reports)', () => {
  const ratings = { national_democratic_governance: 3.5, electoral_process: 4, civil_society: 4.75, independent_media: 3.25, local_democratic_governance: 3.75, judicial_framework_and_independence: 3, corruption: 2.75 };
  const base = { country: 'Moldova', edition: 2022, ratings };

  it('reads categories, aggregates, authors and changes', () => {
    const p = parseText(renderNit({ ...base, authors: ['Jane Doe', 'John Roe'], changes: [{ name: 'Civil Society', from: 4.5, to: 4.75 }] }), 'nit/2022/moldova.txt');
    for (const c of NIT_CATEGORIES) expect(scoreOf(p.tables, `nit.${c.slug}`)).toBe(ratings[c.slug as keyof typeof ratings]);
    expect(scoreOf(p.tables, 'nit.democracy_score')).toBe(3.57);
    expect(scoreOf(p.tables, 'nit.democracy_percentage')).toBe(42.86);
    expect(p.report.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(p.tables.scores.find((s) => s.indicator_id === 'nit.civil_society')?.previous_value).toBe(4.5);
    expect(p.checks).toEqual([]);
  });

  it('reads scores printed without the slash and "No score changes"', () => {
    const p = parseText(renderNit({ ...base, noSlash: true }), 'nit/2022/moldova.txt');
    expect(scoreOf(p.tables, 'nit.democracy_percentage')).toBe(42.86);
    expect(p.tables.paragraphs.find((x) => x.section === 'score_changes')?.text).toBe('No score changes.');
    expect(p.tables.scores.every((s) => s.previous_value === null || s.indicator_id === 'nit.democracy_percentage')).toBe(true);
    expect(p.checks).toEqual([]);
  });

  it('reads the older scale where 1 was most democratic', () => {
    const p = parseText(renderNit({ ...base, edition: 2017, scale: 1, status: 'Transitional or Hybrid Regime' }), 'nit/2017/moldova.txt');
    expect(p.report.ratingScale).toBe('1_is_most_democratic');
    expect(scoreOf(p.tables, 'nit.democracy_percentage')).toBe(57.14);
    expect(p.tables.nit_all_data[0]).toMatchObject({ Year: 2017, 'Civil Society': ratings.civil_society, 'Regime Classification': 'Transitional or Hybrid Regime' });
    expect(p.checks).toEqual([]);
  });

  it('keeps decimals in the text while splitting footnotes', () => {
    const p = parseText(renderNit(base), 'nit/2022/moldova.txt');
    const economy = p.tables.paragraphs.find((x) => String(x.text).startsWith('The economy'))!;
    expect(economy.text).toBe('The economy grew by 1.5 percent, and the central bank raised rates to 4.25 in March.');
    expect(economy.footnotes).toEqual([3]);
  });
});
