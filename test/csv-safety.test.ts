// CSV safety, fuzzed (fast-check, fixed seed): no emitted cell can start a spreadsheet formula,
// every text survives a round trip (less the one guarding apostrophe), and numeric columns equal
// their Parquet values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Column } from '../schemas/columns.ts';
import { toCsv } from '../pipeline/write/csv.ts';
import { toJson } from '../pipeline/write/json.ts';
import { loadDuckDbTableFromJson, openDatabase } from '../pipeline/write/duckdb.ts';
import { writeParquet } from '../pipeline/write/parquet.ts';
import { tempDir } from './helpers.ts';

const column = (name: string, type: Column['type'], nullable = true): Column => ({ name, type, nullable, description: '', unit: null, enum: null, minimum: null, maximum: null, pattern: null });
const columns = [column('t', 'string'), column('n', 'integer'), column('x', 'number'), column('l', 'string[]', false)];
const FORMULA = /^[=+\-@\t\r\n\0]/;
const risky = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0', ''), fc.string({ unit: 'grapheme', maxLength: 30 })).map(([a, b]) => a + b);
const row = fc.record({
  t: fc.option(risky, { nil: null }),
  n: fc.option(fc.integer({ min: -2147483648, max: 2147483647 }), { nil: null }),
  x: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
  l: fc.array(risky.filter((s) => !s.includes(';')), { maxLength: 3 }),
});

describe('CSV safety', () => {
  it('no cell starts a formula; text round-trips (1000 runs)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const cells = parse(toCsv(columns, rows), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
        cells.forEach((c, i) => {
          for (const name of ['t', 'l']) expect(c[name]).not.toMatch(FORMULA);
          const t = rows[i].t;
          expect(c.t).toBe(t === null ? '' : FORMULA.test(t) ? `'${t}` : t);
          expect(c.n).toBe(rows[i].n === null ? '' : String(rows[i].n));
          if (rows[i].x !== null) expect(Number(c.x)).toBe(rows[i].x === 0 ? 0 : rows[i].x);
        });
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });

  it('numeric CSV columns equal their Parquet values', async () => {
    const rows = fc.sample(row, { numRuns: 500, seed: 7 });
    const dir = tempDir();
    const { instance, connection } = await openDatabase(join(dir, 'db.duckdb'));
    writeFileSync(join(dir, 't.json'), toJson(columns, rows));
    await loadDuckDbTableFromJson(connection, { name: 't', columns, primaryKey: [] }, join(dir, 't.json'));
    await writeParquet(connection, 't', join(dir, 't.parquet'));
    const parquet = await (await connection.run(`SELECT n, x FROM read_parquet('${join(dir, 't.parquet')}')`)).getRowObjectsJS();
    connection.closeSync();
    instance.closeSync();
    const csv = parse(toCsv(columns, rows), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    csv.forEach((c, i) => {
      expect(c.n === '' ? null : Number(c.n)).toBe(parquet[i].n);
      expect(c.x === '' ? null : Number(c.x)).toBe(parquet[i].x === null ? null : Number(parquet[i].x));
    });
  });
});
