// Publishing a dataset folder: what the build may replace (checkOutputFolder), one build at a
// time per folder (lockOutput), the swap of a complete staging folder into place (swapIn), and the
// restore of the previous dataset after a build killed between the swap's two renames.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compareDatabases } from './compare.ts';
import { isRunning } from '../run/pid.ts';
import { InputError, problem, type Problem } from '../common/problems.ts';
import { DATABASE_FILE } from '../write/index.ts';
import { DATASET_ENTRIES as FORMAT_ENTRIES } from '../../schemas/formats.ts';

/** What a dataset folder holds: what the build writes, and what a desktop may add. */
const DATASET_ENTRIES = new Set([...FORMAT_ENTRIES, '.DS_Store']);

// The new dataset replaces the output folder whole: a folder that is not a dataset (`--out .`,
// `--out raw`, a home folder) would be deleted with everything in it, so it is refused.
export function checkOutputFolder(raw: string, target: string): Problem[] {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path); // not there yet
    }
  };
  const [rawPath, outPath] = [real(raw), real(target)];
  const inside = (inner: string, outer: string) => {
    const path = relative(outer, inner);
    return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
  };
  if (inside(rawPath, outPath) || inside(outPath, rawPath)) {
    return [problem('OUT_OVERLAPS_RAW', `the output folder and the raw folder ${raw} must be apart: neither may be or hold the other (the output folder is replaced whole)`, { file: target })];
  }
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [problem('OUT_NOT_A_DATASET', 'is not a folder: the build writes a dataset folder here and would replace it', { file: target })];
  const foreign = readdirSync(target).filter((entry) => !DATASET_ENTRIES.has(entry)).sort();
  if (!foreign.length) return [];
  const shown = foreign.slice(0, 3).map((entry) => JSON.stringify(entry)).join(', ');
  return [problem('OUT_NOT_A_DATASET', `holds ${shown}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}, which no build writes: the new dataset replaces the folder whole, so it is left alone (choose an empty or new folder, or a dataset folder)`, { file: target })];
}

/** Output folders this process is building into. */
const buildingHere = new Set<string>();

const lockedBy = (holder: number, lock: string, target: string) =>
  new InputError([problem('OUTPUT_LOCKED', `another build (process ${holder}) is writing this output folder: wait for it to end (or, if no build is running, delete ${lock})`, { file: target })]);

/**
 * One build at a time per output folder: two at once would each restore or delete the other's
 * staging folder. The lock is a file beside the folder naming the building process, made whole
 * before it appears (a hard link of a written file); a lock whose process is gone was left by a
 * killed build and is taken over. Returns the release.
 */
export function lockOutput(target: string): () => void {
  const lock = `${target}.lock`;
  if (buildingHere.has(target)) throw lockedBy(process.pid, lock, target);
  mkdirSync(dirname(target), { recursive: true });
  const mine = `${lock}.tmp-${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    let holder = Number.NaN;
    // Twice at most: a second refusal means another build took the lock just now.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(mine, lock);
        buildingHere.add(target);
        return () => {
          buildingHere.delete(target);
          rmSync(lock, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      try {
        holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      } catch {
        holder = Number.NaN; // released meanwhile
      }
      // This process's own id is a killed build's whose id came round again (containers reuse
      // them): this process's own builds are in buildingHere.
      if (holder !== process.pid && isRunning(holder)) break;
      rmSync(lock, { force: true }); // left by a build that was killed
    }
    throw lockedBy(holder, lock, target);
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Keeps the previous database file when the new one holds the same data: DuckDB's file format is
 * not byte-stable, so a rebuild of an unchanged dataset would otherwise show the committed
 * database as changed. Compared only when every JSON table is byte for byte the previous one's
 * (the database is loaded from them), then by content (compare.ts).
 */
export async function keepUnchangedDatabase(staging: string, target: string): Promise<boolean> {
  const [old, fresh] = [join(target, DATABASE_FILE), join(staging, DATABASE_FILE)];
  if (!existsSync(old) || !existsSync(fresh) || !existsSync(join(target, 'json'))) return false;
  const tables = readdirSync(join(staging, 'json')).sort();
  if (tables.join() !== readdirSync(join(target, 'json')).sort().join()) return false;
  for (const table of tables) {
    const [a, b] = [join(staging, 'json', table), join(target, 'json', table)];
    if (statSync(a).size !== statSync(b).size || !readFileSync(a).equals(readFileSync(b))) return false;
  }
  if ((await compareDatabases(old, fresh)).length) return false;
  copyFileSync(old, fresh);
  return true;
}

/** Renames the complete staging folder into place: `target` always holds either the previous complete dataset or the new one. */
export function swapIn(staging: string, target: string): void {
  const previous = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

/** Restores the previous dataset when a publish was killed between its two renames. */
export function recoverInterruptedPublish(target: string): void {
  const parent = dirname(target);
  if (!existsSync(parent)) return;
  const name = basename(target);
  const leftovers = readdirSync(parent).filter((f) => f.startsWith(`${name}.old-`) || f.startsWith(`${name}.tmp-`));
  for (const leftover of leftovers) {
    const path = join(parent, leftover);
    if (leftover.startsWith(`${name}.old-`) && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}
