// Copies of one report differ in their characters: straight or curly quotes, non-breaking or
// doubled spaces, ligatures, dashes typed as two hyphens or a spaced hyphen, en dashes as hyphens,
// hyphens as Unicode's or non-breaking ones, apostrophes typed as the modifier letter or an acute accent, CRLF line ends, a fixed-width wrap,
// other bullets, footnote numbers glued to sentences (scripts/copies.ts, which `npm run copies`
// scores against the gold). Each must give the scores, checks, people, mentions and events the
// plain copy gives (text compared with its quotes, dashes and spaces folded), so that what a
// report says never depends on how it was copied.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../scripts/gold.ts';
import { COPIES as SAME_COPIES, footnoted, footnotedInside } from '../scripts/copies.ts';
import { parseText, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

const fold = (s: string) => s.replace(/[\u2018\u2019\u02BC\u00B4]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2010\u2011\u2013]/g, '-').replace(/--| - /g, '\u2014').replace(/\s+/g, ' ');

/** Who and what a copy names, as comparable across copies. */
function named(text: string, file: string) {
  const { extraction, tables, checks } = parseText(text, file);
  return {
    scores: tables.scores.map((s) => `${s.indicator_id} ${s.value} ${fold(String(s.label_as_published))}`),
    checks: checks.map((c) => c.code),
    people: extraction.people.map((p) => `${fold(p.spellings.join(" | "))} [${p.roles.map(fold).join(", ")}]`).sort(),
    mentions: extraction.mentions.map((m) => fold(m.surface)).sort(),
    events: extraction.events.map((e) => `${e.date} ${e.type} ${e.typeCue} ${fold(e.text)} ${e.people.length}`).sort(),
  };
}

const COPIES: [string, (t: string) => string][] = SAME_COPIES.filter((c) => c.same).map((c) => [c.name, c.change]);

describe.each([
  ['FIW', SEED_FIW, 'fiw/2024/kazakhstan.txt', [...COPIES, ['footnote numbers glued to sentences', footnoted], ['footnote numbers glued inside sentences', footnotedInside]] as typeof COPIES],
  ['NIT', SEED_NIT, 'nit/2024/kazakhstan.txt', COPIES],
])('%s seed', (_name, path, file, copies) => {
  const text = readSeed(path);
  const plain = named(text, file);

  it.each(copies)('with %s names the same people, mentions and events', (_copy, change) => {
    const changed = change(text);
    expect(changed).not.toBe(text);
    expect(named(changed, file)).toEqual(plain);
  });
});

// The same copies of the development corpus's reports (third-party, read from ../shared, never
// copied here): thirteen countries' text, not the seed's alone.
const DEV = join(SHARED, 'corpus', 'dev', 'raw', 'fiw');
const devFiles = existsSync(DEV) ? readdirSync(DEV).flatMap((year) => readdirSync(join(DEV, year)).map((name) => `fiw/${year}/${name}`)) : [];

describe.skipIf(devFiles.length === 0).each(devFiles)('development corpus: %s', (file) => {
  const text = readFileSync(join(DEV, file.slice('fiw/'.length)), 'utf8');
  const plain = named(text, file);
  // A report without dashes or bullets is its own copy for those: only the copies that differ.
  const copies = ([...COPIES, ['footnote numbers glued to sentences', footnoted], ['footnote numbers glued inside sentences', footnotedInside]] as typeof COPIES).filter(([, change]) => change(text) !== text);

  it.each(copies)('with %s names the same people, mentions and events', (_copy, change) => {
    expect(named(change(text), file)).toEqual(plain);
  });
});

describe('apostrophes as a copy types them', () => {
  it('are read as the typographic one, and what is published of the text stays as written', () => {
    const text = readSeed(SEED_FIW).replace(/\u2019/g, '\u02BC');
    const { report, tables } = parseText(text, 'fiw/2024/kazakhstan.txt');
    const paragraphs = new Map(tables.paragraphs.map((p) => [p.paragraph_id, String(p.text)]));
    const surfaces = tables.mentions.map((m) => String(m.surface));
    expect(surfaces.filter((s) => s.includes('\u02BC')).length).toBeGreaterThan(0);
    expect(surfaces.some((s) => s.includes('\u2019'))).toBe(false);
    for (const m of tables.mentions) expect([...paragraphs.get(String(m.paragraph_id))!].slice(Number(m.start), Number(m.end)).join('')).toBe(m.surface);
    expect(tables.events.every((e) => !String(e.text).includes('\u2019'))).toBe(true);
    // A person's name and spellings take the typographic apostrophe, as every copy's do (FIW 2018 Zambia's "Fred M\u2019Membe").
    const zambia = parseText(readSeed(SEED_FIW).replace(/^President Nursultan Nazarbaev ruled Kazakhstan.*$/m, 'In February 2023, police arrested journalist Fred M\u02BCMembe. M\u02BCMembe denied the charges.'), 'fiw/2024/kazakhstan.txt').tables;
    expect(zambia.people.find((p) => p.person_id === 'fred-m-membe')).toMatchObject({ name: 'Fred M\u2019Membe', spellings: ['Fred M\u2019Membe'] });
    expect(zambia.mentions.filter((m) => m.person_id === 'fred-m-membe').map((m) => m.surface)).toEqual(['Fred M\u02BCMembe', 'M\u02BCMembe']);
    expect(report.paragraphs.some((p) => p.text.includes('\u02BC'))).toBe(true);
  });
});
