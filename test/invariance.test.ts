// Extraction knows no calendar and no country: the seeds with every year a year later (their
// edition too), or about Kyrgyzstan instead of Kazakhstan, give the same people and the same
// events, a year later or about Kyrgyzstan. A rule tied to a year or a country of the reports it
// was written on would break this.
import { describe, expect, it } from 'vitest';
import { parseText, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

// A year of four digits that is no part of a longer number ("2,022", "12.2023").
const YEAR = /(?<![\d.,$])(?:19[5-9]\d|20[0-2]\d)(?!\d|,\d)/g;
const later = (text: string) => text.replace(YEAR, (year) => String(Number(year) + 1));

describe('a year later', () => {
  it.each([
    ['FIW 2024 Kazakhstan', SEED_FIW, 'fiw/2024/kazakhstan.txt'],
    ['NIT 2024 Kazakhstan', SEED_NIT, 'nit/2024/kazakhstan.txt'],
  ])('%s: the same people and events, a year later', (_, path, sourceFile) => {
    const text = readSeed(path);
    const now = parseText(text, sourceFile).extraction;
    const shifted = parseText(later(text), later(sourceFile)).extraction;
    expect(shifted.report_id).toBe(now.report_id.replace(/\d{4}/, (y) => String(Number(y) + 1)));
    expect(shifted.people.map((p) => p.words.join(' '))).toEqual(now.people.map((p) => p.words.join(' ')));
    expect(shifted.mentions.map((m) => [m.surface, m.start])).toEqual(now.mentions.map((m) => [m.surface, m.start]));
    const events = (extraction: typeof now) => extraction.events.map((e) => [e.date, e.type, e.text, e.people.join(';')]);
    expect(now.events.length).toBeGreaterThan(50);
    expect(events(shifted)).toEqual(events(now).map(([date, type, text, people]) => [later(date), type, later(text), people]));
  });
});

const elsewhere = (text: string) => text.replace(/Kazakhstan/g, 'Kyrgyzstan').replace(/Kazakh/g, 'Kyrgyz').replace(/kazakhstan/g, 'kyrgyzstan');

describe('another country', () => {
  it.each([
    ['FIW 2024 Kazakhstan', SEED_FIW, 'fiw/2024/kazakhstan.txt'],
    ['NIT 2024 Kazakhstan', SEED_NIT, 'nit/2024/kazakhstan.txt'],
  ])('%s about Kyrgyzstan: the same people and events', (_, path, sourceFile) => {
    const text = readSeed(path);
    const here = parseText(text, sourceFile).extraction;
    const there = parseText(elsewhere(text), elsewhere(sourceFile)).extraction;
    expect(there.report_id).toBe(here.report_id.replace('kaz', 'kgz'));
    expect(there.people.map((p) => p.words.join(' '))).toEqual(here.people.map((p) => p.words.join(' ')));
    const events = (extraction: typeof here) => extraction.events.map((e) => [e.date, e.type, e.text, e.people.join(';')]);
    expect(events(there)).toEqual(events(here).map(([date, type, text, people]) => [date, type, elsewhere(text), people]));
  });
});
