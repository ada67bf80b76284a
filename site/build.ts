// Builds the static site of a built dataset: plain HTML, CSS and SVG, a little JavaScript for
// search, sorting and the SQL console. Written to a temporary folder and renamed into place.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { build as esbuild } from 'esbuild';
import { fileId, unaccented } from './html.ts';
import { group, loadDataset, type Mention, type Paragraph, type Score } from './load.ts';
import { consolePage, countryPage, editionPage, editionTable, homePage, peopleIndexPages, personPage, reportPage, type Index } from './pages.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const require = createRequire(import.meta.url);

export interface SiteOptions {
  /** The built dataset: dist/ or a release folder. */
  dist: string;
  out: string;
  /** Where downloads link to (a release's download URL); default: the files themselves, relative to the site. */
  downloadsBase?: string;
  log?: (message: string) => void;
}

export interface SiteResult {
  pages: number;
  bytes: number;
  files: string[];
}

/** The README's example queries, each with the sentence that introduces it. */
export function readmeExamples(readme: string): { title: string; sql: string }[] {
  const out: { title: string; sql: string }[] = [];
  const re = /([^\n]+(?:\n[^\n`#]+)*)\n\n```sql\n([\s\S]*?)```/g;
  for (const m of readme.matchAll(re)) out.push({ title: m[1].replace(/\s+/g, ' ').replace(/[:.]\s*$/, '').trim(), sql: m[2].trim() });
  return out;
}

function indexOf(data: ReturnType<typeof loadDataset>, downloadHref: (name: string) => string): Index {
  const byReportOrder = (a: { report_id: string }, b: { report_id: string }) => a.report_id.localeCompare(b.report_id);
  const reports = [...data.reports].sort(byReportOrder);
  const eventsById = new Map(data.events.map((e) => [e.event_id, e]));
  const peopleOfEvent = group(data.eventPeople, (l) => l.event_id);
  const eventsOfPerson = new Map([...group(data.eventPeople, (l) => l.person_id)].map(([id, links]) => [id, links.flatMap((l) => eventsById.get(l.event_id) ?? [])]));
  const editions = [...group(reports, (r) => `${r.publication} ${r.edition}`).values()]
    .map((rs) => ({ publication: rs[0].publication, edition: rs[0].edition, reports: rs }))
    .sort((a, b) => a.publication.localeCompare(b.publication) || b.edition - a.edition);
  const byCountry = group(reports, (r) => r.country_code);
  for (const rs of byCountry.values()) rs.sort((a, b) => a.edition - b.edition || a.publication.localeCompare(b.publication));
  const paragraphOrder = (a: Paragraph, b: Paragraph) => a.source_line - b.source_line || a.paragraph_id.localeCompare(b.paragraph_id);
  const paragraphsByReport = group(data.paragraphs, (p) => p.report_id);
  for (const ps of paragraphsByReport.values()) ps.sort(paragraphOrder);
  const mentionOrder = (a: Mention, b: Mention) => a.mention_id.localeCompare(b.mention_id);
  return {
    data,
    reportsById: new Map(reports.map((r) => [r.report_id, r])),
    reportsByCountry: byCountry,
    scoresByReport: group(data.scores, (s: Score) => s.report_id),
    paragraphsByReport,
    eventsByReport: group(data.events, (e) => e.report_id),
    mentionsByReport: group([...data.mentions].sort(mentionOrder), (m) => m.report_id),
    mentionsByPerson: group([...data.mentions].sort(mentionOrder), (m) => m.person_id),
    peopleById: new Map(data.people.map((p) => [p.person_id, p])),
    peopleOfEvent: new Map([...peopleOfEvent].map(([k, v]) => [k, v.map((l) => l.person_id).sort()])),
    linkBasisOfEvent: new Map(data.eventPeople.flatMap((l) => (l.basis ? [[l.event_id, l.basis] as const] : []))),
    eventsOfPerson,
    notesByReport: group(data.notes, (n) => n.report_id),
    paragraphsById: new Map(data.paragraphs.map((p) => [p.paragraph_id, p])),
    indicators: new Map(data.indicators.map((i) => [i.indicator_id, i])),
    editions,
    examples: existsSync(join(ROOT, 'README.md')) ? readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8')) : [],
    downloadHref,
  };
}

type SearchEntry = { n: string; k: 'country' | 'person'; u: string; d: string };

/** A name folded as the search folds it: no accents, lower case, words. */
export const searchWords = (s: string) => unaccented(s).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const shardOf = (word: string) => (/^[a-z0-9]{2}/.test(word) ? word.slice(0, 2) : '_');

/**
 * The search index in shards by the first two characters of each word of a name: a query fetches the
 * shard of its first word only, so no page loads more than a slice of a large collection's names.
 */
function searchShards(entries: SearchEntry[]): Map<string, SearchEntry[]> {
  const placed = entries.flatMap((e) => [...new Set(searchWords(e.n).map(shardOf))].map((shard) => ({ shard, e })));
  return new Map([...group(placed, (p) => p.shard)].sort(([a], [b]) => a.localeCompare(b)).map(([shard, ps]) => [shard, ps.map((p) => p.e)]));
}

/** What the search looks in: every country and every person, with where each leads. */
function searchIndex(ix: Index): SearchEntry[] {
  const countries = [...ix.reportsByCountry.entries()].map(([code, rs]) => ({ n: rs.at(-1)!.country, k: 'country' as const, u: `countries/${fileId(code.toLowerCase())}.html`, d: `${rs.length} report${rs.length === 1 ? '' : 's'}` }));
  const people = ix.data.people.map((p) => ({
    n: [p.name, ...p.spellings.filter((s) => s !== p.name)].join(' · '),
    k: 'person' as const,
    u: `people/${fileId(p.person_id)}.html`,
    d: p.roles[0] ? (p.roles[0].length > 60 ? `${p.roles[0].slice(0, 59)}…` : p.roles[0]) : `${p.mentions} mention${p.mentions === 1 ? '' : 's'}`,
  }));
  return [...countries, ...people].sort((a, b) => a.n.localeCompare(b.n) || a.u.localeCompare(b.u));
}

export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const log = options.log ?? (() => {});
  const dist = resolve(options.dist);
  const out = resolve(options.out);
  const data = loadDataset(dist, join(ROOT, 'CITATION.cff'));
  const toPosix = (p: string) => p.split(sep).join('/');
  const downloadHref = (name: string) => (options.downloadsBase ? `${options.downloadsBase.replace(/\/?$/, '/')}${toPosix(name).replace(/\//g, '-')}` : toPosix(relative(out, join(dist, name))));
  const ix = indexOf(data, downloadHref);
  const staging = `${out}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const files: string[] = [];
  let bytes = 0;
  let pages = 0;
  const write = (path: string, content: string | Uint8Array) => {
    const file = join(staging, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    files.push(path);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    if (path.endsWith('.html')) pages++;
  };
  const copy = (from: string, path: string) => {
    const file = join(staging, path);
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(from, file);
    files.push(path);
  };
  try {
    write('index.html', homePage(ix));
    for (const code of [...ix.reportsByCountry.keys()].sort()) write(`countries/${fileId(code.toLowerCase())}.html`, countryPage(ix, code));
    for (const id of [...ix.reportsById.keys()].sort()) write(`reports/${fileId(id)}.html`, reportPage(ix, id));
    for (const id of [...ix.peopleById.keys()].sort()) write(`people/${fileId(id)}.html`, personPage(ix, id));
    for (const [file, html] of peopleIndexPages(ix)) write(file, html);
    for (const e of ix.editions) {
      const table = editionTable(ix, e.publication, e.reports);
      const csvName = `${e.publication}-${e.edition}.csv`;
      write(`editions/${csvName}`, stringify([table.columns, ...table.rows.map((r) => r.map((c) => (c === null ? '' : c)))]));
      write(`editions/${e.publication}-${e.edition}.html`, editionPage(e.publication, e.edition, table, csvName));
    }
    // The console loads each table as an Arrow IPC stream: DuckDB-Wasm reads those without an
    // extension, while Parquet needs one fetched from extensions.duckdb.org, which an offline site cannot.
    const tables = [...data.arrow.keys()];
    write('console.html', consolePage(ix, tables));
    for (const [table, file] of data.arrow) write(`data/${table}.arrows`, tableToIPC(tableFromIPC(readFileSync(file)), 'stream'));
    // Each shard is a script that hands its entries to the search: scripts load from file:// too,
    // so the search works on a site opened from the disk, where fetch() is refused.
    for (const [shard, entries] of searchShards(searchIndex(ix))) write(`assets/search/${shard}.js`, `frdSearchShard(${JSON.stringify(shard)},${JSON.stringify(entries).replace(/</g, '\\u003c')});\n`);
    write('assets/style.css', readFileSync(join(HERE, 'style.css'), 'utf8'));
    for (const script of ['search', 'sort']) write(`assets/${script}.js`, readFileSync(join(HERE, 'client', `${script}.js`), 'utf8'));
    // The console's script holds DuckDB's browser API and Arrow; the engine itself (worker and
    // WebAssembly) is copied beside it and loaded only by that page.
    const bundle = await esbuild({ entryPoints: [join(HERE, 'client', 'console.ts')], bundle: true, format: 'iife', minify: true, write: false, target: 'es2020', legalComments: 'none', logLevel: 'silent' });
    write('assets/console.js', bundle.outputFiles[0].contents);
    const engine = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
    for (const f of ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js']) copy(join(engine, f), `assets/duckdb/${f}`);
    rmSync(out, { recursive: true, force: true });
    renameSync(staging, out);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  log(`site: ${pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MB of pages and assets written (the console's DuckDB engine copied beside them) into ${out}`);
  return { pages, bytes, files: files.sort() };
}
