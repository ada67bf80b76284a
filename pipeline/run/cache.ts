// The build cache: each report's result (process.ts: its packed rows, people and labels, the
// bytes a worker posts, so a hit goes to the main thread without being parsed on the way) stored
// under a key made of content hashes (the raw bytes, the pipeline's code, the reference files),
// never of file times. An entry is a file named by its key, written whole and renamed into place.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { isRunning } from './pid.ts';
import { PROJECT_ROOT, writeAtomically } from '../common/files.ts';

export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'freedom-reports');

let codeHash: string | null = null;

/** A hash of everything that decides the pipeline's output: its code, schemas and lockfile. */
export function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|json)$/.test(entry.name)) hash.update(relative(PROJECT_ROOT, path).split(sep).join('/')).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(join(PROJECT_ROOT, 'pipeline'));
  walk(join(PROJECT_ROOT, 'schemas'));
  hash.update(readFileSync(join(PROJECT_ROOT, 'package-lock.json')));
  // Cached results are V8 serialisations: another V8 may not read them. The people finder reads
  // the time zones' cities and the regions' names from Node's ICU: other data may read otherwise.
  hash.update(process.versions.v8).update('\0').update(process.versions.tz ?? '').update('\0').update(process.versions.cldr ?? '');
  codeHash = hash.digest('hex');
  return codeHash;
}

export const sha256Hex = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
};

/** Hex digits of the code fingerprint that name a code version's folder of entries. */
const VERSION_DIGITS = 16;

/**
 * The folder of the current code's entries. A change of code makes every older entry one no key
 * can reach again, so each code version has a folder of its own, which pruneCache keeps.
 */
export function reportsFolder(cacheDir: string): string {
  return join(cacheDir, 'reports', codeFingerprint().slice(0, VERSION_DIGITS));
}

// An entry's name is its key (sha256Hex); one being written is `<key>.tmp-<pid>` (writeAtomically).
const ENTRY = /^[0-9a-f]{64}$/;
const TEMPORARY = /^[0-9a-f]{64}\.tmp-(\d+)$/;

/** The keys of the entries in a version folder: read once by the main thread, handed to the workers. */
export type CacheIndex = ReadonlySet<string>;

export function readCacheIndex(folder: string): Set<string> {
  try {
    return new Set(readdirSync(folder).filter((name) => ENTRY.test(name)));
  } catch {
    return new Set(); // no cache yet, or not a folder: nothing to find
  }
}

/** An entry's bytes, or null when they cannot be read (the caller computes them again). */
export function readEntry(folder: string, key: string): Buffer | null {
  try {
    return readFileSync(join(folder, key));
  } catch {
    return null;
  }
}

/** Stores an entry; throws what the file system says when it cannot (the caller stops caching). */
export function writeEntry(folder: string, key: string, bytes: Uint8Array): void {
  writeAtomically(join(folder, key), bytes);
}

/** Removes a file or folder, or leaves it when it cannot (in use, not ours): the cache only saves time. */
function removeIfWeCan(path: string): boolean {
  try {
    rmSync(path, { recursive: true, force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps the cache to about one dataset's entries, once a build has published: removes the folders
 * of other code versions, entries left half-written by builds that no longer run, and, when the
 * entries the build did not use (`used`: looked up or stored) outnumber those it did, those.
 * Anything it cannot do is left as it is: the cache only saves time. Returns what it removed.
 */
export function pruneCache(cacheDir: string, used: ReadonlySet<string>): { versions: number; entries: number } {
  const root = join(cacheDir, 'reports');
  const folder = reportsFolder(cacheDir);
  let versions = 0;
  let entries = 0;
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return { versions, entries }; // no cache yet
  }
  for (const name of names.sort()) if (name !== basename(folder) && removeIfWeCan(join(root, name))) versions++;
  let inFolder: string[];
  try {
    inFolder = readdirSync(folder);
  } catch {
    return { versions, entries }; // the build stored nothing, and found nothing
  }
  for (const name of inFolder) {
    const temporary = TEMPORARY.exec(name);
    if (temporary && !isRunning(Number(temporary[1]))) removeIfWeCan(join(folder, name));
  }
  const unused = inFolder.filter((name) => ENTRY.test(name) && !used.has(name));
  if (unused.length > inFolder.filter((name) => used.has(name)).length) for (const name of unused) if (removeIfWeCan(join(folder, name))) entries++;
  return { versions, entries };
}
