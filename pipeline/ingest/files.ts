// The raw folder's report files, without reading them (node built-ins only: the CLI's
// nothing-changed check loads this before anything heavy).
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every `.txt` file under the raw folder, relative, with forward slashes, sorted. */
export function listRawFiles(raw: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.txt')) found.push(relative(raw, path).split(sep).join('/'));
    }
  };
  walk(raw);
  return found.sort();
}
