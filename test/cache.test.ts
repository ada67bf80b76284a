// The cache's entries (cache.ts): a file per result, named by its key, read back whole or not at
// all, and pruneCache keeping the folder to about one build's entries.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneCache, readCacheIndex, readEntry, reportsFolder, sha256Hex, writeEntry } from '../pipeline/run/cache.ts';
import { tempDir } from './helpers.ts';

const key = (name: string) => sha256Hex(name);

describe('cache entries', () => {
  it('reads back each entry by its key; a later write of a key replaces it; the index lists entries only', () => {
    const folder = reportsFolder(tempDir());
    writeEntry(folder, key('a'), Buffer.from('first a'));
    writeEntry(folder, key('b'), Buffer.from('bee'));
    writeEntry(folder, key('a'), Buffer.from('second a'));
    writeFileSync(join(folder, `${key('c')}.tmp-123`), 'half'); // a write in progress
    expect([...readCacheIndex(folder)].sort()).toEqual([key('a'), key('b')].sort());
    expect(readEntry(folder, key('a'))!.toString()).toBe('second a');
    expect(readEntry(folder, key('missing'))).toBeNull();
    expect(readCacheIndex(join(folder, 'none')).size).toBe(0);
  });

  it('removes other code versions and the half-written entries of builds that no longer run', () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    writeEntry(folder, key('a'), Buffer.from('a'));
    mkdirSync(join(cache, 'reports', 'fedcba9876543210'), { recursive: true });
    const dead = `${key('b')}.tmp-${2 ** 22 + 1}`; // above any pid Linux gives
    const running = `${key('c')}.tmp-${process.pid}`;
    writeFileSync(join(folder, dead), 'half');
    writeFileSync(join(folder, running), 'half');
    expect(pruneCache(cache, new Set([key('a')]))).toEqual({ versions: 1, entries: 0 });
    expect(readdirSync(join(cache, 'reports'))).toHaveLength(1);
    expect(readdirSync(folder).sort()).toEqual([key('a'), running].sort());
  });

  it('drops the entries a build did not use once they outnumber those it did, and keeps them otherwise', () => {
    const cache = tempDir();
    const folder = reportsFolder(cache);
    for (const name of ['kept', 'old1', 'old2']) writeEntry(folder, key(name), Buffer.from(name));
    // Another report set's entries, fewer than this build's: kept for when that set is built again.
    expect(pruneCache(cache, new Set([key('kept'), key('old1')]))).toEqual({ versions: 0, entries: 0 });
    expect(readCacheIndex(folder).size).toBe(3);
    expect(pruneCache(cache, new Set([key('kept')]))).toEqual({ versions: 0, entries: 2 });
    expect([...readCacheIndex(folder)]).toEqual([key('kept')]);
  });
});
