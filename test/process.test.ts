// The per-report result as workers send it and the cache keeps it: the report's rows, checked and
// serialised, read back whole; anything else reads as nothing.
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, it, vi } from 'vitest';
import { packResult, processFile, readLabels, readLinks, readPeople, readResult } from '../pipeline/run/process.ts';
import { PER_REPORT_TABLES } from '../pipeline/tables/index.ts';
import { columnsOf } from '../schemas/columns.ts';
import { TABLES } from '../schemas/tables.ts';
import { ArrowFileWriter, toArrow } from '../pipeline/write/arrow.ts';
import { toCsv } from '../pipeline/write/csv.ts';
import { toJson } from '../pipeline/write/json.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { STEPS } from '../pipeline/steps.ts';
import { countries, parseText, readSeed, regions, SEED_FIW, SEED_NIT } from './helpers.ts';

const seeds = [[SEED_FIW, 'fiw/2024/kazakhstan.txt'], [SEED_NIT, 'nit/2024/kazakhstan.txt']] as const;

describe('processed reports', () => {
  it("hold each table's rows as the JSON and CSV writers write them", () => {
    for (const [path, name] of seeds) {
      const result = processFile({ source_file: name, bytes: readFileSync(path) }, null, countries, [], [], regions);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const tables = parseText(readSeed(path), name).tables;
      for (const table of PER_REPORT_TABLES) {
        const piece = result.output!.pieces[table];
        const columns = columnsOf(TABLES.find((t) => t.name === table)!);
        const rows = tables[table];
        expect(piece.rows).toBe(rows.length);
        // A piece is the file without its brackets (JSON) or header (CSV).
        const json = toJson(columns, rows);
        expect(Buffer.from(piece.json).toString('utf8')).toBe(rows.length ? json.slice(2, -3) : '');
        expect(Buffer.from(piece.csv).toString('utf8')).toBe(toCsv(columns, rows).split('\r\n').slice(1).join('\r\n'));
        // And the Arrow buffers of the rows: alone, the table's Arrow file.
        const arrow: Uint8Array[] = [];
        const writer = new ArrowFileWriter(columns, (bytes) => arrow.push(bytes.slice()));
        writer.appendPiece(piece.arrow, piece.rows);
        writer.finish();
        expect(Buffer.concat(arrow).equals(toArrow(columns, rows))).toBe(true);
      }
      expect(result.output!.pieces.events.rows).toBeGreaterThan(10);
    }
  });

  it('read back equal to what was packed, pieces as views of the packed bytes', () => {
    for (const [path, name] of seeds) {
      const result = processFile({ source_file: name, bytes: readFileSync(path) }, null, countries);
      const packed = packResult(result);
      const read = readResult(packed)!;
      const { people, labels, ...output } = result.output!;
      expect({ ...readPeople(read.output!.people), ...readLinks(read.output!.links) }).toEqual(people);
      expect(readLabels(read.output!.labels)).toEqual(labels);
      const { people: p, labels: l, links, ...pieces } = read.output!;
      expect({ ...read, output: pieces }).toEqual({ ...result, output });
      expect(read.output!.pieces.paragraphs.json.buffer).toBe(packed.buffer);
    }
    const rejected = processFile({ source_file: 'fiw/2021/chile.txt', bytes: Buffer.from('nothing') }, null, countries);
    expect(readResult(packResult(rejected))).toEqual(rejected);
  });

  it("publish a report whose Score Change sentence contradicts its printed score, with the printed score and a warning", () => {
    // The text says B2 fell to 1; the printed score is 2 (as in a real report whose sentence says "from 4 to 3" beside a printed 2).
    const text = renderFiw({ country: 'Chile', edition: 2021, scores: { ...uniformScores(3), B2: 2 }, scoreChanges: { B2: { from: 3, to: 1 } } });
    const result = processFile({ source_file: 'fiw/2021/chile.txt', bytes: Buffer.from(text) }, null, countries);
    expect(result.output).not.toBeNull();
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.severity])).toContainEqual(['SCORE_CHANGE_VALUE', 'warning']);
  });

  it('publish an event the text dates after the coverage year, told as done, with a note', () => {
    const text = renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3), keyDevelopments: ['In May, a fictional journalist was detained for two weeks.', 'The fictional supreme court annulled the decree in January 2021.'] });
    const result = processFile({ source_file: 'fiw/2021/chile.txt', bytes: Buffer.from(text) }, null, countries);
    expect(result.output).not.toBeNull();
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.filter((p) => p.code === 'EVENT_AFTER_COVERAGE').map((p) => [p.severity, p.message])).toEqual([['warning', "dated 2021-01, after the report's coverage year 2020"]]);
  });

  it('publish a report the extractor fails on, with its scores and paragraphs, no people or events, and a note', () => {
    // "Chief Justice of Kenya Martha Koome said so." once threw inside the name finder; such a
    // fault of the extractor stops neither the report nor the build.
    const spy = vi.spyOn(STEPS, 'extract').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'end')");
    });
    try {
      const result = processFile({ source_file: 'fiw/2024/kazakhstan.txt', bytes: readFileSync(SEED_FIW) }, null, countries, [], [], regions);
      expect(result.output).not.toBeNull();
      expect(result.output!.pieces.scores.rows).toBeGreaterThan(20);
      expect(result.output!.pieces.paragraphs.rows).toBeGreaterThan(20);
      expect(result.output!.pieces.events.rows).toBe(0);
      expect([result.output!.people.people.length, result.output!.people.mentions.length]).toEqual([0, 0]);
      expect(result.problems.map((p) => [p.code, p.severity, p.field])).toEqual([['EXTRACTION_FAILED', 'warning', 'events']]);
      expect(result.problems[0].message).toContain("reading 'end'");
      expect(result.output!.pieces.notes.rows).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('reject a report whose rows fail a check, with nothing to write', () => {
    const text = renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3), printedTotal: 12 });
    const result = processFile({ source_file: 'fiw/2021/chile.txt', bytes: Buffer.from(text) }, null, countries);
    expect(result.output).toBeNull();
    expect(result.report_id).toBe('fiw-2021-chl');
    expect(result.problems.some((p) => p.code === 'FIW_TOTAL_SUM')).toBe(true);
  });

  it('a damaged or foreign entry reads as nothing, so it is recomputed', () => {
    const result = processFile({ source_file: 'fiw/2024/kazakhstan.txt', bytes: readFileSync(SEED_FIW) }, null, countries);
    const packed = packResult(result);
    expect(readResult(packed.subarray(0, packed.length >> 1))).toBeNull();
    expect(readResult(new TextEncoder().encode('{"not": "a result"}'))).toBeNull();
    expect(readResult(serialize(result))).toBeNull(); // an unmarked result is not an entry
    expect(readResult(Buffer.concat([packed, Buffer.from('x')]))).toBeNull(); // nor one with bytes left over
  });
});
