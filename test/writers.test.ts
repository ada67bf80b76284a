// One writer per format, each tested on the exact bytes it writes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArrowFileWriter, ArrowPieceEncoder, ArrowWriter, toArrow } from '../pipeline/write/arrow.ts';
import { tablePiece } from '../pipeline/write/tables.ts';
import { csvCell, csvChunks, ROWS_PER_CHUNK, toCsv } from '../pipeline/write/csv.ts';
import { loadDuckDbTableFromJson, openDatabase } from '../pipeline/write/duckdb.ts';
import { CHUNK_BYTES, jsonChunks, jsonWriter, toJson } from '../pipeline/write/json.ts';
import { csvWriter } from '../pipeline/write/csv.ts';
import { PARQUET_ROW_GROUP_ROWS, writeParquet } from '../pipeline/write/parquet.ts';
import { tempDir } from './helpers.ts';
import { column, columns, rows } from './writer-rows.ts';
import { columnsOf } from '../schemas/columns.ts';
import { TABLES } from '../schemas/tables.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// Cells made of the characters that matter to JSON and CSV: quotes, commas, line breaks, spaces
// of every kind, formula starts, non-ASCII and astral letters.
const awkwardText = fc.array(fc.constantFrom('a', 'Z', ' ', '\u00a0', '\t', '"', "'", ',', '\r', '\n', '=', '+', '-', '@', ';', '\\', '\u2019', 'é', '\u{1F600}', '\u0000', '\u2028'), { maxLength: 12 }).map((a) => a.join(''));
const awkwardRow = fc.record({ id: awkwardText, n: fc.integer({ min: -5, max: 5 }), x: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), ok: fc.boolean(), tags: fc.array(awkwardText, { maxLength: 3 }), notes: fc.array(fc.nat(99), { maxLength: 3 }) });

describe('JSON writer', () => {
  it('writes an array, one row per line, keys in column order', () => {
    expect(toJson(columns, [{ notes: [], tags: [], ok: false, x: null, n: 2, id: 'b' }, rows[0]])).toBe(
      '[\n{"id":"b","n":2,"x":null,"ok":false,"tags":[],"notes":[]},\n{"id":"a","n":1,"x":1.25,"ok":true,"tags":["p","q"],"notes":[36,37]}\n]\n',
    );
    expect(toJson(columns, [])).toBe('[]\n');
  });

  it('gives what JSON.stringify gives row by row, in pieces whose concatenation is the file (1000 runs)', () => {
    fc.assert(
      fc.property(fc.array(awkwardRow, { maxLength: 8 }), (table) => {
        const expected = table.length ? `[\n${table.map((r) => JSON.stringify({ id: r.id, n: r.n, x: r.x, ok: r.ok, tags: r.tags, notes: r.notes })).join(',\n')}\n]\n` : '[]\n';
        expect(toJson(columns, table)).toBe(expected);
      }),
      { numRuns: 1000, seed: 11 },
    );
    // Rows as the tables build them (keys in column order) and out of order, over several chunks.
    const many = Array.from({ length: 40_000 }, (_, i) => (i % 2 ? { ...rows[2], n: i } : { notes: [i], tags: ['é’'], ok: true, x: i / 7, n: i, id: `r${i}` }));
    const pieces = [...jsonChunks(columns, many)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= CHUNK_BYTES)).toBe(true);
    const text = Buffer.concat(pieces).toString('utf8');
    expect(text).toBe(`[\n${many.map((r) => JSON.stringify({ id: r.id, n: r.n, x: r.x, ok: r.ok, tags: r.tags, notes: r.notes })).join(',\n')}\n]\n`);
  });
});

describe('CSV writer', () => {
  it("gives csv-stringify's bytes, which it replaces for speed (1000 runs)", () => {
    fc.assert(
      fc.property(fc.array(awkwardRow, { maxLength: 8 }), (table) => {
        const cells = table.map((r) => columns.map((c) => csvCell((r as Record<string, unknown>)[c.name], c.type)));
        // quote_record_delimiter: with a CRLF record delimiter, csv-stringify would otherwise
        // leave a lone CR or LF inside a cell unquoted, which splits the row for most readers.
        const reference = stringify([columns.map((c) => c.name), ...cells], { record_delimiter: '\r\n', quote_record_delimiter: true, quoted_match: /^\s|\s$/ });
        expect(toCsv(columns, table)).toBe(reference);
      }),
      { numRuns: 1000, seed: 12 },
    );
    const many = Array.from({ length: ROWS_PER_CHUNK + 1 }, (_, i) => ({ ...rows[0], n: i }));
    expect([...csvChunks(columns, many)].join('')).toBe(toCsv(columns, many));
  });

  it('writes RFC 4180 with CRLF, quoting, lists joined by ";" and no formula cells', () => {
    expect(toCsv(columns, rows)).toBe(
      'id,n,x,ok,tags,notes\r\n' +
        'a,1,1.25,true,p;q,36;37\r\n' +
        "'=SUM(A1),-2,,false,,\r\n" +
        '"say ""hi"", then\nleave",3,4.76,true,\'+1,1\r\n',
    );
  });

  it('never starts a text cell with = + - @ tab or CR', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const csv = toCsv([column('t', 'string')], [{ t: `${start}cmd` }]);
      expect(csv.split('\r\n')[1].replace(/^"/, '')).toMatch(/^'/);
    }
  });
});

describe('JSON, CSV and Arrow files written piece by piece', () => {
  it('are the bytes of the whole table, however its rows are cut into pieces (200 runs)', () => {
    for (const name of ['scores', 'people']) {
      const table = TABLES.find((t) => t.name === name)!;
      const columns = columnsOf(table);
      const rows = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist/json', `${name}.json`), 'utf8')) as Record<string, unknown>[];
      fc.assert(
        fc.property(fc.array(fc.nat(rows.length), { maxLength: 6 }), fc.boolean(), (cuts, none) => {
          const kept = none ? [] : rows;
          const bounds = [0, ...cuts.map((c) => Math.min(c, kept.length)).sort((a, b) => a - b), kept.length];
          const dir = tempDir();
          const writers = [jsonWriter(dir, [table]), csvWriter(dir, [table]), new ArrowWriter(dir, [table])];
          for (let i = 1; i < bounds.length; i++) {
            const piece = tablePiece(table, kept.slice(bounds[i - 1], bounds[i]));
            for (const w of writers) w.append(name, piece);
          }
          for (const w of writers) w.complete({ [name]: { rows: kept.length, longestRow: 0 } });
          expect(readFileSync(join(dir, 'json', `${name}.json`), 'utf8')).toBe(toJson(columns, kept));
          expect(readFileSync(join(dir, 'csv', `${name}.csv`), 'utf8')).toBe(toCsv(columns, kept));
          expect(sha256(readFileSync(join(dir, 'arrow', `${name}.arrow`)))).toBe(sha256(toArrow(columns, kept)));
        }),
        { numRuns: 100, seed: 20261124 },
      );
    }
  });
});

describe('Arrow writer', () => {
  it('writes typed columns that read back, with the same bytes every time', () => {
    const bytes = toArrow(columns, rows);
    expect(sha256(toArrow(columns, rows))).toBe(sha256(bytes));
    const table = tableFromIPC(bytes);
    expect(table.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['id:Utf8', 'n:Int32', 'x:Float64', 'ok:Bool', 'tags:List<Utf8>', 'notes:List<Int32>']);
    expect(table.getChild('x')!.toArray()[0]).toBe(1.25);
    expect(table.get(2)!.toJSON().id).toBe('say "hi", then\nleave');
    expect([...table.getChild('notes')!.get(0)!]).toEqual([36, 37]);
    // Nullability is the table schema's, whatever the rows hold.
    expect(table.schema.fields.map((f) => f.nullable)).toEqual([false, false, true, false, false, false]);
    expect(sha256(bytes)).toBe(EXPECTED_ARROW_SHA256);
  });

  it('writes a record batch at a time: any batch size reads back the same rows (1000 runs)', () => {
    const plain = (t: Table) => t.toArray().map((r) => Object.fromEntries(Object.entries(r.toJSON()).map(([k, v]) => [k, v !== null && typeof v === 'object' ? [...(v as Iterable<unknown>)] : v])));
    fc.assert(
      fc.property(fc.array(awkwardRow, { maxLength: 20 }), fc.integer({ min: 1, max: 8 }), (some, batchRows) => {
        const whole = tableFromIPC(toArrow(columns, some));
        const batched = tableFromIPC(toArrow(columns, some, batchRows));
        expect(batched.batches.length).toBe(Math.max(1, Math.ceil(some.length / batchRows)));
        expect(plain(batched)).toEqual(plain(whole));
        expect(plain(whole)).toEqual(some.map((r) => ({ ...r, x: r.x === null ? null : r.x })));
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });

  it('makes from pieces of rows the file it makes from the rows, whatever the pieces, batches and byte offsets (1000 runs)', () => {
    fc.assert(
      fc.property(fc.array(awkwardRow, { maxLength: 20 }), fc.array(fc.nat(20), { maxLength: 5 }), fc.integer({ min: 1, max: 8 }), fc.nat(7), (some, cuts, batchRows, offset) => {
        const bounds = [0, ...cuts.map((c) => Math.min(c, some.length)).sort((a, b) => a - b), some.length];
        const chunks: Uint8Array[] = [];
        const writer = new ArrowFileWriter(columns, (bytes) => chunks.push(bytes.slice()), batchRows);
        const encoder = new ArrowPieceEncoder(columns);
        for (let i = 1; i < bounds.length; i++) {
          const piece = encoder.encode(some.slice(bounds[i - 1], bounds[i]));
          // As a piece arrives inside a larger buffer (a worker's packed result): at any offset.
          const carried = new Uint8Array(piece.length + offset).subarray(offset);
          carried.set(piece);
          writer.appendPiece(carried, bounds[i] - bounds[i - 1]);
        }
        writer.finish();
        expect(sha256(Buffer.concat(chunks))).toBe(sha256(toArrow(columns, some, batchRows)));
      }),
      { numRuns: 1000, seed: 20261204 },
    );
  });
});

describe('Arrow files of the dataset', () => {
  it('hold exactly the rows of the JSON files, every table', () => {
    for (const table of TABLES) {
      const json = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist/json', `${table.name}.json`), 'utf8')) as Record<string, unknown>[];
      const arrow = tableFromIPC(readFileSync(join(PROJECT_ROOT, 'dist/arrow', `${table.name}.arrow`)));
      expect(arrow.numRows, table.name).toBe(json.length);
      const columns = columnsOf(table);
      json.forEach((row, i) => {
        const got = arrow.get(i)!.toJSON() as Record<string, unknown>;
        for (const c of columns) {
          const value = got[c.name];
          const plain = value !== null && typeof value === 'object' ? [...(value as Iterable<unknown>)] : value;
          expect(plain, `${table.name}[${i}].${c.name}`).toEqual(row[c.name]);
        }
      });
    }
  });
});

describe('DuckDB and Parquet writers', () => {
  it('write the same rows; the Parquet bytes are stable', async () => {
    const dir = tempDir();
    const { instance, connection } = await openDatabase(join(dir, 'test.duckdb'));
    writeFileSync(join(dir, 't.json'), toJson(columns, rows));
    await loadDuckDbTableFromJson(connection, { name: 't', columns, primaryKey: ['id'] }, join(dir, 't.json'));
    await writeParquet(connection, 't', join(dir, 't.parquet'));
    const fromDb = await (await connection.run('SELECT * FROM t')).getRowObjectsJS();
    const fromParquet = await (await connection.run(`SELECT * FROM read_parquet('${join(dir, 't.parquet')}')`)).getRowObjectsJS();
    const meta = await (await connection.run(`SELECT DISTINCT compression FROM parquet_metadata('${join(dir, 't.parquet')}')`)).getRowsJS();
    connection.closeSync();
    instance.closeSync();
    expect(fromDb).toEqual(fromParquet);
    expect(fromDb[1]).toEqual({ id: '=SUM(A1)', n: -2, x: null, ok: false, tags: [], notes: [] });
    expect(meta.flat()).toEqual(['ZSTD']);
    expect(sha256(readFileSync(join(dir, 't.parquet')))).toBe(EXPECTED_PARQUET_SHA256);
  });

  it('export row groups of PARQUET_ROW_GROUP_ROWS rows, not DuckDB\'s default 122,880', async () => {
    // The default held 128 MiB of a large table's text at once, and ran out of memory (parquet.ts).
    const dir = tempDir();
    const { instance, connection } = await openDatabase(join(dir, 'test.duckdb'));
    try {
      await connection.run(`CREATE TABLE big AS SELECT i::INTEGER AS id, repeat('x', 50) AS text FROM range(${2 * PARQUET_ROW_GROUP_ROWS + 1}) t(i)`);
      await writeParquet(connection, 'big', join(dir, 'big.parquet'));
      const groups = await (await connection.run(`SELECT row_group_id, row_group_num_rows FROM parquet_metadata('${join(dir, 'big.parquet')}') GROUP BY ALL ORDER BY 1`)).getRowsJS();
      expect(groups.map(([, rows]) => Number(rows))).toEqual([PARQUET_ROW_GROUP_ROWS, PARQUET_ROW_GROUP_ROWS, 1]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

});

// Recorded from the writers; a change here means the published bytes changed.
const EXPECTED_ARROW_SHA256 = 'd93e4f2ea7d226dc2e67f488cabbdea64fd18e3d82a1dde66c3d5029ba94476a';
const EXPECTED_PARQUET_SHA256 = 'a4312a007ca925aab7477673c048fa2937bae2d4dcb1d7cf44877a71b25d7507';
