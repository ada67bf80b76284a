// The build cache: each report's ingest/parse/extract result stored under a key made of content
// hashes (the raw bytes, the pipeline's code, the reference files), never of file times.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

export const PROJECT_DIR = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_CACHE_DIR = join(PROJECT_DIR, 'node_modules', '.cache', 'freedom-reports');

let codeHash: string | null = null;

/** A hash of everything that decides the pipeline's output: its code, schemas and lockfile. */
export function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|json)$/.test(entry.name)) hash.update(relative(PROJECT_DIR, path).split(sep).join('/')).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(join(PROJECT_DIR, 'pipeline'));
  walk(join(PROJECT_DIR, 'schemas'));
  hash.update(readFileSync(join(PROJECT_DIR, 'package-lock.json')));
  // Cached results are V8 serialisations: another V8 may not read them.
  hash.update(process.versions.v8);
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

/**
 * Removes the entries of every other code version (and of the former flat layout), so the cache
 * holds one dataset's worth of results however often the code changes. A folder that cannot be
 * removed is left: the cache only saves time. Returns the folders removed.
 */
export function pruneCache(cacheDir: string): string[] {
  const root = join(cacheDir, 'reports');
  const keep = basename(reportsFolder(cacheDir));
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return []; // no cache yet
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    if (name === keep) continue;
    try {
      rmSync(join(root, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // in use or not ours to remove: it only takes room
    }
  }
  return removed;
}

/**
 * Per-report results stored as V8 serialisations (the format worker threads pass messages in):
 * a hit goes from disk to the main thread without being parsed and re-encoded on the way.
 */
export class ReportCache {
  /** `folder`: the current code's folder of entries (reportsFolder). */
  constructor(private readonly folder: string) {}

  private path(key: string) {
    return join(this.folder, key.slice(0, 2), `${key}.v8`);
  }

  get(key: string): Buffer | null {
    const path = this.path(key);
    if (!existsSync(path)) return null;
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  }

  /**
   * Stores an entry whole or not at all. The cache only saves time: an entry it cannot write (a
   * full disk, a read-only folder) leaves nothing behind and is not an error; the message is
   * returned for the build to mention once.
   */
  set(key: string, bytes: Uint8Array): string | null {
    const path = this.path(key);
    const temporary = `${path}.tmp-${process.pid}-${threadId}`;
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      return (error as Error).message; // no folder, so no temporary file either
    }
    try {
      writeFileSync(temporary, bytes);
      renameSync(temporary, path);
      return null;
    } catch (error) {
      rmSync(temporary, { force: true });
      return (error as Error).message;
    }
  }
}
