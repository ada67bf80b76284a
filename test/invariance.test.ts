// Extraction knows no calendar and no country: the seeds with every year a year later (their
// edition too), or about Kyrgyzstan instead of Kazakhstan, give the same people and the same
// events, a year later or about Kyrgyzstan. A rule tied to a year or a country of the reports it
// was written on would break this. So would one that reads only ASCII letters as letters: the
// reports with their surnames written with marked letters name the same people and events.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../scripts/gold.ts';
import { parseText, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

// A year of four digits that is no part of a longer number ("2,022", "12.2023").
const YEAR = /(?<![\d.,$])(?:19[5-9]\d|20[0-2]\d)(?!\d|,\d)/g;
const later = (text: string) => text.replace(YEAR, (year) => String(Number(year) + 1));
const elsewhere = (text: string) => text.replace(/Kazakhstan/g, 'Kyrgyzstan').replace(/Kazakh/g, 'Kyrgyz').replace(/kazakhstan/g, 'kyrgyzstan');

const SEEDS = [
  ['FIW 2024 Kazakhstan', SEED_FIW, 'fiw/2024/kazakhstan.txt'],
  ['NIT 2024 Kazakhstan', SEED_NIT, 'nit/2024/kazakhstan.txt'],
] as const;

// Each change of the text, what it does to the report's id, and whether an event's date changes with it.
const CHANGES = [
  { name: 'a year later', change: later, reportId: (id: string) => id.replace(/\d{4}/, (y) => String(Number(y) + 1)), datesChange: true, sameMentions: true },
  { name: 'about Kyrgyzstan', change: elsewhere, reportId: (id: string) => id.replace('kaz', 'kgz'), datesChange: false, sameMentions: false },
];

// Names as some reports write them, with marked letters: each surname the report names gets one
// before its last letter ("Toqaev" as "Toqaév", "Nazarbayeva" as "Nazarbayeṽa"), a letter that
// folds back to the plain one. A rule that reads only ASCII letters as letters would break this
// ("Erdoğan announced" read as "an announced").
const MARKED: Record<string, string> = { a: 'á', b: 'ḃ', c: 'č', d: 'ď', e: 'é', f: 'ḟ', g: 'ğ', h: 'ȟ', i: 'í', j: 'ǰ', k: 'ǩ', l: 'ĺ', m: 'ṃ', n: 'ň', o: 'ö', p: 'ṕ', r: 'ř', s: 'š', t: 'ť', u: 'ü', v: 'ṽ', w: 'ẃ', x: 'ẍ', y: 'ý', z: 'ž' };
const marked = (word: string) => word.slice(0, -2) + (MARKED[word.at(-2)!] ?? word.at(-2)) + word.at(-1);
const unmarked = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '');

// The seeds and the development corpus's reports (third-party, read from ../shared, never copied here).
const DEV = join(SHARED, 'corpus', 'dev', 'raw', 'fiw');
const devFiles = existsSync(DEV) ? readdirSync(DEV).flatMap((year) => readdirSync(join(DEV, year)).map((name) => [`fiw/${year}/${name}`, join(DEV, year, name)] as const)) : [];
const REPORTS = [...SEEDS.map(([, path, sourceFile]) => [sourceFile, path] as const), ...devFiles];

describe('surnames with marked letters', () => {
  it.each(REPORTS)('%s: the same people and events', (sourceFile, path) => {
    const text = readFileSync(path, 'utf8');
    const before = parseText(text, sourceFile).extraction;
    const surnames = [...new Set(before.people.map((p) => p.words.at(-1)!.replace(/['\u2019]s$/, '')).filter((w) => /^\p{Lu}[a-z]{3,}$/u.test(w)))];
    const changed = text.replace(new RegExp(`\\b(?:${surnames.join('|')})\\b`, 'g'), marked);
    expect(changed).not.toBe(text);
    const after = parseText(changed, sourceFile).extraction;
    expect(after.people.map((p) => unmarked(p.words.join(' ')))).toEqual(before.people.map((p) => unmarked(p.words.join(' '))));
    const events = (extraction: typeof before) => extraction.events.map((e) => [e.date, e.type, e.typeCue, unmarked(e.text), e.people.join(';')]);
    expect(events(after)).toEqual(events(before));
  });
});

describe.each(CHANGES)('$name', ({ change, reportId, datesChange, sameMentions }) => {
  it.each(SEEDS)('%s: the same people and events', (_, path, sourceFile) => {
    const text = readSeed(path);
    const before = parseText(text, sourceFile).extraction;
    const after = parseText(change(text), change(sourceFile)).extraction;
    expect(after.report_id).toBe(reportId(before.report_id));
    expect(after.people.map((p) => p.words.join(' '))).toEqual(before.people.map((p) => p.words.join(' ')));
    if (sameMentions) expect(after.mentions.map((m) => [m.surface, m.start])).toEqual(before.mentions.map((m) => [m.surface, m.start]));
    const events = (extraction: typeof before) => extraction.events.map((e) => [e.date, e.type, e.text, e.people.join(';')]);
    if (datesChange) expect(before.events.length).toBeGreaterThan(50);
    expect(events(after)).toEqual(events(before).map(([date, type, eventText, people]) => [datesChange ? change(date) : date, type, change(eventText), people]));
  });
});
