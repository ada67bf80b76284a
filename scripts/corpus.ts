// A seeded, deterministic corpus of realistic FIW and NIT reports for benchmarks and robustness
// tests: the structure and text of the seed reports recombined for many countries and editions,
// with scores that pass every check, both FIW layouts, some copies wrapped at a fixed width, and
// some reports broken on purpose.
//   npm run corpus -- --reports N --out DIR [--seed S] [--broken FRACTION]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import countries from 'i18n-iso-countries';
import { FIW_QUESTION_CODES, NIT_CATEGORIES } from '../pipeline/parse/methodology.ts';
import { ingestFile } from '../pipeline/ingest/document.ts';
import { parseDocument } from '../pipeline/parse/index.ts';
import type { Report } from '../pipeline/parse/report.ts';
import { listRawFiles } from '../pipeline/ingest/files.ts';
import { loadCountries } from '../pipeline/ingest/folder.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { renderFiw, renderNit, fiwTotals, wrapText } from './synthetic.ts';

/** mulberry32: a small seeded generator, so the same seed gives the same corpus. */
/** The share of reports whose copy is wrapped at a fixed width (60 to 100 characters). */
const WRAPPED_SHARE = 0.05;

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pools {
  fiw: Report;
  nit: Report;
}

function loadSeeds(raw: string): Pools {
  const resolver = loadCountries(raw);
  const reports: Report[] = [];
  for (const file of listRawFiles(raw)) {
    const { document } = ingestFile({ source_file: file, bytes: readFileSync(join(raw, file)) }, null, resolver);
    if (document) reports.push(parseDocument(document, resolver).report!);
  }
  const fiw = reports.find((r) => r.publication === 'fiw');
  const nit = reports.find((r) => r.publication === 'nit');
  if (!fiw || !nit) throw new Error(`${raw} needs one FIW and one NIT report to recombine`);
  return { fiw, nit };
}

const slugOf = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export interface CorpusOptions {
  reports: number;
  out: string;
  seed?: number;
  broken?: number;
  raw?: string;
}

export interface CorpusFile {
  path: string;
  bytes: Uint8Array;
  broken: string | null;
}

/** The corpus as files (path relative to the raw folder), without writing them. */
export function* generateCorpus(options: Omit<CorpusOptions, 'out'>): Generator<CorpusFile> {
  const rand = random(options.seed ?? 1);
  const wrapRand = random((options.seed ?? 1) + 0x5bd1e995);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const pools = loadSeeds(options.raw ?? join(PROJECT_ROOT, 'raw'));
  const names = Object.values(countries.getNames('en', { select: 'official' })).sort();
  const combos: [string, number, string][] = [];
  for (const pub of ['fiw', 'nit']) for (let edition = 2013; edition <= 2025; edition++) for (const name of names) combos.push([pub, edition, name]);
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  if (options.reports > combos.length) throw new Error(`at most ${combos.length} distinct reports`);

  for (const [pub, edition, country] of combos.slice(0, options.reports)) {
    const seed = pub === 'fiw' ? pools.fiw : pools.nit;
    const shift = edition - seed.edition;
    // The seed's country and years become the new report's.
    const adapt = (text: string) => text.split(seed.country).join(country).replace(/\b(19[89]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + shift));
    const paragraphsOf = (section: string) => seed.paragraphs.filter((p) => p.section === section).map((p) => adapt(p.text));
    // About as many paragraphs as the seed gives the section (one fewer to one more; the one more
    // is borrowed from `spare`, when it gives any), so that reports are seed-sized on average:
    // the 5,000 reports are about 150 MB.
    const around = (own: string[], spare: () => string[]) => {
      const n = Math.max(1, own.length + Math.floor(rand() * 3) - 1);
      const start = Math.floor(rand() * own.length);
      return [...own.slice(start), ...own.slice(0, start), ...spare()].slice(0, n);
    };
    const fiwSpare = () => paragraphsOf(pick(FIW_QUESTION_CODES));
    let text: string;
    if (pub === 'fiw') {
      const scores = Object.fromEntries(FIW_QUESTION_CODES.map((c) => [c, Math.floor(rand() * 5)]));
      const labels = new Map(seed.scores.map((s) => [s.code, s.label ?? '']));
      const spec = {
        country,
        edition,
        scores,
        layout: rand() < 0.3 ? ('website' as const) : ('print' as const),
        titleCase: rand() < 0.3,
        noSlash: rand() < 0.1,
        addQ: rand() < 0.05 ? -1 - Math.floor(rand() * 4) : undefined,
        overview: adapt(paragraphsOf('overview')[0] ?? ''),
        keyDevelopments: around(paragraphsOf('key_developments'), () => []),
        narrative: (code: string) => around(paragraphsOf(code).length ? paragraphsOf(code) : fiwSpare(), fiwSpare),
        questionLabel: (code: string) => labels.get(code) || `Question ${code}?`,
      };
      const totals = fiwTotals(spec);
      text = renderFiw({ ...spec, previousTotal: Math.max(0, totals.total + Math.floor(rand() * 5) - 2) });
    } else {
      const ratings = Object.fromEntries(NIT_CATEGORIES.map((c) => [c.slug, 1 + Math.floor(rand() * 25) / 4]));
      const mean = NIT_CATEGORIES.reduce((a, c) => a + ratings[c.slug], 0) / NIT_CATEGORIES.length;
      const status = mean > 5 ? 'Consolidated Democracy' : mean > 4 ? 'Semi-Consolidated Democracy' : mean > 3 ? 'Transitional or Hybrid Regime' : mean > 2 ? 'Semi-Consolidated Authoritarian Regime' : 'Consolidated Authoritarian Regime';
      const scale = edition >= 2018 ? 7 : 1;
      const adjusted = scale === 7 ? status : 'Transitional or Hybrid Regime';
      text = renderNit({
        country,
        edition,
        ratings,
        status: adjusted,
        scale: scale as 7 | 1,
        authors: [pick(['Anonymous', 'A. Researcher', 'Independent Analyst'])],
        summary: around(paragraphsOf('executive_summary'), () => []),
        bullets: (slug: string) => around(paragraphsOf(slug), () => paragraphsOf(pick(NIT_CATEGORIES).slug)),
      });
    }
    // From a stream of its own, so that adding the variant left every other report as it was.
    if (wrapRand() < WRAPPED_SHARE) text = wrapText(text, 60 + Math.floor(wrapRand() * 41));
    let bytes: Uint8Array = new TextEncoder().encode(rand() < 0.05 ? text.replace(/\n/g, '\r\n') : text);
    let broken: string | null = null;
    if (rand() < (options.broken ?? 0.01)) {
      broken = pick(['truncated', 'invalid-utf8', 'empty', 'wrong-total']);
      if (broken === 'truncated') bytes = bytes.slice(0, Math.floor(bytes.length * (0.1 + rand() * 0.5)));
      else if (broken === 'invalid-utf8') bytes = new Uint8Array([...bytes.slice(0, 2000), 0xff, 0xfe, ...bytes.slice(2000)]);
      else if (broken === 'empty') bytes = new Uint8Array();
      else bytes = new TextEncoder().encode(text.replace(/^(Political Rights|PR Political Rights) (-?\d+)/m, (_m, label, n) => `${label} ${Number(n) + 1}`));
    }
    yield { path: `${pub}/${edition}/${slugOf(country)}.txt`, bytes, broken };
  }
}

export function writeCorpus(options: CorpusOptions): { files: number; bytes: number; broken: number } {
  rmSync(options.out, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  let broken = 0;
  for (const file of generateCorpus(options)) {
    mkdirSync(dirname(join(options.out, file.path)), { recursive: true });
    writeFileSync(join(options.out, file.path), file.bytes);
    files++;
    bytes += file.bytes.length;
    if (file.broken) broken++;
  }
  return { files, bytes, broken };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({ options: { reports: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, broken: { type: 'string', default: '0.01' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(`npm run corpus -- --out DIR [--reports N] [--seed S] [--broken FRACTION]
Writes a seeded, deterministic corpus of generated FIW and NIT reports (for benchmarks and tests).
  --out DIR          the raw folder to write
  --reports N        how many reports (default: 100)
  --seed S           the seed: the same seed gives the same corpus (default: 1)
  --broken FRACTION  share of reports broken on purpose (default: 0.01)
example: npm run corpus -- --out /tmp/corpus --reports 500`);
    process.exit(0);
  }
  if (!values.out) {
    process.stderr.write('usage: npm run corpus -- --reports N --out DIR [--seed S] [--broken FRACTION]\n');
    process.exit(2);
  }
  const result = writeCorpus({ reports: Number(values.reports), out: values.out, seed: Number(values.seed), broken: Number(values.broken) });
  console.log(`wrote ${result.files} reports (${(result.bytes / 1e6).toFixed(1)} MB, ${result.broken} broken on purpose) to ${values.out}`);
}
