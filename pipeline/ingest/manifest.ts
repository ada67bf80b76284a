// The raw folder's manifest (sources.csv): every raw file with its publication, edition,
// country and sha256. The build refuses a file whose bytes no longer match it.
import { problem, type Problem } from '../common/problems.ts';
import { readCsvRecords } from './records.ts';
import { stringify } from 'csv-stringify/sync';

export const MANIFEST_FILE = 'sources.csv';
export const MANIFEST_COLUMNS = ['source_file', 'publication', 'edition', 'country', 'country_code', 'sha256'] as const;

export interface ManifestEntry {
  source_file: string;
  publication: string;
  edition: number;
  country: string;
  country_code: string;
  sha256: string;
  /** Line of the manifest the entry stands on. */
  line: number;
}

export function parseManifest(text: string, file: string): { entries: ManifestEntry[]; problems: Problem[] } {
  const { records, problems } = readCsvRecords(text, file, 'MANIFEST_UNREADABLE');
  const entries: ManifestEntry[] = [];
  const seen = new Set<string>();
  for (const { record: r, line } of records) {
    for (const column of MANIFEST_COLUMNS) {
      if (!r[column]) problems.push(problem('MANIFEST_FIELD_MISSING', `column ${column} is empty`, { file, line, field: column }));
    }
    if (r.sha256 && !/^[0-9a-f]{64}$/.test(r.sha256)) problems.push(problem('MANIFEST_BAD_HASH', `"${r.sha256}" is not a sha256`, { file, line, field: 'sha256' }));
    if (seen.has(r.source_file)) problems.push(problem('MANIFEST_DUPLICATE', `${r.source_file} is listed twice`, { file, line, field: 'source_file' }));
    seen.add(r.source_file);
    entries.push({
      source_file: r.source_file,
      publication: r.publication,
      edition: Number(r.edition),
      country: r.country,
      country_code: r.country_code,
      sha256: r.sha256,
      line,
    });
  }
  return { entries, problems };
}

export function formatManifest(entries: Omit<ManifestEntry, 'line'>[]): string {
  const sorted = [...entries].sort((a, b) => (a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0));
  // The dataset's CSV dialect (write/csv.ts): CRLF, quotes doubled, cells with edge spaces quoted.
  return stringify(sorted, { header: true, columns: [...MANIFEST_COLUMNS], record_delimiter: '\r\n', quote_record_delimiter: true, quoted_match: /^\s|\s$/ });
}
