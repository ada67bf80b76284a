import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatNames, givenNames, NAMES_FILE } from '../scripts/given-names.ts';

describe('the given names the people finder reads (pipeline/extract/given-names.json)', () => {
  // Read from faker's locales and the registers of births once for the file's tests.
  const names = givenNames();
  it('is what the packages give (npm run names writes it again)', () => {
    expect(readFileSync(NAMES_FILE, 'utf8')).toBe(formatNames(names));
  });
  it('holds the given names of many alphabets, in Latin letters, with and without their accents', () => {
    const given = new Set(names.given);
    // Georgian, Armenian, Azerbaijani and Russian names as English writes them; an Arabic, an Igbo
    // and a Chechen name from the registers of births; a Portuguese one with and without its accent.
    for (const name of ['Mikheil', 'Levon', 'Bakhtiyar', 'Ilya', 'Hosni', 'Ngozi', 'Ramzan', 'Sérgio', 'Sergio']) expect(given, name).toContain(name);
    // A place ("Jordan") or an English word without its accent ("Fortune" for Fortuné) is no given
    // name's evidence, though a report may write it as one; a particle ("El") is neither.
    expect(['Jordan', 'Fortune', 'El'].map((name) => [given.has(name), names.anyGiven.includes(name)])).toEqual([
      [false, true],
      [false, true],
      [false, false],
    ]);
    expect(names.widespread).toEqual(expect.arrayContaining(['Maria', 'Martin', 'Peter']));
    expect(names.widespread).not.toContain('Will');
    expect(names.places).toEqual(expect.arrayContaining(['Santa Catarina', 'Rio de Janeiro']));
  });
  it('is sorted, so that a new version of a package shows as the names it adds and drops', () => {
    for (const list of [names.given, names.anyGiven, names.places, names.widespread]) expect(list).toEqual([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
