// Freedom House's regions (fiw-regions.csv in the raw folder, else the project's raw/): the
// region of each country and territory in each FIW edition, looked up by country code.
import { REGIONS } from '../../schemas/tables.ts';
import { problem, type Problem } from '../common/problems.ts';
import type { CountryResolver } from './countries.ts';
import { readCsvRecords } from './records.ts';

export const REGIONS_FILE = 'fiw-regions.csv';

export class RegionTable {
  /** Per country code, its regions by edition, in edition order. */
  private readonly byCode = new Map<string, { edition: number; region: string }[]>();

  add(code: string, edition: number, region: string): void {
    const list = this.byCode.get(code) ?? [];
    list.push({ edition, region });
    list.sort((a, b) => a.edition - b.edition);
    this.byCode.set(code, list);
  }

  /** The region in that edition; for an edition the file does not cover, the nearest edition's; null for a country it lacks. */
  regionOf(code: string, edition: number): string | null {
    const list = this.byCode.get(code);
    if (!list) return null;
    let best = list[0];
    for (const entry of list) if (Math.abs(entry.edition - edition) < Math.abs(best.edition - edition) || entry.edition === edition) best = entry;
    return best.region;
  }
}

/** The table of a fiw-regions.csv, and a problem for each row that names no known country, no edition or no region of Freedom House's. */
export function readRegions(csv: string, file: string, countries: CountryResolver): { regions: RegionTable; problems: Problem[] } {
  const { records, problems } = readCsvRecords(csv, file, 'REGIONS_UNREADABLE', { comment: '#' });
  const regions = new RegionTable();
  for (const { record, line } of records) {
    const country = record.country ? countries.resolve(record.country) : null;
    const where = (field: string) => ({ file, line, field });
    if (!country) problems.push(problem('REGIONS_ROW', `"${record.country ?? ''}" is no country or territory the build knows: spell it as Freedom House does, or add it to country-overrides.csv`, where('country')));
    else if (!/^\d{4}$/.test(record.edition ?? '')) problems.push(problem('REGIONS_ROW', `"${record.edition ?? ''}" is no edition`, where('edition')));
    else if (!(REGIONS as readonly string[]).includes(record.region)) problems.push(problem('REGIONS_ROW', `"${record.region ?? ''}" is none of Freedom House's regions (${REGIONS.join(', ')})`, where('region')));
    else regions.add(country.code, Number(record.edition), record.region);
  }
  return { regions, problems };
}
