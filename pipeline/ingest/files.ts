// The raw folder's report files, without reading them (node built-ins only: the CLI's
// nothing-changed check loads this before anything heavy).
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** An entry of the raw folder that looks like a report (or a folder of them) but is not read. */
export interface SkippedEntry {
  /** Relative to the raw folder, with forward slashes. */
  path: string;
  /** `symlink`: a symbolic link to a report or a folder (never followed: it can lead out of the raw folder); `special`: a FIFO, socket or device named like a report (reading one can block for ever); `extension`: `.TXT` and the like, which the build does not read. */
  reason: 'symlink' | 'special' | 'extension';
}

export interface RawListing {
  /** Every regular `.txt` file under the raw folder, relative, with forward slashes, sorted. */
  files: string[];
  /** What was not read and should have been, sorted by path: the build reports each one. */
  skipped: SkippedEntry[];
}

/**
 * The largest raw file read: a report is tens of kilobytes, and a file a thousand times larger
 * (a data dump named .txt) would only cost the build its memory. A larger file is rejected
 * unread, so its bytes never matter: the nothing-changed check does not read them either.
 */
export const MAX_REPORT_BYTES = 64 * 2 ** 20;

/** A raw file's bytes, or its size when it is over MAX_REPORT_BYTES (then it is not read). */
export function readRawFile(path: string): { bytes: Buffer } | { tooLarge: number } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    return size > MAX_REPORT_BYTES ? { tooLarge: size } : { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

const REPORT_NAME = /\.txt$/;
const REPORT_NAME_ANY_CASE = /\.txt$/i;

// A link is a report's only when its name says so or it leads to a folder: links to other files
// (a symlinked country-overrides.csv) are the reference readers' business.
function linkLooksLikeReports(path: string, entry: Dirent): boolean {
  if (REPORT_NAME_ANY_CASE.test(entry.name)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link to something that is not named like a report
  }
}

/** The raw folder walked without following links: its report files, and what it did not read. */
export function scanRawFolder(raw: string): RawListing {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const relativePath = relative(raw, path).split(sep).join('/');
      if (entry.isDirectory()) walk(path);
      else if (entry.isSymbolicLink()) {
        if (linkLooksLikeReports(path, entry)) skipped.push({ path: relativePath, reason: 'symlink' });
      } else if (!REPORT_NAME_ANY_CASE.test(entry.name)) continue;
      else if (!entry.isFile()) skipped.push({ path: relativePath, reason: 'special' });
      else if (REPORT_NAME.test(entry.name)) files.push(relativePath);
      else skipped.push({ path: relativePath, reason: 'extension' });
    }
  };
  walk(raw);
  return { files: files.sort(), skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)) };
}

/** Every regular `.txt` file under the raw folder, relative, with forward slashes, sorted. */
export function listRawFiles(raw: string): string[] {
  return scanRawFolder(raw).files;
}
