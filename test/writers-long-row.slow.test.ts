// The DuckDB writer on a row of 40 MB (longer than DuckDB reads by default). Slow (about 8 s):
// run by `npm run test:slow`, which CI runs too.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDuckDbTableFromJson, openDatabase } from '../pipeline/write/duckdb.ts';
import { toJson } from '../pipeline/write/json.ts';
import { tempDir } from './helpers.ts';
import { columns, rows } from './writer-rows.ts';


describe('DuckDB writer', () => {
  it('load a row longer than DuckDB reads by default when told its length, and keep the primary key', async () => {
    const dir = tempDir();
    const { instance, connection } = await openDatabase(join(dir, 'test.duckdb'));
    const long = [{ ...rows[0], id: 'x'.repeat(40 * 2 ** 20) }, rows[1]];
    const text = toJson(columns, long);
    writeFileSync(join(dir, 't.json'), text);
    try {
      await expect(loadDuckDbTableFromJson(connection, { name: 'u', columns, primaryKey: ['id'] }, join(dir, 't.json'))).rejects.toThrow(/maximum_object_size|object/i);
      await loadDuckDbTableFromJson(connection, { name: 't', columns, primaryKey: ['id'] }, join(dir, 't.json'), Buffer.byteLength(text));
      expect((await (await connection.run('SELECT length(id)::INTEGER FROM t ORDER BY 1')).getRowsJS()).flat()).toEqual([8, 40 * 2 ** 20]);
      const keys = await (await connection.run("SELECT constraint_column_names::VARCHAR FROM duckdb_constraints() WHERE table_name = 't' AND constraint_type = 'PRIMARY KEY'")).getRowsJS();
      expect(keys.flat()).toEqual(['[id]']);
      await expect(connection.run(`INSERT INTO t SELECT * FROM t LIMIT 1`)).rejects.toThrow(/duplicate key|PRIMARY KEY|Constraint/i);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);
});
