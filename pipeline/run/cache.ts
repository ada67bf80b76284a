// The build cache: each report's result (process.ts: its packed rows, people and labels, the
// bytes a worker posts, so a hit goes to the main thread without being parsed on the way) stored
// under a key made of content hashes (the raw bytes, the pipeline's code, the reference files),
// never of file times.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { isRunning } from './pid.ts';
import { writeAll } from '../write/file.ts';
import { PROJECT_ROOT } from '../common/files.ts';

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

// Entries are stored in pack files, one per build that computed anything: a file per entry made
// a clean build create thousands of files, whose creation cost more than their bytes (2-5 s of
// system time per 5,000 entries here, against 0.6 s for the same bytes appended to two files).
//
// A pack is the entries' bytes, one after the other, then its index (JSON: [key, offset, length]
// per entry), then the index's length (uint32 LE) and PACK_MAGIC. It is written under a
// temporary name (the writer's pid, ending in .tmp) and renamed once complete, so a pack
// file is always whole; a build killed while writing leaves a .tmp that a later build removes.
// The main thread writes the build's pack from the results it receives anyway.
const PACK_MAGIC = Buffer.from('FRP1');
const TRAILER = 8;
// Named when sealed: the time (base 36), this process's count of packs sealed, its pid, and a
// random part; names sort in the order the packs were sealed, so a later pack's entry wins.
const PACK = /^[0-9a-z]{9}-\d{6}-\d+-[0-9a-f]{8}\.pack$/;
const PACK_TEMPORARY = /^(\d+)-[0-9a-f]{8}\.pack\.tmp$/;
let packsSealed = 0;
/** Packs past which a build merges all but the largest into one. */
export const MAX_PACKS = 8;

/** Where an entry lies: its pack (a file name in the version folder) and its bytes there. */
export interface EntryLocation {
  pack: string;
  offset: number;
  length: number;
}

/** The entries of a version folder by key: read by the main thread, handed to the workers. */
export type CacheIndex = Map<string, EntryLocation>;

function packNames(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => PACK.test(name)).sort();
  } catch {
    return []; // no cache yet, or not a folder: nothing to find
  }
}

function readPack(folder: string, pack: string): { key: string; at: EntryLocation }[] {
  const fd = openSync(join(folder, pack), 'r');
  try {
    const size = fstatSync(fd).size;
    const trailer = Buffer.alloc(TRAILER);
    if (size < TRAILER || readSync(fd, trailer, 0, TRAILER, size - TRAILER) !== TRAILER || !trailer.subarray(4).equals(PACK_MAGIC)) throw new Error('no pack trailer');
    const indexLength = trailer.readUInt32LE(0);
    const entriesEnd = size - TRAILER - indexLength;
    if (entriesEnd < 0) throw new Error('index longer than the pack');
    const index = Buffer.alloc(indexLength);
    if (readSync(fd, index, 0, indexLength, entriesEnd) !== indexLength) throw new Error('short read');
    const entries = JSON.parse(index.toString('utf8')) as unknown;
    if (!Array.isArray(entries)) throw new Error('index is not a list');
    return entries.map((e) => {
      const [key, offset, length] = e as [unknown, unknown, unknown];
      if (typeof key !== 'string' || !Number.isInteger(offset) || !Number.isInteger(length) || (offset as number) < 0 || (length as number) < 0 || (offset as number) + (length as number) > entriesEnd) throw new Error('bad index entry');
      return { key, at: { pack, offset: offset as number, length: length as number } };
    });
  } finally {
    closeSync(fd);
  }
}

/** Every entry of the version folder (of the packs named, by default all); a later pack's entry wins, and a damaged pack is skipped. */
export function readCacheIndex(folder: string, packs = packNames(folder)): CacheIndex {
  const index: CacheIndex = new Map();
  for (const pack of packs) {
    try {
      for (const { key, at } of readPack(folder, pack)) index.set(key, at);
    } catch {
      // the cache only saves time: its entries are computed again
    }
  }
  return index;
}

/** An entry's bytes, or null when they cannot be read (the caller computes them again). */
export function readEntry(folder: string, at: EntryLocation): Buffer | null {
  try {
    const fd = openSync(join(folder, at.pack), 'r');
    try {
      return readAt(fd, at);
    } finally {
      closeSync(fd);
    }
  } catch {
    return null; // no such pack any more
  }
}

/** An entry's bytes from its open pack, or null when they cannot be read. */
function readAt(fd: number, at: EntryLocation): Buffer | null {
  try {
    const bytes = Buffer.allocUnsafe(at.length);
    return readSync(fd, bytes, 0, at.length, at.offset) === at.length ? bytes : null;
  } catch {
    return null;
  }
}

/** Writes one pack: entries appended, then sealed (its index written and the file renamed into place). */
export class PackWriter {
  private fd: number | null = null;
  private readonly id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly entries: [string, number, number][] = [];
  private size = 0;

  constructor(private readonly folder: string) {}

  private get temporary() {
    return join(this.folder, `${this.id}.pack.tmp`);
  }

  /** Appends an entry; throws what the file system says when it cannot (the caller stops caching). */
  append(key: string, bytes: Uint8Array): void {
    if (this.fd === null) {
      mkdirSync(this.folder, { recursive: true });
      this.fd = openSync(this.temporary, 'w');
    }
    writeAll(this.fd, bytes);
    this.entries.push([key, this.size, bytes.length]);
    this.size += bytes.length;
  }

  /** Writes the index and renames the pack into place; returns its name, or null when it holds nothing. */
  seal(): string | null {
    if (this.fd === null) return null;
    const index = Buffer.from(JSON.stringify(this.entries));
    const trailer = Buffer.alloc(TRAILER);
    trailer.writeUInt32LE(index.length, 0);
    PACK_MAGIC.copy(trailer, 4);
    writeAll(this.fd, Buffer.concat([index, trailer]));
    closeSync(this.fd);
    this.fd = null;
    const name = `${Date.now().toString(36).padStart(9, '0')}-${String(++packsSealed % 1e6).padStart(6, '0')}-${this.id}.pack`;
    renameSync(this.temporary, join(this.folder, name));
    return name;
  }

  /** Gives up the pack (a write failed): its temporary file is removed. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    removeIfWeCan(this.temporary); // none when its folder could not be made
  }
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
 * Keeps the cache to about one dataset's entries, once a build has published:
 * - removes the folders of other code versions (and of the former layout, an entry per file);
 * - removes packs left half-written by builds that no longer run, and packs whose every entry a
 *   later pack holds;
 * - past MAX_PACKS packs, merges the entries `used` (looked up or stored by the build) of all but
 *   the largest into one pack; when most of the bytes are of entries the build did not use, it
 *   rewrites all packs as one of the used entries.
 * Anything it cannot do is left as it is: the cache only saves time. Returns what it did.
 */
export function pruneCache(cacheDir: string, used: ReadonlySet<string>): { versions: number; merged: number } {
  const root = join(cacheDir, 'reports');
  const folder = reportsFolder(cacheDir);
  const keep = basename(folder);
  let versions = 0;
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return { versions, merged: 0 }; // no cache yet
  }
  for (const name of names.sort()) if (name !== keep && removeIfWeCan(join(root, name))) versions++;
  let inFolder: string[];
  try {
    inFolder = readdirSync(folder);
  } catch {
    return { versions, merged: 0 }; // the build stored nothing, and found nothing
  }
  for (const name of inFolder) {
    const temporary = PACK_TEMPORARY.exec(name);
    if (temporary && !isRunning(Number(temporary[1]))) removeIfWeCan(join(folder, name));
  }
  // The packs are listed once: one that another build seals meanwhile is neither read nor removed.
  const packs = packNames(folder);
  const index = readCacheIndex(folder, packs);
  const bytes = new Map<string, { used: number; unused: number }>();
  const total = { used: 0, unused: 0 };
  for (const [key, at] of index) {
    const tally = bytes.get(at.pack) ?? { used: 0, unused: 0 };
    const kind = used.has(key) ? 'used' : 'unused';
    tally[kind] += at.length;
    total[kind] += at.length;
    bytes.set(at.pack, tally);
  }
  // A pack the index never points to (each of its entries stored again later, or unreadable) holds nothing.
  for (const pack of packs) if (!bytes.has(pack)) removeIfWeCan(join(folder, pack));
  const live = packs.filter((p) => bytes.has(p));
  let merge: string[] = [];
  if (total.unused > total.used) merge = live;
  else if (live.length > MAX_PACKS) {
    const largest = live.reduce((a, b) => (bytes.get(b)!.used > bytes.get(a)!.used ? b : a));
    merge = live.filter((p) => p !== largest);
  }
  // One pack is rewritten only to drop what it holds unused.
  if (merge.length === 1 && bytes.get(merge[0])!.unused === 0) merge = [];
  if (merge.length === 0) return { versions, merged: 0 };
  // The used entries of each pack merged, read through one opening of it.
  const kept = new Map<string, [string, EntryLocation][]>(merge.map((pack) => [pack, []]));
  for (const [key, at] of index) if (used.has(key)) kept.get(at.pack)?.push([key, at]);
  const writer = new PackWriter(folder);
  try {
    for (const [pack, entries] of kept) {
      let fd: number;
      try {
        fd = openSync(join(folder, pack), 'r');
      } catch {
        continue; // its entries are computed again
      }
      try {
        for (const [key, at] of entries) {
          const entry = readAt(fd, at);
          if (entry) writer.append(key, entry);
        }
      } finally {
        closeSync(fd);
      }
    }
    writer.seal();
  } catch {
    writer.abort();
    return { versions, merged: 0 };
  }
  // One left (still open elsewhere, or not ours) is harmless: the merged pack's entries win over its.
  for (const pack of merge) removeIfWeCan(join(folder, pack));
  return { versions, merged: merge.length };
}
