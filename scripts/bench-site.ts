// The site's benchmark: builds a generated corpus into a dataset, then times the static site of
// it (the median of three builds) and prints pages, sizes and the heaviest page with its assets.
//   npm run bench:site [-- --reports N]
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../pipeline/run/build.ts';
import { buildSite } from '../site/build.ts';
import { writeCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run bench:site -- [--reports N] [--runs N]
Builds a generated corpus into a dataset, then builds its static site and prints the time (the
median of the runs), pages, sizes and the heaviest page with the assets it loads.
  --reports N   reports in the corpus (default: 1000)
  --runs N      site builds; the median is reported (default: 3)
example: npm run bench:site -- --reports 1000`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'frd-bench-site-'));
const say = (m: string) => process.stderr.write(`${m}\n`);
try {
  const raw = join(work, 'raw');
  const dist = join(work, 'dist');
  say(`generating ${values.reports} reports and building their dataset...`);
  writeCorpus({ reports: Number(values.reports), out: raw, seed: 1, broken: 0 });
  const built = await runPipeline({ raw, out: dist, keepGoing: true, cache: null });
  const times: number[] = [];
  let result: Awaited<ReturnType<typeof buildSite>> | null = null;
  for (let i = 0; i < Math.max(1, Number(values.runs)); i++) {
    const started = performance.now();
    result = await buildSite({ dist, out: join(work, 'site') });
    times.push(performance.now() - started);
    say(`site build ${i + 1}: ${(times[i] / 1000).toFixed(2)} s`);
  }
  const site = join(work, 'site');
  const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  const size = (f: string) => statSync(f).size;
  const shared = ['assets/style.css', 'assets/search.js', 'assets/sort.js'].reduce((n, f) => n + size(join(site, f)), 0);
  const shards = files.filter((f) => f.includes(`${join('assets', 'search')}`));
  const largestShard = Math.max(...shards.map(size));
  const pages = files.filter((f) => f.endsWith('.html') && !f.endsWith('console.html')).sort((a, b) => size(b) - size(a));
  const engine = files.filter((f) => f.includes(join('assets', 'duckdb')) || f.includes(`${join(site, 'data')}`)).reduce((n, f) => n + size(f), 0);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  times.sort((a, b) => a - b);
  console.log(`reports: ${built.rowCounts.reports} (${values.reports} generated)`);
  console.log(`site build: ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s median of ${times.length} (${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s)`);
  console.log(`pages: ${result!.pages}; files: ${files.length}; ${mb(files.reduce((n, f) => n + size(f), 0))} in all, of which ${mb(engine)} the console's engine and tables`);
  console.log(`heaviest page: ${relative(site, pages[0])} ${kb(size(pages[0]))}, with the stylesheet, scripts and the largest search shard ${kb(size(pages[0]) + shared + largestShard)} (limit 300 KB)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
