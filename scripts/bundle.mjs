// Bundles the build's two thread entries (the command line and the per-report worker) into
// .build/, one ESM file each, so that `npm run build` runs plain JavaScript: under tsx every thread starts its own loader thread and compiles the pipeline again,
// and the bundled code runs faster (BENCHMARKS.md).
// Packages stay in node_modules. The folder sits beside pipeline/, so paths the code makes from
// its own place (the project root, schemas/) are the same from either. inputs.json lists the
// sources with their hash (bundle-inputs.mjs): the command line refuses to run from a bundle
// older than them, whose old code would fill the cache under the new code's keys; and a bundle
// of the current sources (this script and the lockfile included) is kept as it is.
//   node scripts/bundle.mjs [--outdir DIR]   (DIR: a folder directly under the project root)
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { bundleInputs, INPUTS_FILE, sourcesHash, staleBundle } from './bundle-inputs.mjs';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRIES = ['pipeline/cli.ts', 'pipeline/run/worker.ts'];

// What decides the bundle besides its sources: this script (its options) and the lockfile
// (esbuild's version).
const TOOLING = ['scripts/bundle.mjs', 'package-lock.json'];

/** Bundles into `outdir`, unless the bundle there is of the sources as they are (`reused`). */
export async function bundle(outdir = join(PROJECT_ROOT, '.build')) {
  if (dirname(resolve(outdir)) !== PROJECT_ROOT) throw new Error(`${outdir}: the bundle must be a folder directly under ${PROJECT_ROOT}`);
  // A fresh bundle is kept: rebuilding it would cost a quarter second, and replace the files
  // under a build that may be running from them.
  const recorded = bundleInputs(outdir);
  if (staleBundle(PROJECT_ROOT, outdir, recorded) === null) return { outdir, files: recorded.files, reused: true };
  const staging = `${resolve(outdir)}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: ENTRIES,
    outdir: staging,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Shared code in chunks, and each dynamic import a chunk of its own, loaded (with the packages
    // it imports) only when imported: the command line's nothing-changed check loads no more
    // than it needs, as from the sources.
    splitting: true,
    chunkNames: '[name]-[hash]', // beside the entries: the code's own paths assume one level below the root
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const sources = Object.keys(result.metafile.inputs).map((file) => relative(PROJECT_ROOT, resolve(PROJECT_ROOT, file)).split('\\').join('/'));
  const files = [...sources, ...TOOLING].sort();
  writeFileSync(join(staging, INPUTS_FILE), `${JSON.stringify({ sha256: sourcesHash(PROJECT_ROOT, files), files }, null, 2)}\n`);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(dirname(outdir), { recursive: true });
  renameSync(staging, outdir);
  return { outdir, files, reused: false };
}

if (process.argv[1] && basename(process.argv[1]) === 'bundle.mjs') {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  const { outdir, files, reused } = await bundle(values.outdir && resolve(values.outdir));
  const where = `${relative(PROJECT_ROOT, outdir)}/`;
  process.stderr.write(reused ? `${where} is a bundle of the current sources (${files.length} files): kept\n` : `bundled ${files.length} files into ${where}\n`);
}
