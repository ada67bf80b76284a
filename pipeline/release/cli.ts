// `npm run release -- --version X.Y.Z [--out DIR] [--previous DIR]`: assemble, verify and move a
// release into place. Progress and problems on stderr; the summary on stdout.
import { parseArgs } from 'node:util';
import { formatProblem, InputError } from '../problems.ts';
import { assembleRelease } from './index.ts';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function main() {
  const { values } = parseArgs({ options: { version: { type: 'string' }, out: { type: 'string' }, previous: { type: 'string' }, raw: { type: 'string' }, dist: { type: 'string' } } });
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
