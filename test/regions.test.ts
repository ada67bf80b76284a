// Freedom House's regions: every report finds its region in raw/fiw-regions.csv (the All Data
// FIW 2013-2024 spreadsheet's), a country the file lacks is a note, a wrong row stops the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegions } from '../pipeline/ingest/regions.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { countries, makeRaw, parseText, readSeed, SEED_FIW, SEED_NIT, tempDir } from './helpers.ts';

describe('regions', { timeout: 60_000 }, () => {
  it('come from the raw folder’s fiw-regions.csv, by country code and edition, for FIW and NIT reports alike', () => {
    const fiw = parseText(readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt').tables;
    const nit = parseText(readSeed(SEED_NIT), 'nit/2024/kazakhstan.txt').tables;
    expect(fiw.reports[0].region).toBe('Eurasia');
    expect(nit.reports[0].region).toBe('Eurasia');
    expect(fiw.fiw_all_data[0]).toMatchObject({ Region: 'Eurasia', country_code: 'KAZ', 'Country/Territory': 'Kazakhstan' });
  });

  it('an edition the file does not cover takes the nearest one’s; a name as Freedom House spells it finds its code', () => {
    const { regions, problems } = readRegions('country,edition,region,c_t\nCongo (Kinshasa),2013,Africa,c\nGaza Strip,2024,Middle East,t\n', 'fiw-regions.csv', countries);
    expect(problems).toEqual([]);
    expect(regions.regionOf('COD', 2013)).toBe('Africa');
    expect(regions.regionOf('COD', 2030)).toBe('Africa');
    expect(regions.regionOf('XGZ', 2012)).toBe('Middle East');
    expect(regions.regionOf('KAZ', 2024)).toBeNull();
  });

  it('a country the file lacks is published with no region and a note naming the file to edit', async () => {
    const raw = makeRaw({
      'fiw/2021/chile.txt': renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3) }),
      'fiw-regions.csv': 'country,edition,region,c_t\nPeru,2021,Americas,c\n',
    });
    const out = join(tempDir(), 'dist');
    await runPipeline({ raw, out, cache: null, workers: 0 });
    const read = (table: string) => JSON.parse(readFileSync(join(out, 'json', `${table}.json`), 'utf8'));
    expect(read('reports')[0].region).toBeNull();
    expect(read('notes')).toEqual([expect.objectContaining({ report_id: 'fiw-2021-chl', code: 'REGION_UNKNOWN', field: 'reports.region', message: expect.stringContaining('is not in fiw-regions.csv') })]);
  });

  it('a row naming no known country, or no region of Freedom House’s, stops the build at its line', async () => {
    const raw = makeRaw({
      'fiw/2021/chile.txt': renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3) }),
      'fiw-regions.csv': '# a comment\ncountry,edition,region,c_t\nChile,2021,South America,c\nAtlantis,2021,Europe,c\n',
    });
    const error = await runPipeline({ raw, out: join(tempDir(), 'dist'), cache: null, workers: 0 }).catch((e: Error) => e);
    expect(String(error)).toMatch(/fiw-regions\.csv:3: REGIONS_ROW \[region\] "South America" is none of Freedom House's regions/);
    expect(String(error)).toMatch(/fiw-regions\.csv:4: REGIONS_ROW \[country\] "Atlantis" is no country or territory the build knows/);
  });
});
