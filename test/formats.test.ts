// The format registry (write/formats.ts) is what every list of formats reads: a built dataset, the
// output folder's check, the data dictionary and the data package agree with it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../schemas/tables.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { checkOutputFolder } from '../pipeline/publish/swap.ts';
import { dataPackage } from '../pipeline/release/datapackage.ts';
import { loadMetadata } from '../pipeline/release/metadata.ts';
import { DATABASE, DATASET_ENTRIES, TABLE_FORMATS, tablePath } from '../schemas/formats.ts';
import { WRITERS } from '../pipeline/write/index.ts';
import { tempDir } from './helpers.ts';

const DIST = join(PROJECT_ROOT, 'dist');

describe('the format registry', () => {
  it('names every folder and file of a built dataset, and nothing else', () => {
    expect(readdirSync(DIST).sort()).toEqual([...DATASET_ENTRIES].filter((e) => !e.endsWith('.wal')).sort());
    for (const format of TABLE_FORMATS) {
      for (const table of TABLES) expect(existsSync(join(DIST, tablePath(format, table.name))), tablePath(format, table.name)).toBe(true);
      expect(readdirSync(join(DIST, format.name))).toHaveLength(TABLES.length);
    }
  });

  it('has a writer per format, and one for the database', () => {
    expect(Object.keys(WRITERS).sort()).toEqual([...TABLE_FORMATS.map((f) => f.name), 'duckdb'].sort());
  });

  it('is what the output folder check accepts as a dataset', () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    for (const entry of DATASET_ENTRIES) writeFileSync(join(out, entry), '');
    expect(checkOutputFolder(join(tempDir(), 'raw'), out)).toEqual([]);
    writeFileSync(join(out, 'notes.txt'), '');
    expect(checkOutputFolder(join(tempDir(), 'raw'), out).map((p) => p.code)).toEqual(['OUT_NOT_A_DATASET']);
  });

  it('gives the data dictionary its file list, and the data package a resource per table and format', () => {
    const dictionary = readFileSync(join(PROJECT_ROOT, 'DATA_DICTIONARY.md'), 'utf8');
    for (const table of TABLES) {
      expect(dictionary).toContain(`- Files: ${TABLE_FORMATS.map((f) => `\`${tablePath(f, table.name)}\``).join(', ')}, table \`${table.name}\` in \`${DATABASE.file}\``);
    }
    // A release folder: the tables' files side by side, the database and the zip.
    const release = tempDir();
    const files: string[] = [];
    for (const format of TABLE_FORMATS) {
      for (const table of TABLES) {
        const name = `${table.name}.${format.name}`;
        writeFileSync(join(release, name), readFileSync(join(DIST, tablePath(format, table.name))));
        files.push(name);
      }
    }
    writeFileSync(join(release, DATABASE.file), '');
    writeFileSync(join(release, 'tables.zip'), '');
    const descriptor = dataPackage(loadMetadata(PROJECT_ROOT), '2026-01-01T00:00:00Z', release, { tables: files, database: DATABASE.file, zip: 'tables.zip' }, []) as { resources: { path: string; mediatype: string; encoding?: string }[] };
    for (const format of TABLE_FORMATS) {
      const resources = descriptor.resources.filter((r) => r.path.endsWith(`.${format.name}`));
      expect(resources).toHaveLength(TABLES.length);
      for (const r of resources) expect([r.mediatype, r.encoding]).toEqual([format.mediatype, format.text ? 'utf-8' : undefined]);
    }
    expect(descriptor.resources.find((r) => r.path === DATABASE.file)?.mediatype).toBe(DATABASE.mediatype);
  });
});
