// "Nothing changed" for a whole build: a fingerprint of every input (raw bytes, manifest,
// reference files, the pipeline's code, the options) recorded with the outputs it produced. When
// both still hold, a rebuild does nothing and rewrites nothing. Node built-ins only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { codeFingerprint } from './cache.ts';
import { PROJECT_ROOT, writeAtomically } from '../common/files.ts';
import { readRawFile, scanRawFolder } from '../ingest/files.ts';

const REFERENCE_FILES = ['sources.csv', 'country-overrides.csv', 'person-aliases.csv', 'acknowledged.csv', 'fiw-regions.csv'];

/** The build's fingerprint, and each raw file's sha256 (which the build reuses for its cache). */
export function buildFingerprint(raw: string, out: string, options: Record<string, unknown>): { fingerprint: string; fileHashes: Map<string, string> } {
  const hash = createHash('sha256');
  const fileHashes = new Map<string, string>();
  hash.update(codeFingerprint()).update(resolve(out)).update(JSON.stringify(options));
  const listing = scanRawFolder(raw);
  for (const file of listing.files) {
    const read = readRawFile(join(raw, file));
    if ('tooLarge' in read) {
      hash.update(`${file}\0too large: ${read.tooLarge}\0`); // rejected whatever it holds
      continue;
    }
    const digest = createHash('sha256').update(read.bytes).digest('hex');
    fileHashes.set(file, digest);
    hash.update(file).update('\0').update(digest).update('\0');
  }
  // Entries the build reports and does not read: adding or removing one changes the build's result.
  for (const entry of listing.skipped) hash.update(`${entry.reason}:${entry.path}\0`);
  for (const name of REFERENCE_FILES) {
    for (const dir of [raw, join(PROJECT_ROOT, 'raw')]) {
      const path = join(dir, name);
      hash.update(path).update(existsSync(path) ? readFileSync(path) : '-');
    }
  }
  return { fingerprint: hash.digest('hex'), fileHashes };
}

function outputs(out: string): Record<string, number> {
  const found: Record<string, number> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else found[relative(out, path).split(sep).join('/')] = statSync(path).size;
    }
  };
  walk(out);
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const recordFile = (cacheDir: string) => join(cacheDir, 'last-build.json');

/** True when the last build had this fingerprint and its outputs are still all there, unchanged in size. */
export function upToDate(cacheDir: string, fingerprint: string, out: string): boolean {
  if (!existsSync(recordFile(cacheDir)) || !existsSync(out)) return false;
  try {
    const record = JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as { fingerprint: string; out: string; outputs: Record<string, number> };
    return record.fingerprint === fingerprint && record.out === resolve(out) && JSON.stringify(outputs(out)) === JSON.stringify(record.outputs);
  } catch {
    return false;
  }
}

export function recordBuild(cacheDir: string, fingerprint: string, out: string): void {
  writeAtomically(recordFile(cacheDir), JSON.stringify({ fingerprint, out: resolve(out), outputs: outputs(out) }));
}
