// Property-based tests (fast-check, fixed seed): real reports mutated every way real copies go
// wrong. The pipeline never crashes or hangs; each input either gives rows that pass every check
// or is rejected with problems that name its file and a line.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTables } from '../pipeline/check/index.ts';
import { extractReport } from '../pipeline/extract/index.ts';
import type { Report } from '../pipeline/parse/report.ts';
import { processFile } from '../pipeline/run/process.ts';
import { buildSharedTables, PER_REPORT_TABLES } from '../pipeline/tables/index.ts';
import type { Tables } from '../schemas/tables.ts';
import { renderFiw, uniformScores, wrapText } from '../scripts/synthetic.ts';
import { countries, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

const RUNS = 1000;
const SEED = 20261124;
const encoder = new TextEncoder();


/** One way a copy goes wrong, as an arbitrary that mutates the lines (or the bytes). */
const mutation = (count: number): fc.Arbitrary<{ name: string; apply: (lines: string[]) => string[] | Uint8Array }> =>
  fc.oneof(
    fc.record({ i: fc.nat(count - 1), n: fc.integer({ min: 1, max: 20 }) }).map(({ i, n }) => ({ name: `delete ${n} lines at ${i}`, apply: (l: string[]) => [...l.slice(0, i), ...l.slice(i + n)] })),
    fc.record({ i: fc.nat(count - 1), n: fc.integer({ min: 1, max: 5 }) }).map(({ i, n }) => ({ name: `duplicate ${n} lines at ${i}`, apply: (l: string[]) => [...l.slice(0, i + n), ...l.slice(i, i + n), ...l.slice(i + n)] })),
    fc.record({ i: fc.nat(count - 1), j: fc.nat(count - 1) }).map(({ i, j }) => ({ name: `swap lines ${i} and ${j}`, apply: (l: string[]) => { const c = [...l]; [c[i], c[j]] = [c[j], c[i]]; return c; } })),
    fc.nat(40000).map((k) => ({ name: `cut at byte ${k}`, apply: (l: string[]) => encoder.encode(l.join('\n')).slice(0, k) })),
    fc.record({ i: fc.nat(count - 1), d: fc.integer({ min: 0, max: 9 }) }).map(({ i, d }) => ({ name: `change digits on line ${i} to ${d}`, apply: (l: string[]) => l.map((x, k) => (k === i ? x.replace(/\d/g, String(d)) : x)) })),
    fc.record({ i: fc.nat(count - 1), c: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085') }).map(({ i, c }) => ({ name: `control ${c.charCodeAt(0)} on line ${i}`, apply: (l: string[]) => l.map((x, k) => (k === i ? `${x.slice(0, 5)}${c}${x.slice(5)}` : x)) })),
    fc.record({ at: fc.nat(40000), b: fc.constantFrom(0xff, 0xc3, 0x80, 0xfe) }).map(({ at, b }) => ({ name: `byte ${b} at ${at}`, apply: (l: string[]) => { const bytes = encoder.encode(l.join('\n')); const k = Math.min(at, bytes.length); return new Uint8Array([...bytes.slice(0, k), b, ...bytes.slice(k)]); } })),
    fc.constant({ name: 'BOM', apply: (l: string[]) => ['\uFEFF' + l[0], ...l.slice(1)] }),
    fc.constant({ name: 'CRLF', apply: (l: string[]) => encoder.encode(l.join('\r\n')) }),
    fc.record({ i: fc.nat(count - 1), c: fc.constantFrom('\u200B', '\u00A0', '\u202F', '\uFEFF', '\u2060') }).map(({ i, c }) => ({ name: `space ${c.charCodeAt(0)} in line ${i}`, apply: (l: string[]) => l.map((x, k) => (k === i ? x.split(' ').join(c) : x)) })),
    fc.record({ i: fc.nat(count - 1), n: fc.integer({ min: 1000, max: 200000 }) }).map(({ i, n }) => ({ name: `line ${i} of ${n} characters`, apply: (l: string[]) => l.map((x, k) => (k === i ? `${x} ${'9.00'.repeat(n / 4)}` : x)) })),
    fc.integer({ min: 20, max: 120 }).map((width) => ({ name: `wrapped at ${width}`, apply: (l: string[]) => wrapText(l.map((x) => x ?? '').join('\n'), width).split('\n') })),
    fc.constant({ name: 'empty', apply: () => new Uint8Array() }),
  );

function runOne(text: string, file: string, mutations: { apply: (lines: string[]) => string[] | Uint8Array }[]) {
  let current: string[] | Uint8Array = text.split('\n');
  for (const m of mutations) {
    const lines: string[] = current instanceof Uint8Array ? new TextDecoder().decode(current).split('\n') : current;
    current = m.apply(lines);
  }
  const bytes = current instanceof Uint8Array ? current : encoder.encode(current.join('\n'));
  const started = performance.now();
  const processed = processFile({ source_file: file, bytes }, null, countries);
  const errors = processed.problems.filter((p) => p.severity === 'error');
  const output = processed.output;
  if (output) {
    // The rows as the files will hold them, read back from the pieces, checked again.
    const tables: Tables = buildSharedTables([{ people: output.people, labels: output.labels }], []);
    for (const name of PER_REPORT_TABLES) tables[name] = JSON.parse(`[${Buffer.from(output.pieces[name].json).toString('utf8')}]`);
    errors.push(...checkTables(tables).filter((p) => p.severity === 'error'));
  }
  const elapsed = performance.now() - started;
  return { processed, errors, elapsed };
}

// The seeds, and a report in the website's layout (tagged headings, glued scores, a negative Add Q),
// which builds without a problem as it is.
const websiteReport = () => renderFiw({ country: 'Bolivia', edition: 2021, layout: 'website', scores: { ...uniformScores(2), A1: 3, B2: 0, D4: 1, G3: 4 }, addQ: -1, paragraphsPerQuestion: 2 });
describe.each([
  ['FIW seed', () => readSeed(SEED_FIW), 'fiw/2024/kazakhstan.txt'],
  ['NIT seed', () => readSeed(SEED_NIT), 'nit/2024/kazakhstan.txt'],
  ['FIW website layout', websiteReport, 'fiw/2021/bolivia.txt'],
])('%s, mutated', (_name, read, file) => {
  const text = read();
  const count = text.split('\n').length;
  // The time limit is for a hang on a mutated copy: the first report's loading (word lists, compiled code) is done before.
  beforeAll(() => {
    runOne(text, file, []);
  });

  it(`never crashes or hangs; accepts only rows that pass every check, rejects with file and line (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(mutation(count), { minLength: 1, maxLength: 3 }), (mutations) => {
        const { processed, errors, elapsed } = runOne(text, file, mutations);
        expect(elapsed).toBeLessThan(2000);
        if (errors.length === 0) {
          expect(processed.output).not.toBeNull();
          return;
        }
        expect(processed.output).toBeNull();
        for (const p of errors) {
          expect(p.file, p.code).toBe(file);
          expect(Number.isInteger(p.line) && p.line! >= 1, `${p.code} has no line`).toBe(true);
          expect(p.code).toMatch(/^[A-Z0-9_]+$/);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 300_000);
});

// The words reports are made of, in any order: dates and relative dates, titles and their fields,
// names of many cultures with their particles, verbs of every type, quotes, dashes and bullets.
// "Chief Justice of Kenya Martha Koome said so." once threw in the name finder and stopped the build.
const WORDS = ['In March,', 'in 2019', 'on July 25, 2021,', 'that same month', 'the next day', 'Two days later,', 'in late 2020', 'the January 6 attack', 'since February 2020', 'in detention since', 'four years after', 'the May 2020 killing of', 'a 2017 law', 'that July',
  'President', 'Prime Minister', 'Chief Justice of', 'Mayor of', 'Minister of', 'Head of the', 'the head of the', 'former', 'opposition leader', 'journalist', 'rapporteur', 'GKNB', '(GKNB),', 'Kenya', 'Jordan', 'Sierra Leone', 'Kyiv', 'Labor and', 'Social Protection',
  'Kaïs Saïed', 'Saïed', 'Recep Tayyip Erdoğan', 'Luiz Inácio Lula da Silva', 'Aung San Suu Kyi', 'Mohammed VI’s', 'Qaboos bin Said', 'Jean-Pierre Bemba', 'Martha', 'Koome', 'Vitali', 'Klitschko', 'Kamchybek Tashiev', 'Toqaev’s', 'Lee Hsien Loong', 'Theresa May', 'Abu', 'Umm', 'Abiy', 'Ahmed', 'Ali', 'al-', 'bin', 'de', 'la', 'dos', 'Jr.', 'J.', 'III',
  'was arrested', 'was sentenced to five years', 'was released', 'resigned', 'voted to impeach', 'became prime minister', 'announced', 'banned', 'dissolved', 'was killed', 'won 62 seats', 'was charged with', 'of the FDC', 'of the Patriotic Front', 'daughter', 'late', 'parent', 'party',
  'He', 'she', 'his', 'who', 'which', 'that', 'that had banned', 'and', ', and', 'after', 'following', 'the', 'a', 'of', ',', ';', '.', '—', '(', ')', '“', '”', '’s', '•', '\n', 'Score Change:', 'Decree 2016/007', '50 percent'];

describe('extraction over any arrangement of the words reports are made of', () => {
  it('never throws, and dates every event as a year, a month or a day', () => {
    const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (texts) => {
        const report = { report_id: 'fiw-2022-xyz', edition: 2022, paragraphs: texts.map((text, i) => ({ section: 'A1', ordinal: i + 1, indicator: 'A1', text, footnotes: [], line: i + 1 })) } as unknown as Report;
        for (const e of extractReport(report).events) expect(e.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  }, 300_000);
});
