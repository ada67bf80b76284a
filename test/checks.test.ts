// Each check, with a report altered to break it: the problem names the raw file and line.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTables } from '../pipeline/check/index.ts';
import { newAjv } from '../pipeline/check/rows.ts';
import { formatProblem, type Problem } from '../pipeline/common/problems.ts';
import { renderFiw, renderNit, uniformScores } from '../scripts/synthetic.ts';
import { parseText, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

const FIW_FILE = 'fiw/2021/bolivia.txt';
const NIT_FILE = 'nit/2022/moldova.txt';
const fiwBase = { country: 'Bolivia', edition: 2021, scores: uniformScores(2) };
const nitBase = {
  country: 'Moldova',
  edition: 2022,
  ratings: { national_democratic_governance: 3.5, electoral_process: 4, civil_society: 4.75, independent_media: 3.25, local_democratic_governance: 3.75, judicial_framework_and_independence: 3, corruption: 2.75 },
};

function only(problems: Problem[], code: string): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found, `${code} in ${problems.map(formatProblem).join('\n')}`).toHaveLength(1);
  return found[0];
}
const lineOf = (text: string, needle: RegExp) => text.split('\n').findIndex((l) => needle.test(l)) + 1;

describe('FIW checks', () => {
  it('FIW_PR_SUM: Political Rights must equal A1..C3 + Add Q', () => {
    const text = renderFiw({ ...fiwBase, printedPr: 21, printedTotal: 51 });
    const p = only(parseText(text, FIW_FILE).checks, 'FIW_PR_SUM');
    expect(p).toMatchObject({ file: FIW_FILE, line: lineOf(text, /^Political Rights 21/) });
    expect(formatProblem(p)).toMatch(/^fiw\/2021\/bolivia\.txt:6: FIW_PR_SUM \[scores\.value\] Political Rights is 21, but .* 20$/);
  });

  it('FIW_CL_SUM: Civil Liberties must equal D1..G4', () => {
    const text = renderFiw({ ...fiwBase, printedCl: 31, printedTotal: 51 });
    expect(only(parseText(text, FIW_FILE).checks, 'FIW_CL_SUM')).toMatchObject({ file: FIW_FILE, line: lineOf(text, /^Civil Liberties 31/) });
  });

  it('FIW_TOTAL_SUM: the total must equal PR + CL', () => {
    const text = renderFiw({ ...fiwBase, printedTotal: 49 });
    expect(only(parseText(text, FIW_FILE).checks, 'FIW_TOTAL_SUM')).toMatchObject({ file: FIW_FILE, line: lineOf(text, /^49$/) });
  });

  it('FIW_STATUS: the status must agree with the mean of the ratings', () => {
    const text = renderFiw({ ...fiwBase, printedStatus: 'Free' });
    const p = only(parseText(text, FIW_FILE).checks, 'FIW_STATUS');
    expect(p.message).toContain('"Partly Free"');
    expect(p.file).toBe(FIW_FILE);
  });

  it('SCORE_RANGE: a question is scored 0-4, Add Q 0 to -4', () => {
    const text = renderFiw({ ...fiwBase, scores: { ...uniformScores(2), C2: 5 }, printedPr: 21, printedTotal: 51 });
    const p = only(parseText(text, FIW_FILE).checks, 'SCORE_RANGE');
    expect(p).toMatchObject({ file: FIW_FILE, line: lineOf(text, /question C2 .* 5\u00a0\/\u00a04$/), field: 'scores.value' });
    const deduction = renderFiw({ ...fiwBase, addQ: -5 });
    expect(only(parseText(deduction, FIW_FILE).checks, 'SCORE_RANGE').message).toContain('fiw.add_q value -5 is outside -4..0');
    // One cause, one message: the wide table that repeats the score says nothing more.
    expect(parseText(text, FIW_FILE).checks.filter((c) => c.code === 'SCHEMA')).toEqual([]);
    expect(parseText(deduction, FIW_FILE).checks.filter((c) => c.code === 'SCHEMA')).toEqual([]);
  });

  it('SCHEMA: a nullable value out of its range is one message, not one per branch of its schema', () => {
    const { tables } = parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt');
    tables.fiw_all_data[0] = { ...tables.fiw_all_data[0], A1: 7 };
    expect(checkTables(tables).filter((p) => p.code === 'SCHEMA').map((p) => `${p.field} ${p.message}`)).toEqual(['fiw_all_data.A1 must be <= 4']);
  });

  it('FIW_QUESTIONS_MISSING: every question must be scored', () => {
    const p = only(parseText(renderFiw({ ...fiwBase, truncateAfter: 'G2' }), FIW_FILE).checks, 'FIW_QUESTIONS_MISSING');
    expect(p.message).toBe('no score for G3, G4');
  });

  it('SCORE_CHANGE_*: "from X to Y" must agree with the score and its direction', () => {
    const wrongValue = renderFiw({ ...fiwBase, scoreChanges: { B2: { from: 3, to: 1 } } });
    const p = only(parseText(wrongValue, FIW_FILE).checks, 'SCORE_CHANGE_VALUE');
    // Freedom House's text disagreeing with itself: noted, the report still published.
    expect(p).toMatchObject({ file: FIW_FILE, line: lineOf(wrongValue, /^Score Change/), severity: 'warning' });
    const wrongWord = renderFiw({ ...fiwBase, scoreChanges: { B2: { from: 3, to: 2, verb: 'improved' } } });
    expect(only(parseText(wrongWord, FIW_FILE).checks, 'SCORE_CHANGE_DIRECTION').line).toBe(lineOf(wrongWord, /^Score Change/));
  });

  it('the seed passes, and breaking one of its scores is caught on its line', () => {
    const seed = readSeed(SEED_FIW);
    expect(parseText(seed, 'fiw/2024/kazakhstan.txt').checks).toEqual([]);
    const broken = seed.replace(/(chief national authority elected through free and fair elections\?) 0/, '$1 3');
    const p = only(parseText(broken, 'fiw/2024/kazakhstan.txt').checks, 'FIW_PR_SUM');
    expect(formatProblem(p)).toBe('fiw/2024/kazakhstan.txt:6: FIW_PR_SUM [scores.value] Political Rights is 5, but A1..C3 + Add Q + Add A add up to 8');
  });
});

describe('NIT checks', () => {
  it('NIT_DEMOCRACY_SCORE: the mean of the categories, to the published rounding', () => {
    const text = renderNit({ ...nitBase, democracyScore: 3.6 });
    expect(only(parseText(text, NIT_FILE).checks, 'NIT_DEMOCRACY_SCORE')).toMatchObject({ file: NIT_FILE, line: lineOf(text, /^Democracy Score/) });
  });

  it('NIT_DEMOCRACY_PERCENTAGE: (mean - 1) / 6 * 100, to the published rounding', () => {
    const text = renderNit({ ...nitBase, democracyPercentage: 42.9 });
    expect(only(parseText(text, NIT_FILE).checks, 'NIT_DEMOCRACY_PERCENTAGE')).toMatchObject({ file: NIT_FILE, line: lineOf(text, /^Democracy Percentage/) });
  });

  it('NIT_RATING_STEP: categories are rated in quarter points', () => {
    const text = renderNit({ ...nitBase, ratings: { ...nitBase.ratings, corruption: 2.8 } });
    expect(only(parseText(text, NIT_FILE).checks, 'NIT_RATING_STEP')).toMatchObject({ file: NIT_FILE, line: lineOf(text, /^Looks at|2\.80\u00a0\/\u00a07/) });
  });

  it('SCORE_RANGE: a NIT rating out of 1..7 is one message, not repeated by nit_all_data', () => {
    const checks = parseText(renderNit({ ...nitBase, ratings: { ...nitBase.ratings, civil_society: 7.5 } }), NIT_FILE).checks;
    expect(only(checks, 'SCORE_RANGE').message).toContain('nit.civil_society value 7.5 is outside 1..7');
    expect(checks.filter((c) => c.code === 'SCHEMA')).toEqual([]);
  });

  it('NIT_STATUS: the regime type must fit the Democracy Score', () => {
    expect(only(parseText(renderNit({ ...nitBase, status: 'Consolidated Democracy' }), NIT_FILE).checks, 'NIT_STATUS').message).toContain('"Transitional or Hybrid Regime"');
  });

  it('SCORE_CHANGE_*: previous values must agree with the changes described', () => {
    const text = renderNit({ ...nitBase, changes: [{ name: 'Corruption', from: 3, to: 3.25 }] });
    const problems = parseText(text, NIT_FILE).checks;
    expect(only(problems, 'SCORE_CHANGE_VALUE')).toMatchObject({ file: NIT_FILE, line: lineOf(text, /Corruption rating/) });
    const seed = readSeed(SEED_NIT).replace('declined from 1.75 to 1.50', 'improved from 1.75 to 1.50');
    expect(only(parseText(seed, 'nit/2024/kazakhstan.txt').checks, 'SCORE_CHANGE_DIRECTION').line).toBe(lineOf(seed, /Local Democratic Governance rating improved/));
  });

  it('NIT_CATEGORIES_MISSING: all seven categories are rated', () => {
    const text = renderNit(nitBase).replace(/^Corruption\u00a01\.00-7\.00 pts\n.*\n/m, '');
    expect(only(parseText(text, NIT_FILE).checks, 'NIT_CATEGORIES_MISSING').message).toBe('no rating for corruption');
  });
});

describe('row checks', () => {
  const seed = () => parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt').tables;

  it('KEY_DUPLICATE: primary keys are unique', () => {
    const tables = seed();
    tables.scores.push({ ...tables.scores[1] });
    const p = only(checkTables(tables), 'KEY_DUPLICATE');
    expect(p).toMatchObject({ file: 'fiw/2024/kazakhstan.txt', line: tables.scores[1].source_line });
  });

  it('FOREIGN_KEY: every reference resolves', () => {
    const tables = seed();
    tables.paragraphs[0] = { ...tables.paragraphs[0], indicator_id: 'fiw.Z9' };
    expect(only(checkTables(tables), 'FOREIGN_KEY')).toMatchObject({ file: 'fiw/2024/kazakhstan.txt', line: lineOf(readSeed(SEED_FIW), /^President Nursultan/), field: 'paragraphs.indicator_id' });
  });

  it('TEXT_WHITESPACE and TEXT_REPLACEMENT_CHARACTER: text is clean', () => {
    const tables = seed();
    tables.paragraphs[0] = { ...tables.paragraphs[0], text: `${tables.paragraphs[0].text} ` };
    tables.paragraphs[1] = { ...tables.paragraphs[1], text: `bad \uFFFD byte` };
    const problems = checkTables(tables);
    expect(only(problems, 'TEXT_WHITESPACE')).toMatchObject({ line: lineOf(readSeed(SEED_FIW), /^President Nursultan/), field: 'paragraphs.text' });
    expect(only(problems, 'TEXT_REPLACEMENT_CHARACTER')).toMatchObject({ line: tables.paragraphs[1].source_line });
  });

  it('MENTION_OFFSETS: a mention\'s offsets point at its surface', () => {
    const tables = seed();
    const index = tables.mentions.findIndex((m) => m.surface === 'Toqaev');
    tables.mentions[index] = { ...tables.mentions[index], start: Number(tables.mentions[index].start) + 1, end: Number(tables.mentions[index].end) - 1 };
    const p = only(checkTables(tables), 'MENTION_OFFSETS');
    expect(p.file).toBe('fiw/2024/kazakhstan.txt');
    expect(p.message).toMatch(/hold "oqae", not "Toqaev"/);
  });

  it('PERSON_MENTION_COUNT: a person\'s mentions agree with the mentions table, or with the counts of mentions checked apart', () => {
    const tables = seed();
    const person = tables.people.find((p) => Number(p.mentions) > 1)!;
    expect(checkTables(tables).filter((p) => p.code === 'PERSON_MENTION_COUNT')).toEqual([]);
    tables.mentions = tables.mentions.filter((m) => m !== tables.mentions.find((x) => x.person_id === person.person_id));
    expect(only(checkTables(tables), 'PERSON_MENTION_COUNT').message).toBe(`says ${person.mentions} mentions, the mentions table has ${Number(person.mentions) - 1}`);
    // The build checks the mentions a batch of reports at a time, and the people with their counts.
    const counts = new Map<string, number>();
    for (const m of seed().mentions) counts.set(String(m.person_id), (counts.get(String(m.person_id)) ?? 0) + 1);
    expect(checkTables({ people: seed().people }, { mentionCounts: counts }).filter((p) => p.code === 'PERSON_MENTION_COUNT')).toEqual([]);
    counts.set(String(person.person_id), 1);
    expect(only(checkTables({ people: seed().people }, { mentionCounts: counts }), 'PERSON_MENTION_COUNT').field).toBe('people.mentions');
  });

  it('MENTION_OFFSETS: offsets count code points past a character beyond the BMP', () => {
    const text = readSeed(SEED_FIW).replace(/^(President Nursultan Nazarbaev ruled)/m, '\u{1F5F3} $1');
    const tables = parseText(text, 'fiw/2024/kazakhstan.txt').tables;
    const index = tables.mentions.findIndex((m) => m.surface === 'Nursultan Nazarbaev' && String(tables.paragraphs.find((p) => p.paragraph_id === m.paragraph_id)!.text).startsWith('\u{1F5F3}'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(tables.mentions[index]).toMatchObject({ start: 12 }); // "🗳 President " is 12 code points, 13 UTF-16 units
    expect(checkTables(tables).filter((p) => p.code === 'MENTION_OFFSETS')).toEqual([]);
    tables.mentions[index] = { ...tables.mentions[index], start: 13, end: Number(tables.mentions[index].end) + 1 };
    expect(only(checkTables(tables), 'MENTION_OFFSETS').message).toMatch(/hold "ursultan Nazarbaev /);
  });

  it('EVENT_AFTER_COVERAGE: an event dated after the coverage year is noted, never a reason to reject', () => {
    const tables = seed();
    tables.events[0] = { ...tables.events[0], date: '2024-02', date_precision: 'month' };
    const p = only(checkTables(tables), 'EVENT_AFTER_COVERAGE');
    expect(p).toMatchObject({ file: 'fiw/2024/kazakhstan.txt', field: 'events.date', severity: 'warning' });
  });

  it('EVENT_DATE_RANGE: year, date_start and date_end agree with the date', () => {
    const tables = seed();
    tables.events[0] = { ...tables.events[0], date_end: '2099-12-31' };
    expect(only(checkTables(tables), 'EVENT_DATE_RANGE')).toMatchObject({ field: 'events.date_end', severity: 'error' });
  });

  it('SCHEMA: required fields are present and typed', () => {
    const tables = seed();
    tables.reports[0] = { ...tables.reports[0], country: '' };
    expect(only(checkTables(tables), 'SCHEMA')).toMatchObject({ field: 'reports.country' });
  });
});

describe('the schema validator', () => {
  it('minLength: counts code points as ajv does, with the same error, for any string and limit', () => {
    const ours = newAjv();
    const stock = new Ajv2020({ allErrors: true, strict: true });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.integer({ min: 0, max: 8 }), (text, limit) => {
        const schema = { type: 'string', minLength: limit };
        const [a, b] = [ours.compile(schema), stock.compile(schema)];
        expect(a(text)).toBe(b(text));
        expect(a.errors ?? null).toEqual(b.errors ?? null);
      }),
      { seed: 5, numRuns: 2000 },
    );
    // A character beyond the BMP is one code point and two UTF-16 units.
    expect(ours.validate({ type: 'string', minLength: 2 }, '\u{1F600}')).toBe(false);
    expect(ours.validate({ type: 'string', minLength: 2 }, '\u{1F600}a')).toBe(true);
  });
});
