// The cache's packs (cache.ts): entries read back from where the index says, and pruneCache
// keeping the folder to about one build's entries.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PACKS, PackWriter, pruneCache, readCacheIndex, readEntry, reportsFolder } from '../pipeline/run/cache.ts';
import { tempDir } from './helpers.ts';

function writePack(folder: string, entries: Record<string, string>): string {
  const writer = new PackWriter(folder);
  for (const [key, text] of Object.entries(entries)) writer.append(key, Buffer.from(text));
  return writer.seal()!;
}

const contents = (folder: string) => Object.fromEntries([...readCacheIndex(folder)].map(([key, at]) => [key, readEntry(folder, at)!.toString()]));

describe('cache packs', () => {
  it('reads back each entry; a later pack wins; an empty writer leaves no file', () => {
    const folder = reportsFolder(tempDir());
    writePack(folder, { a: 'first a', b: 'bee' });
    writePack(folder, { a: 'second a' });
    expect(contents(folder)).toEqual({ a: 'second a', b: 'bee' });
    expect(new PackWriter(folder).seal()).toBeNull();
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('merges all packs but the largest past MAX_PACKS, keeping every used entry', () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    const largest = writePack(folder, { big: 'x'.repeat(10_000) });
    const used = new Set(['big']);
    for (let i = 0; i < MAX_PACKS; i++) {
      writePack(folder, { [`small${i}`]: `entry ${i}` });
      used.add(`small${i}`);
    }
    const before = contents(folder);
    expect(pruneCache(cache, used)).toEqual({ versions: 0, merged: MAX_PACKS });
    expect(readdirSync(folder)).toHaveLength(2);
    expect(readdirSync(folder)).toContain(largest);
    expect(contents(folder)).toEqual(before);
    // At MAX_PACKS or fewer, nothing moves.
    expect(pruneCache(cache, used)).toEqual({ versions: 0, merged: 0 });
  });

  it('rewrites the packs as one of the used entries when most of their bytes are unused', () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    writePack(folder, { stale: 'y'.repeat(1000), kept: 'kept' });
    expect(pruneCache(cache, new Set(['kept']))).toEqual({ versions: 0, merged: 1 });
    expect(contents(folder)).toEqual({ kept: 'kept' });
    // A pack of used entries only stays as it is.
    const [pack] = readdirSync(folder);
    expect(pruneCache(cache, new Set(['kept']))).toEqual({ versions: 0, merged: 0 });
    expect(readdirSync(folder)).toEqual([pack]);
  });

  it('removes a pack all of whose entries later packs hold (two builds that stored the same reports)', () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    writePack(folder, { a: 'same', b: 'same too' });
    const later = writePack(folder, { a: 'same', b: 'same too' });
    expect(pruneCache(cache, new Set(['a', 'b']))).toEqual({ versions: 0, merged: 0 });
    expect(readdirSync(folder)).toEqual([later]);
    expect(contents(folder)).toEqual({ a: 'same', b: 'same too' });
  });

  it('removes other code versions and the half-written packs of builds that no longer run', () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    writePack(folder, { a: 'a' });
    mkdirSync(join(cache, 'reports', 'fedcba9876543210'), { recursive: true });
    const dead = `${2 ** 22 + 1}-00000000.pack.tmp`; // above any pid Linux gives
    const running = `${process.pid}-00000000.pack.tmp`;
    writeFileSync(join(folder, dead), 'half');
    writeFileSync(join(folder, running), 'half');
    expect(pruneCache(cache, new Set(['a']))).toEqual({ versions: 1, merged: 0 });
    expect(readdirSync(join(cache, 'reports'))).toHaveLength(1);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([running]);
  });

  it('gives null for an entry it cannot read, and skips a pack without its index', () => {
    const folder = reportsFolder(tempDir());
    const pack = writePack(folder, { a: 'abc' });
    const [at] = readCacheIndex(folder).values();
    expect(readEntry(folder, { ...at, length: 100 })).toBeNull();
    expect(readEntry(folder, { ...at, pack: 'missing.pack' })).toBeNull();
    writeFileSync(join(folder, pack), 'abc'); // cut before its index
    expect(readCacheIndex(folder).size).toBe(0);
  });
});
