// Extraction knows no calendar and no country: the seeds with every year a year later (their
// edition too), or about Kyrgyzstan instead of Kazakhstan, give the same people and the same
// events, a year later or about Kyrgyzstan. A rule tied to a year or a country of the reports it
// was written on would break this.
import { describe, expect, it } from 'vitest';
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
