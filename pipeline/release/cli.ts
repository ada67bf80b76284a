// `npm run release -- --version X.Y.Z [--out DIR] [--previous DIR]`: assemble, verify and move a
// release into place. Progress and problems on stderr; the summary on stdout.
import { parseArgs } from 'node:util';
import { formatProblem, InputError } from '../common/problems.ts';
import { assembleRelease } from './index.ts';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function main() {
  const { values } = parseArgs({ options: { version: { type: 'string' }, out: { type: 'string' }, previous: { type: 'string' }, raw: { type: 'string' }, dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(`npm run release -- --version X.Y.Z [options]
Assembles a release of the built dataset (every table in every format, datapackage.json, citation
files, SHA256SUMS, DATA_DIFF.md), verifies it and moves it into place.
  --version X.Y.Z  the version, as in package.json and CHANGELOG.md
  --out DIR        where to put the release folder (default: releases/)
  --previous DIR   the previous release, for the data diff and the version bump check
  --raw DIR        the raw folder (default: raw)
  --dist DIR       the built dataset (default: dist)
example: npm run release -- --version 0.2.0 --previous releases/v0.1.0`);
    return;
  }
  if (!values.version) {
    log('usage: npm run release -- --version X.Y.Z [--out DIR] [--previous DIR]');
    process.exit(2);
  }
  const result = await assembleRelease({ version: values.version, out: values.out, previous: values.previous, raw: values.raw, dist: values.dist, log });
  console.log(`release ${values.version} assembled and verified in ${result.dir}: ${result.files.length} assets`);
  console.log(`data diff against ${result.diff.from ?? 'nothing (first release)'}: ${result.diff.reportsAdded.length} reports added, ${result.diff.reportsRemoved.length} removed, ${result.diff.scoresChanged.length} scores changed; needs a ${result.diff.required} bump`);
  console.log(`release notes: ${result.dir}.notes.md`);
}

main().catch((error: unknown) => {
  if (error instanceof InputError) {
    for (const p of error.problems) log(formatProblem(p));
    log('release refused; nothing was written');
  } else log((error as Error).stack ?? String(error));
  process.exitCode = 1;
});
