// The per-report result as workers send it and the cache keeps it: packed, then read back whole.
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { packResult, processFile, readResult } from '../pipeline/process.ts';
import { countries, SEED_FIW, SEED_NIT } from './helpers.ts';

describe('packed results', () => {
  it('read back equal to what was packed, every event sentence included', () => {
    for (const [path, name] of [[SEED_FIW, 'fiw/2024/kazakhstan.txt'], [SEED_NIT, 'nit/2024/kazakhstan.txt']]) {
      const result = processFile({ source_file: name, bytes: readFileSync(path) }, null, countries);
      expect(result.extraction!.events.length).toBeGreaterThan(10);
      const packed = packResult(result);
      expect(readResult(packed)).toEqual(result);
      // The sentences do not travel: the packed bytes are smaller than the plain serialisation.
      expect(packed.length).toBeLessThan(serialize(result).length);
    }
  });

  it('a damaged or foreign entry reads as nothing, so it is recomputed', () => {
    const result = processFile({ source_file: 'fiw/2024/kazakhstan.txt', bytes: readFileSync(SEED_FIW) }, null, countries);
    const packed = packResult(result);
    expect(readResult(packed.subarray(0, packed.length >> 1))).toBeNull();
    expect(readResult(new TextEncoder().encode('{"not": "a result"}'))).toBeNull();
    expect(readResult(serialize(result))).toBeNull(); // an unpacked result is not an entry
  });
});
