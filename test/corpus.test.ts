// The development corpus (third-party reports, read from ../shared, never copied here): every
// score and paragraph must equal Freedom House's official values, in both layouts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { tempDir } from './helpers.ts';

const SHARED = join(PROJECT_ROOT, '..', 'shared');
const layouts = ['dev', 'dev-website'].filter((l) => existsSync(join(SHARED, 'corpus', l, 'raw')));

describe.skipIf(layouts.length === 0)('development corpus against the official values', () => {
  for (const layout of layouts) {
    it(`${layout}: every score and paragraph matches the truth files`, async () => {
      const out = join(tempDir(), 'dist');
      const result = await runPipeline({ raw: join(SHARED, 'corpus', layout, 'raw'), out });
      expect(result.rejected).toEqual([]);
      const run = spawnSync(process.execPath, [join(SHARED, 'eval/check-truth.mjs'), out, join(SHARED, 'corpus', layout, 'truth')], { encoding: 'utf8' });
      expect(run.stdout).toMatch(/scores (\d+)\/\1 exact \(100\.00%\); paragraphs (\d+)\/\2 \(100\.00%\), sections exact (\d+)\/\3/);
      expect(run.status).toBe(0);
    }, 60_000);
  }
});
