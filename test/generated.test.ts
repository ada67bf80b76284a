// The zod schemas are the single source: the committed JSON Schemas and DATA_DICTIONARY.md must
// be what `npm run generate` would write now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../pipeline/release/generated.ts';
import { columnsOf } from '../schemas/columns.ts';
import { TABLES } from '../schemas/tables.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';

describe('generated files', () => {
  for (const [path, content] of generatedFiles()) {
    it(`${path} is up to date (npm run generate)`, () => {
      expect(readFileSync(join(PROJECT_ROOT, path), 'utf8')).toBe(content);
    });
  }

  it('the dictionary documents every column of every table', () => {
    const dictionary = readFileSync(join(PROJECT_ROOT, 'DATA_DICTIONARY.md'), 'utf8');
    for (const table of TABLES) {
      expect(dictionary).toContain(`## ${table.name}`);
      for (const c of columnsOf(table)) {
        expect(c.description, `${table.name}.${c.name}`).not.toBe('');
        expect(dictionary).toContain(`| \`${c.name}\` |`);
      }
    }
  });
});
