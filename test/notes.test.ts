// The notes table: a report the source contradicts is published, with the contradiction as a note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/run/build.ts';
import { validateDist } from '../pipeline/publish/validate.ts';
import { renderFiw, uniformScores } from '../scripts/synthetic.ts';
import { makeRaw, tempDir } from './helpers.ts';

describe('notes', { timeout: 60_000 }, () => {
  it("publish a report whose Score Change sentence contradicts its printed score, with the printed score and a note users can query", async () => {
    // The sentence says B2 fell to 1; the printed score is 2.
    const text = renderFiw({ country: 'Chile', edition: 2021, scores: { ...uniformScores(3), B2: 2 }, scoreChanges: { B2: { from: 3, to: 1 } } });
    const raw = makeRaw({ 'fiw/2021/chile.txt': text, 'fiw/2021/peru.txt': renderFiw({ country: 'Peru', edition: 2021, scores: uniformScores(2) }) });
    const out = join(tempDir(), 'dist');
    const result = await runPipeline({ raw, out, cache: null, workers: 0 });
    expect(result.rejected).toEqual([]);
    const read = (table: string) => JSON.parse(readFileSync(join(out, 'json', `${table}.json`), 'utf8'));
    expect(read('scores').find((s: { report_id: string; indicator_id: string }) => s.report_id === 'fiw-2021-chl' && s.indicator_id === 'fiw.B2').value).toBe(2);
    const line = text.split('\n').findIndex((l) => /^Score Change/.test(l)) + 1;
    expect(read('notes')).toEqual([
      { report_id: 'fiw-2021-chl', note: 1, severity: 'warning', code: 'SCORE_CHANGE_VALUE', field: 'scores.value', message: 'the text says B2 changed to 1, the score is 2: the report is published with its printed score', source_line: line },
    ]);
    expect(readFileSync(join(out, 'csv', 'notes.csv'), 'utf8').split('\r\n')[0]).toBe('report_id,note,severity,code,field,message,source_line');
    expect(await validateDist(out)).toEqual([]);
  });
});

describe('acknowledged.csv', { timeout: 60_000 }, () => {
  it('publishes a report whose error a maintainer acknowledged, with the error as a note giving the reason; others still stop the build', async () => {
    // Printed totals that do not add up: an error, unless acknowledged.
    const text = renderFiw({ country: 'Chile', edition: 2021, scores: uniformScores(3), printedTotal: 12 });
    const files = { 'fiw/2021/chile.txt': text, 'fiw/2021/peru.txt': renderFiw({ country: 'Peru', edition: 2021, scores: uniformScores(2) }) };
    const refused = await runPipeline({ raw: makeRaw(files), out: join(tempDir(), 'dist'), cache: null, workers: 0, keepGoing: true });
    const error = refused.rejected.flatMap((r) => r.problems).find((p) => p.code === 'FIW_TOTAL_SUM')!;
    expect(error).toMatchObject({ file: 'fiw/2021/chile.txt', severity: 'error' });
    await expect(runPipeline({ raw: makeRaw(files), out: join(tempDir(), 'dist'), cache: null, workers: 0 })).rejects.toThrow(/FIW_TOTAL_SUM/);

    const reason = 'checked against the PDF: Freedom House printed 12';
    const acknowledged = `file,code,line,reason\nfiw/2021/chile.txt,FIW_TOTAL_SUM,${error.line},${reason}\n`;
    const out = join(tempDir(), 'dist');
    const result = await runPipeline({ raw: makeRaw({ ...files, 'acknowledged.csv': acknowledged }), out, cache: null, workers: 0 });
    expect(result.rejected).toEqual([]);
    const notes = JSON.parse(readFileSync(join(out, 'json', 'notes.json'), 'utf8'));
    expect(notes).toContainEqual(expect.objectContaining({ report_id: 'fiw-2021-chl', code: 'FIW_TOTAL_SUM', severity: 'warning', source_line: error.line, message: `${error.message} (acknowledged: ${reason})` }));
  });

  it('refuses a row without a reason, naming the file and line', async () => {
    const raw = makeRaw({ 'fiw/2021/peru.txt': renderFiw({ country: 'Peru', edition: 2021, scores: uniformScores(2) }), 'acknowledged.csv': 'file,code,line,reason\nfiw/2021/peru.txt,FIW_TOTAL_SUM,4,\n' });
    await expect(runPipeline({ raw, out: join(tempDir(), 'dist'), cache: null, workers: 0 })).rejects.toThrow(/acknowledged\.csv:2: ACKNOWLEDGED_INCOMPLETE \[reason\]/);
  });
});
