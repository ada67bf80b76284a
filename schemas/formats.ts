// The dataset's formats, one entry each: the folder and extension of its files and its media type.
// The output folder's check, the data package, the data dictionary and the release's assets are
// read from here: a new format is its writer module (pipeline/write/) and one entry.

/** The database file: every table in one DuckDB database. */
export const DATABASE_FILE = 'freedom-reports.duckdb';

export interface TableFormat {
  /** The folder of its files in a dataset and their extension: `json/events.json`. */
  name: string;
  mediatype: string;
  /** A text format, whose encoding (UTF-8) the data package states. */
  text: boolean;
}

/** A file per table, in this order wherever the formats are listed. */
export const TABLE_FORMATS: readonly TableFormat[] = [
  { name: 'json', mediatype: 'application/json', text: true },
  { name: 'csv', mediatype: 'text/csv', text: true },
  { name: 'parquet', mediatype: 'application/vnd.apache.parquet', text: false },
  { name: 'arrow', mediatype: 'application/vnd.apache.arrow.file', text: false },
];

/** Every table in one file. */
export const DATABASE = { file: DATABASE_FILE, mediatype: 'application/vnd.duckdb' } as const;

/** A table's file in a built dataset, relative to its folder. */
export function tablePath(format: TableFormat | string, table: string): string {
  const name = typeof format === 'string' ? format : format.name;
  return `${name}/${table}.${name}`;
}

/** What a build writes into a dataset folder: a folder per format, the database (and its write-ahead log while open). */
export const DATASET_ENTRIES: readonly string[] = [...TABLE_FORMATS.map((f) => f.name), DATABASE.file, `${DATABASE.file}.wal`];
