// Parse stage: a Document to a Report, by the parser of its publication, with the title line
// checked against what the file's path and the manifest say.
import { problem } from '../common/problems.ts';
import type { CountryResolver } from '../ingest/countries.ts';
import type { Document } from '../ingest/document.ts';
import { parseFiw } from './fiw.ts';
import { matchTitle } from './header.ts';
import { parseNit } from './nit.ts';
import type { ParseResult } from './report.ts';

const PARSERS = { fiw: parseFiw, nit: parseNit } as const;

export function parseDocument(document: Document, countries: CountryResolver): ParseResult {
  const result = PARSERS[document.publication](document);
  const { report, problems } = result;
  if (!report) return result;
  const file = document.source_file;
  if (report.title) {
    const title = matchTitle(report.title);
    const line = document.lines.findIndex((l) => l.trim() === report.title) + 1 || null;
    const where = { file, line, report_id: report.report_id, field: 'title' };
    if (!title) {
      problems.push(problem('TITLE_UNREADABLE', `title line not understood: "${report.title}"`, { ...where, severity: 'warning' }));
    } else {
      if (title.publication !== document.publication) {
        problems.push(problem('METADATA_MISMATCH', `title says ${title.publication}, the path says ${document.publication}`, where));
      }
      if (title.edition !== document.edition) {
        problems.push(problem('METADATA_MISMATCH', `title says edition ${title.edition}, the path says ${document.edition}`, where));
      }
      const titleCountry = countries.resolve(title.country);
      if (!titleCountry) {
        // The path already named a known country: the report keeps it, and the title's spelling is only noted.
        problems.push(problem('TITLE_COUNTRY_UNKNOWN', `the title's "${title.country}" has no country code (add it to raw/country-overrides.csv); the path's ${document.country} (${document.country_code}) is kept`, { ...where, severity: 'warning' }));
      } else if (titleCountry.code !== document.country_code) {
        problems.push(problem('METADATA_MISMATCH', `title names ${title.country} (${titleCountry.code}), the path ${document.country_code}`, where));
      } else {
        report.country = title.country;
      }
    }
  }
  return { report, problems };
}
