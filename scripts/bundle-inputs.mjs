// What a bundle was made from: the hash of its sources, written by scripts/bundle.mjs and checked
// by the command line before it runs from a bundle (node built-ins only: it runs first).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const INPUTS_FILE = 'inputs.json';

/** The hash of the sources (paths relative to the project root, in order, and their bytes). */
export function sourcesHash(root, files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : '-').update('\0');
  return hash.digest('hex');
}

/** What the bundle in `dir` was made from ({ sha256, files }), or null when it says nothing. */
export function bundleInputs(dir) {
  const path = join(dir, INPUTS_FILE);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Null when the bundle in `dir` was made from the sources as they are now; else why not. */
export function staleBundle(root, dir, inputs = bundleInputs(dir)) {
  if (!inputs) return `${join(dir, INPUTS_FILE)} is missing`;
  return sourcesHash(root, inputs.files) === inputs.sha256 ? null : 'the sources changed since it was made';
}
