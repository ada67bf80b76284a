// Copies wrapped at a fixed width (text taken from a PDF or a terminal): every line longer than the
// width broken at spaces. They must give the report the unwrapped copy gives: the same scores,
// question wording, paragraphs and footnotes, and no new problem.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentLines, isHardWrapped, joinLines } from '../pipeline/parse/lines.ts';
import { COMMON_WORDS } from '../pipeline/common/words.ts';
import { ParagraphCollector } from '../pipeline/parse/paragraphs.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { renderFiw, uniformScores, wrapText as wrap } from '../scripts/synthetic.ts';
import { parseText, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

/** What a copy must give whatever its layout: scores (with wording and changes), paragraphs, problems. */
function reading(text: string, file: string) {
  const { report, problems, checks } = parseText(text, file);
  return {
    title: report.title,
    status: report.status,
    scores: report.scores.map((s) => ({ code: s.code, value: s.value, max: s.printedMax, label: s.label, previous: s.previous && { from: s.previous.from, to: s.previous.to } })),
    paragraphs: report.paragraphs.map((p) => ({ section: p.section, ordinal: p.ordinal, indicator: p.indicator, text: p.text, footnotes: p.footnotes })),
    problems: [...problems, ...checks].map((p) => p.code),
  };
}

describe.each([
  ['FIW', SEED_FIW, 'fiw/2024/kazakhstan.txt'],
  ['NIT', SEED_NIT, 'nit/2024/kazakhstan.txt'],
])('%s seed wrapped at a fixed width', (_name, path, file) => {
  const text = readSeed(path);
  const unwrapped = reading(text, file);

  it.each([50, 66, 80, 100])('at %i characters reads as the unwrapped copy', (width) => {
    const wrapped = wrap(text, width);
    expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length + 200);
    expect(reading(wrapped, file)).toEqual(unwrapped);
  });

  it('hyphenating long words at the line ends (as a PDF\'s text layer may), names the same people and keeps the paragraphs', () => {
    const hyphenated = wrap(text, 80, (word) => /^\p{L}{8,}[,.]?$/u.test(word));
    expect(hyphenated.split('\n').filter((line) => /\p{L}-$/u.test(line)).length).toBeGreaterThan(50);
    // A name is made whole from the report's other lines: every name it writes more than once (a
    // name written once, "Zhyl-" / "anbaev" in the NIT seed, may be anyone's hyphenated name).
    const once = (surface: string) => surface.split(/[\s\u2019']+/).some((word) => text.split(word).length === 2);
    const surfaces = (t: string) => parseText(t, file).extraction.mentions.map((m) => m.surface).filter((s) => !once(s.replace(/-/g, '')));
    expect(surfaces(hyphenated)).toEqual(surfaces(text));
    expect(surfaces(text).length).toBeGreaterThan(20);
    // What no dictionary or other line of the report says is closed keeps its hyphen ("proregime" as "pro-regime").
    const paragraphs = reading(hyphenated, file).paragraphs;
    const same = paragraphs.filter((p, i) => p.text === unwrapped.paragraphs[i].text).length;
    expect(same / unwrapped.paragraphs.length).toBeGreaterThan(0.95);
  });

  it('is told from an unwrapped copy by its line lengths', () => {
    expect(isHardWrapped(contentLines(text.split('\n')))).toBe(false);
    expect(isHardWrapped(contentLines(wrap(text, 80).split('\n')))).toBe(true);
  });
});

describe('wrapped copies, case by case', () => {
  it('joins a word hyphenated at a line end whole, and keeps the hyphen of a compound', () => {
    expect(joinLines('the government and its', 'allies')).toBe('the government and its allies');
    expect(joinLines('the govern-', 'ment and its allies')).toBe('the government and its allies');
    expect(joinLines('a long-', 'term plan')).toBe('a long-term plan');
    expect(joinLines('President Kassym-', 'Jomart Tokayev')).toBe('President Kassym-Jomart Tokayev');
    expect(joinLines('from 2019 -', 'the year')).toBe('from 2019 - the year');
  });

  it('joins a hyphenated word whole where the report writes it whole, or it is an English word of any size; keeps the hyphen the report writes', () => {
    // A name the report writes whole elsewhere (FIW 2022 Tunisia's "Ghannouchi", "Saïed").
    const written = () => new Set(['Ghannouchi', 'Saïed', 'anti-government']);
    expect(joinLines('parliament speaker Ghan-', 'nouchi said', undefined, written)).toBe('parliament speaker Ghannouchi said');
    expect(joinLines('President Sa-', 'ïed suspended', undefined, written)).toBe('President Saïed suspended');
    expect(joinLines('an anti-', 'government protest', undefined, written)).toBe('an anti-government protest');
    // Without the report's words: a name's hyphen stays; words of SCOWL's larger sizes and American spellings join.
    expect(joinLines('parliament speaker Ghan-', 'nouchi said')).toBe('parliament speaker Ghan-nouchi said');
    expect(joinLines('civil society orga-', 'nizations and')).toBe('civil society organizations and');
    expect(joinLines('a campaign of dis-', 'information')).toBe('a campaign of disinformation');
    // A lower-case part that is no word was cut by the line's end; a short prefix may be the writer's.
    expect(joinLines('backed election-fraud conspi-', 'racists as candidates')).toBe('backed election-fraud conspiracists as candidates');
    expect(joinLines('the party\u2019s deregistr-', 'ation')).toBe('the party\u2019s deregistration');
    expect(joinLines('the co-', 'opposition leader')).toBe('the co-opposition leader');
    // So is a capitalised part of six letters or more the report never writes alone (FIW 2018 Venezuela's
    // "Leopoldo López", written once); not a name the report writes alone, nor a Korean given name's syllable.
    const alone = () => new Set(['Kremlin']);
    expect(joinLines('opposition leader Leopol-', 'do López was moved', undefined, alone)).toBe('opposition leader Leopoldo López was moved');
    expect(joinLines('the Kremlin-', 'backed candidate', undefined, alone)).toBe('the Kremlin-backed candidate');
    expect(joinLines('former president Park Geun-', 'hye was removed', undefined, alone)).toBe('former president Park Geun-hye was removed');
  });

  it('reads only the last line of a paragraph joined so far, unless the hyphenated word began before it', () => {
    // The collector passes the last line it joined: the same text as reading the end of the whole.
    expect(joinLines('the ruling party and the govern-', 'ment', 'and the govern-')).toBe('the ruling party and the government');
    // "ment-" alone on its line: the word is "govern" + "ment" joined before it, so the whole text is read.
    expect(joinLines('the government-', 's were', 'ment-')).toBe('the governments were');
  });

  it('joins a paragraph of a megabyte wrapped over 12,000 lines, in a wrapped copy and in an unwrapped one', () => {
    // Joining line by line once copied the paragraph built so far for every line: 10 s for this one.
    // No line ends a sentence, so an unwrapped copy's collector joins every line too.
    const paragraph = Array.from({ length: 4000 }, (_, i) => `clause ${i + 1} of a long paragraph names the government and its institutions,`).join(' ');
    const lines = wrap(paragraph, 80, (word) => COMMON_WORDS.has(word.replace(/,$/, '')) && word.length >= 8).split('\n');
    const big = Array.from({ length: 4 }, () => lines).flat();
    expect(big.length).toBeGreaterThan(12_000);
    expect(big.filter((line) => /[a-z]-$/.test(line)).length).toBeGreaterThan(1000);
    for (const hardWrapped of [true, false]) {
      const collector = new ParagraphCollector(hardWrapped);
      big.forEach((text, i) => collector.add('overview', null, { number: 1 + i, follows: i, text, bullet: false, taggedHeading: false }));
      expect(collector.paragraphs.map((p) => p.text)).toEqual([Array.from({ length: 4 }, () => paragraph).join(' ')]);
    }
  });

  it.each([
    ['FIW', SEED_FIW, 'fiw/2024/kazakhstan.txt'],
    ['NIT', SEED_NIT, 'nit/2024/kazakhstan.txt'],
  ])('%s seed, wrapped at 60 with words hyphenated across lines, reads as the unwrapped copy', (_name, path, file) => {
    const text = readSeed(path);
    // Common words only: no dictionary tells "govern-ment" from a compound.
    const hyphenated = wrap(text, 60, (word) => /^[a-z]{8,}$/.test(word) && COMMON_WORDS.has(word));
    expect(hyphenated.match(/[a-z]-\n[a-z]/g)?.length ?? 0).toBeGreaterThan(20);
    expect(reading(hyphenated, file)).toEqual(reading(text, file));
  });

  it('joins a question wrapped over lines, with its score split between two (website layout)', () => {
    const website = renderFiw({ country: 'Bolivia', edition: 2021, scores: uniformScores(2), layout: 'website' });
    // "...groupings? 2.002" / "4.004": the glued pair broken at its space.
    const split = website.replace(/^(B1 .*\n.*?) (\S+) (\d\.\d{3}) (\d\.\d{3})$/m, '$1\n$2 $3\n$4');
    expect(split).not.toBe(website);
    const original = reading(website, 'fiw/2021/bolivia.txt');
    const wrapped = reading(split, 'fiw/2021/bolivia.txt');
    expect(wrapped.scores.find((s) => s.code === 'B1')).toEqual(original.scores.find((s) => s.code === 'B1'));
    expect(wrapped.paragraphs).toEqual(original.paragraphs);
  });

  it('takes a number ending a wrapped line for text, and a footnote only where the paragraph ends', () => {
    const collector = new ParagraphCollector(true);
    const lines = ['Bolsonaro carried the vote, taking 55.1', 'percent of the ballots cast in a runoff', 'with Fernando Haddad.12'];
    lines.forEach((text, i) => collector.add('A1', 'A1', { number: 10 + i, follows: 9 + i, text, bullet: false, taggedHeading: false }));
    expect(collector.paragraphs).toEqual([
      { section: 'A1', ordinal: 1, indicator: 'A1', text: 'Bolsonaro carried the vote, taking 55.1 percent of the ballots cast in a runoff with Fernando Haddad.', footnotes: [12], line: 10 },
    ]);
  });

  it('drops page numbers, the publisher\'s address and the title repeated as a running header', () => {
    const text = readSeed(SEED_FIW);
    const paged = text
      .replace(/\n\n(?=In the March 2023 snap elections)/, '\n\n17\n\nFreedom in the World 2024 - Kazakhstan\n\n')
      .replace(/\n\n(?=A2\s0-4 pts)/, '\n\nPage 3 of 12\nfreedomhouse.org\n\n');
    expect(paged.split('\n').length).toBe(text.split('\n').length + 7);
    expect(reading(paged, 'fiw/2024/kazakhstan.txt')).toEqual(reading(text, 'fiw/2024/kazakhstan.txt'));
  });

  it.each([
    ['FIW', SEED_FIW, 'fiw/2024/kazakhstan.txt', 'Kazakhstan: Freedom in the World 2024 Country Report', 'freedom-world'],
    ['NIT', SEED_NIT, 'nit/2024/kazakhstan.txt', 'Kazakhstan: Nations in Transit 2024 Country Report', 'nations-transit'],
  ])('%s seed printed from a browser (its header and footer on every page, pages breaking paragraphs) reads as the plain copy', (_name, path, file, pageTitle, kind) => {
    const text = readSeed(path);
    const lines = wrap(text, 80).split('\n');
    const pages = Math.ceil(lines.length / 50);
    // The footer alone between blank lines at the first page end that breaks a sentence.
    const broken = lines.findIndex((line, i) => i % 50 === 49 && /[a-z,]$/.test(line));
    expect(broken).toBeGreaterThan(0);
    const printed = lines.flatMap((line, i) => [
      ...(i % 50 === 0 ? [`11/24/26, 11:41 PM ${pageTitle} | Freedom House`] : []),
      line,
      ...(i % 50 === 49 ? (i === broken ? ['', `https://freedomhouse.org/country/kazakhstan/${kind}/2024 ${(i + 1) / 50}/${pages}`, ''] : [`https://freedomhouse.org/country/kazakhstan/${kind}/2024 ${(i + 1) / 50}/${pages}`]) : []),
    ]);
    expect(reading(printed.join('\n'), file)).toEqual(reading(text, file));
  });

  it.each([
    ['FIW', SEED_FIW, 'fiw/2024/kazakhstan.txt', 51],
    ['NIT', SEED_NIT, 'nit/2024/kazakhstan.txt', 48],
  ])('%s seed wrapped at 80 without blank lines: a paragraph ends where the next line\'s first word would have fitted', (_name, path, file, found) => {
    const text = readSeed(path);
    const plain = reading(text, file);
    const blankless = reading(wrap(text, 80).split('\n').filter((line) => line.trim()).join('\n'), file);
    expect(blankless.scores).toEqual(plain.scores);
    expect(blankless.problems).toEqual(plain.problems);
    // A paragraph whose last line is full is not told from the next one (FIW 51 of 55, NIT 48 of 50).
    const texts = new Set(blankless.paragraphs.map((p) => p.text));
    expect(plain.paragraphs.filter((p) => texts.has(p.text)).length).toBe(found);
  });

  it('in an unwrapped copy, joins an adjacent line only where the line before ends mid-sentence', () => {
    const collector = new ParagraphCollector(false);
    const lines = ['The first paragraph ends here.', 'The second one starts on the next line and names', 'Ivan Petrov, whose name a copy wrapped.'];
    lines.forEach((text, i) => collector.add('overview', null, { number: 1 + i, follows: i, text, bullet: false, taggedHeading: false }));
    expect(collector.paragraphs.map((p) => p.text)).toEqual(['The first paragraph ends here.', 'The second one starts on the next line and names Ivan Petrov, whose name a copy wrapped.']);
  });
});

// The development corpus (third-party, read from ../shared): both layouts, every report.
const SHARED = join(PROJECT_ROOT, '..', 'shared', 'corpus');
const corpusFiles = ['dev', 'dev-website'].flatMap((layout) => {
  const root = join(SHARED, layout, 'raw', 'fiw');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((edition) => readdirSync(join(root, edition)).map((name) => ({ layout, file: `fiw/${edition}/${name}`, path: join(root, edition, name) })));
});

describe.skipIf(corpusFiles.length === 0)('development corpus wrapped at 72 characters', () => {
  it.each(corpusFiles.map((f) => [`${f.layout} ${f.file}`, f] as const))('%s reads as the unwrapped copy', (_label, { file, path }) => {
    const text = readFileSync(path, 'utf8');
    expect(reading(wrap(text, 72), file)).toEqual(reading(text, file));
  });
});
