// The build cache: each report's ingest/parse/extract result stored under a key made of content
// hashes (the raw bytes, the pipeline's code, the reference files), never of file times.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  codeHash = hash.digest('hex');
  return codeHash;
}

export const sha256Hex = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
};

export class ReportCache {
  constructor(private readonly dir: string) {}

  private path(key: string) {
    return join(this.dir, 'reports', key.slice(0, 2), `${key}.json`);
  }

  get<T>(key: string): T | null {
    const path = this.path(key);
    if (!existsSync(path)) return null;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as T;
    } catch {
      return null; // a damaged entry is recomputed
    }
  }

  set(key: string, value: unknown): void {
    const path = this.path(key);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.tmp-${process.pid}`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, path);
  }
}
