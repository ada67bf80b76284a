// Country and territory names to codes: ISO 3166-1 alpha-3 from i18n-iso-countries, plus the
// reviewed override table (raw/country-overrides.csv) for Freedom House's own names and for
// territories that have no ISO code.
import countries from 'i18n-iso-countries';
import { reports } from '../../schemas/tables.ts';
import { InputError, problem, type Problem } from '../common/problems.ts';
import { readCsvRecords } from './records.ts';

export interface Country {
  name: string;
  code: string;
  territory: boolean;
}

/** Folds a name to a lookup key: no accents, case, punctuation or leading "The". */
export function countryKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/^the[\s-]+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * A problem naming the file and line of each row of a country-overrides.csv that would give
 * reports a wrong country: no name, a code that is not three capital letters, a C/T flag that is
 * neither `c` nor `t` (the rules of the reports schema; no flag is `c`), or text that is not CSV.
 */
export function checkCountryOverrides(csv: string, file: string): Problem[] {
  const { records, problems } = readCsvRecords(csv, file, 'OVERRIDES_UNREADABLE');
  for (const { record, line } of records) {
    const at = (field: string) => ({ file, line, field });
    if (!record.name) problems.push(problem('OVERRIDE_ROW', 'a row needs a name', at('name')));
    if (!reports.shape.country_code.safeParse(record.country_code).success) problems.push(problem('OVERRIDE_ROW', `"${record.country_code ?? ''}" is no country code: three capital letters (ISO 3166-1 alpha-3, or X.. for a territory without one)`, at('country_code')));
    // An empty or absent flag reads as a country (see CountryResolver).
    if (record.country_or_territory && !reports.shape.country_or_territory.safeParse(record.country_or_territory).success) problems.push(problem('OVERRIDE_ROW', `"${record.country_or_territory}" is neither c (country) nor t (territory)`, at('country_or_territory')));
  }
  return problems;
}

export class CountryResolver {
  private readonly overrides = new Map<string, Country>();
  /** ISO 3166 names by lookup key: the code, and the name as written (with its accents and apostrophes). */
  private readonly isoByKey = new Map<string, { code: string; name: string }>();

  constructor(overridesCsv: string) {
    // Read as checkCountryOverrides reads it (a byte-order mark included); text that is not CSV is refused there first.
    const { records, problems } = readCsvRecords(overridesCsv, 'country-overrides.csv', 'OVERRIDES_UNREADABLE');
    if (problems.length) throw new InputError(problems);
    for (const { record: row } of records) {
      const entry: Country = { name: row.name, code: row.country_code, territory: row.country_or_territory === 't' };
      for (const alias of [row.name, ...(row.aliases ? row.aliases.split('|') : [])]) this.overrides.set(countryKey(alias), entry);
    }
    for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const name of names as string[]) {
        const key = countryKey(name);
        const known = this.isoByKey.get(key);
        // "Côte d'Ivoire" over "Cote d'Ivoire": of two spellings of one key, the one with its accents.
        if (!known || (known.code === alpha3 && !/[^\x00-\x7F]/.test(known.name) && /[^\x00-\x7F]/.test(name))) this.isoByKey.set(key, { code: alpha3, name });
      }
    }
  }

  /** The country for a name as printed in a title or a file name slug; null when unknown. */
  resolve(nameOrSlug: string): Country | null {
    const key = countryKey(nameOrSlug);
    const override = this.overrides.get(key);
    if (override) return override;
    const iso = this.isoByKey.get(key);
    if (!iso) return null;
    // A slug ("cote-divoire") gives the ISO name it matches; a title's name is kept as printed.
    const name = /[-_]/.test(nameOrSlug) || nameOrSlug === nameOrSlug.toLowerCase() ? iso.name : nameOrSlug;
    return { name, code: iso.code, territory: false };
  }
}
