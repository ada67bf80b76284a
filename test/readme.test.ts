// The README's DuckDB queries run against the committed dataset and return what they promise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { openDatabase } from '../pipeline/write/duckdb.ts';

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const queries = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);

async function run(sql: string): Promise<Record<string, unknown>[]> {
  const { instance, connection } = await openDatabase(':memory:');
  try {
    await connection.run(`ATTACH '${join(PROJECT_ROOT, 'dist/freedom-reports.duckdb')}' AS dataset (READ_ONLY); USE dataset`);
    return await (await connection.run(sql)).getRowObjectsJS();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('README queries', () => {
  it('has the example queries', () => expect(queries.length).toBe(5));

  it('lists the 25 FIW questions of a report', async () => {
    const rows = await run(queries[0]);
    expect(rows).toHaveLength(25);
    expect(rows[0]).toMatchObject({ code: 'A1', value: 0 });
    expect(rows.at(-1)).toMatchObject({ code: 'G4', value: 2 });
  });

  it('lists the changed scores with old and new values', async () => {
    const rows = await run(queries[1]);
    expect(rows).toContainEqual(expect.objectContaining({ publication: 'nit', name: 'Local Democratic Governance', previous_value: 1.75, value: 1.5 }));
    expect(rows).toContainEqual(expect.objectContaining({ name: 'Democracy Score', previous_value: 1.32, value: 1.29 }));
    // Last year's Democracy Percentage is printed rounded (5 beside 4.76): rounding is no change.
    expect(rows.filter((r) => r.name === 'Democracy Percentage')).toEqual([]);
  });

  it('finds paragraphs with their source line', async () => {
    const rows = await run(queries[2]);
    expect(rows.length).toBeGreaterThan(5);
    expect(String(rows[0].source)).toMatch(/^fiw\/2024\/kazakhstan\.txt:\d+$/);
    expect(String(rows[0].text).toLowerCase()).toContain('journalist');
  });

  it('lists sentencings with the people sentenced', async () => {
    const rows = await run(queries[3]);
    expect(rows).toContainEqual(expect.objectContaining({ date: '2023-04', report_id: 'fiw-2024-kaz', people: expect.stringContaining('Karim Masimov') }));
    expect(rows).toContainEqual(expect.objectContaining({ date: '2023-11', report_id: 'nit-2024-kaz', people: expect.stringContaining('Altayev') }));
  });

  it('finds one person under both spellings', async () => {
    const rows = await run(queries[4]);
    expect(new Set(rows.map((r) => r.surface))).toEqual(new Set(['Karim Masimov', 'Karim Massimov']));
    expect(new Set(rows.map((r) => r.report_id))).toEqual(new Set(['fiw-2024-kaz', 'nit-2024-kaz']));
  });
});
