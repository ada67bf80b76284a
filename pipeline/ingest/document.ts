// Ingest: one raw file to a Document, the unit every later stage works on. The report id is
// fixed here, from the file's place in the raw folder, and kept by every stage.
import { createHash } from 'node:crypto';
import { problem, type Problem } from '../common/problems.ts';
import { normalizeText } from './normalize.ts';
import type { CountryResolver } from './countries.ts';
import type { ManifestEntry } from './manifest.ts';

export type Publication = 'fiw' | 'nit';
export const KNOWN_PUBLICATIONS: Publication[] = ['fiw', 'nit'];

export interface RawFile {
  /** Path relative to the raw folder, with forward slashes: `fiw/2024/chile.txt`. */
  source_file: string;
  bytes: Uint8Array;
  /** sha256 of the bytes, when the caller has it already. */
  sha256?: string;
}

export interface Document {
  report_id: string;
  publication: Publication;
  edition: number;
  /** Country name known before parsing: the override table's, or the file name's. */
  country: string;
  country_code: string;
  territory: boolean;
  source_file: string;
  sha256: string;
  lines: string[];
}

export interface PathParts {
  publication: string;
  edition: number;
  slug: string;
}

/** `<publication>/<edition>/<country>.txt`, or null with the reason it is not. */
export function parseSourcePath(sourceFile: string): PathParts | string {
  if (sourceFile.includes('\0')) return 'the path holds a NUL character';
  if (sourceFile.startsWith('/') || /^[A-Za-z]:/.test(sourceFile)) return 'the path is absolute';
  const parts = sourceFile.split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === '')) return 'the path leaves or re-enters the raw folder';
  const m = parts.length === 3 ? /^(\d{4})$/.exec(parts[1]) : null;
  if (!m || !/^[a-z0-9][a-z0-9-]*\.txt$/i.test(parts[2])) return 'expected <publication>/<edition>/<country>.txt';
  return { publication: parts[0].toLowerCase(), edition: Number(parts[1]), slug: parts[2].replace(/\.txt$/i, '').toLowerCase() };
}

/** `<publication>-<edition>-<country code>`, lower case: the id every stage keeps. */
export function reportIdOf(publication: string, edition: number, countryCode: string): string {
  return `${publication}-${edition}-${countryCode.toLowerCase()}`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function ingestFile(
  raw: RawFile,
  manifestEntry: ManifestEntry | null,
  countries: CountryResolver,
): { document: Document | null; problems: Problem[] } {
  const file = raw.source_file;
  const problems: Problem[] = [];
  const parts = parseSourcePath(file);
  if (typeof parts === 'string') return { document: null, problems: [problem('BAD_PATH', parts, { file })] };
  if (!KNOWN_PUBLICATIONS.includes(parts.publication as Publication)) {
    return { document: null, problems: [problem('UNKNOWN_PUBLICATION', `"${parts.publication}" is not one of ${KNOWN_PUBLICATIONS.join(', ')}`, { file })] };
  }
  const digest = raw.sha256 ?? sha256(raw.bytes);
  if (manifestEntry && manifestEntry.sha256 !== digest) {
    problems.push(problem('HASH_MISMATCH', `sha256 ${digest} differs from the one sources.csv lists on its line ${manifestEntry.line} (${manifestEntry.sha256}): the raw file changed; if the change is intended, run \`npm run manifest\``, { file }));
  }
  const country = countries.resolve(parts.slug);
  if (!country) {
    problems.push(problem('UNKNOWN_COUNTRY', `no country code for "${parts.slug}"; add it to raw/country-overrides.csv`, { file }));
  }
  const text = normalizeText(raw.bytes, file);
  problems.push(...text.problems);
  if (!country || problems.some((p) => p.severity === 'error')) return { document: null, problems };
  const publication = parts.publication as Publication;
  return {
    document: {
      report_id: reportIdOf(publication, parts.edition, country.code),
      publication,
      edition: parts.edition,
      country: country.name,
      country_code: country.code,
      territory: country.territory,
      source_file: file,
      sha256: digest,
      lines: text.lines,
    },
    problems,
  };
}
