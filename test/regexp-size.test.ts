// V8 leaves an expression of more than 20 KB unoptimised (kRegExpTooLargeToOptimize): the one scan
// of every verb cue grew past it in 6dbaaa9 and extraction took twice as long, unnoticed for a
// stop. Every expression the pipeline builds while it loads and processes the seeds (built from
// lists, so the ones that grow) stays under it. Literals are written by hand and short.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Not from helpers.ts, which imports the pipeline before the test can watch it load.
const seed = (path: string) => fileURLToPath(new URL(`../raw/${path}`, import.meta.url));

const LIMIT = 20 * 1024;

describe('regular expressions', () => {
  it('every expression the pipeline builds is under V8\'s 20 KB optimisation limit', async () => {
    const built: string[] = [];
    const Native = globalThis.RegExp;
    // Each `new RegExp(...)` of the modules imported below, and of the processing of the seeds.
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args: ConstructorParameters<RegExpConstructor>) {
        const re = new target(...args);
        built.push(re.source);
        return re;
      },
    });
    try {
      const { processFile } = await import('../pipeline/run/process.ts');
      const { loadCountries } = await import('../pipeline/ingest/folder.ts');
      const countries = loadCountries();
      for (const name of ['fiw/2024/kazakhstan.txt', 'nit/2024/kazakhstan.txt']) {
        expect(processFile({ source_file: name, bytes: readFileSync(seed(name)) }, null, countries).output?.pieces.events.rows).toBeGreaterThan(50);
      }
    } finally {
      globalThis.RegExp = Native;
    }
    // The cue scans and the name lists are among them: the proxy saw the pipeline's expressions.
    expect(built.length).toBeGreaterThan(200);
    const tooLarge = built.filter((source) => source.length >= LIMIT).map((source) => `${source.length} characters: ${source.slice(0, 80)}`);
    expect(tooLarge).toEqual([]);
  });
});
