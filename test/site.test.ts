// The static site built from the committed dataset (dist/, the two seed reports): every page
// type, links that lead somewhere, pages that stand without scripts, the same bytes twice.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, readmeExamples } from '../site/build.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { renderNit } from '../scripts/synthetic.ts';
import { makeRaw, tempDir } from './helpers.ts';

const DIST = join(PROJECT_ROOT, 'dist');

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

describe('site of the seed dataset', async () => {
  const out = join(tempDir('frd-site-'), 'site');
  const result = await buildSite({ dist: DIST, out });
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const pages = filesOf(out).filter((f) => f.endsWith('.html'));

  it('has a page of every type', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'console.html', 'countries/kaz.html', 'reports/fiw-2024-kaz.html', 'reports/nit-2024-kaz.html', 'people/index.html', 'people/karim-masimov.html', 'editions/fiw-2024.html', 'editions/nit-2024.html']),
    );
    expect(result.pages).toBe(pages.length);
    expect(pages.filter((p) => p.startsWith('people/') && !p.includes('index') && !p.includes('by-initial'))).toHaveLength(27);
  });

  it('shows the score card, changes, events, people and text without a script', () => {
    const fiw = read('reports/fiw-2024-kaz.html');
    // A1 is 0, and links to its paragraph; the total is 23 of 100.
    expect(fiw).toMatch(/<th scope="row">A1<\/th><td>Was the current head of government[^<]*<\/td><td class="score"><a href="#fiw-2024-kaz\.A1\.1">0<\/a> <span class="line">line 29<\/span>/);
    expect(fiw).toContain('<dt>Total score</dt><dd>23 / 100</dd>');
    expect(fiw).toContain('<h2 id="events">Events (');
    // Each type says what decided it (events.type_basis): the court's annulment by its verb.
    expect(fiw).toContain('<span class="type t-court_ruling" title="read from the verb “annulled”">Court ruling</span>');
    expect(fiw).toContain('href="../people/qasym-jomart-toqaev.html"');
    // A person named outside the event's own clause (event_people.basis other_clause) is said to be.
    expect(fiw).toMatch(/he had been removed from his post during the violence of January 2022\. <a href="#[^"]+">paragraph<\/a> <span class="who"><a href="\.\.\/people\/karim-masimov\.html">Karim Masimov<\/a> <span class="basis">\(named outside the clause of this event\)<\/span><\/span>/);
    expect(read('people/karim-masimov.html')).toContain('<span class="basis">(named outside the clause of this event)</span>');
    // Once for each such event of the report, and for no other.
    const links: { event_id: string; basis: string }[] = JSON.parse(readFileSync(join(DIST, 'json', 'event_people.json'), 'utf8'));
    const outside = new Set(links.filter((l) => l.basis === 'other_clause' && l.event_id.startsWith('fiw-2024-kaz.')).map((l) => l.event_id));
    expect(outside.size).toBeGreaterThan(0);
    expect(fiw.match(/class="basis"/g)).toHaveLength(outside.size);
    expect(fiw).toContain('id="fiw-2024-kaz.overview.1"');
    const nit = read('reports/nit-2024-kaz.html');
    expect(nit).toMatch(/<th scope="row">Local Democratic Governance<\/th><td class="score">(?:<[^>]+>)?1\.50/);
    expect(nit).toMatch(/Democracy Percentage \(0-100\)<\/th><td class="score">(?:<[^>]+>)?4\.76/);
    // NIT's last-year percentage is printed rounded (5 beside 4.76): no change is claimed for it.
    expect(nit).not.toMatch(/Democracy Percentage: 5 → 4\.76/);
    expect(nit).toContain('Local Democratic Governance: 1.75 → 1.50');
    // Last year's values as the report states them, beside this year's: 1.75 for Local Democratic Governance, 5 (rounded) for the percentage.
    expect(nit).toMatch(/Local Democratic Governance<\/th><td class="score">.*?<\/td><td class="score">1\.75<\/td>/);
    expect(nit).toMatch(/Democracy Percentage \(0-100\)<\/th><td class="score">.*?<\/td><td class="score">5 <span class="line">rounded<\/span><\/td>/);
  });

  it('draws the map and the charts as SVG with titles and text alternatives', () => {
    const home = read('index.html');
    expect(home).toMatch(/<svg viewBox="0 0 960 470" role="group" aria-labelledby="map-title map-desc"/);
    expect(home).toContain('<path class="not-free"');
    expect(home).toContain('<title>Kazakhstan: Not Free, 23/100</title>');
    const country = read('countries/kaz.html');
    expect(country).toContain('<title id="fiw-chart-title">Kazakhstan: Freedom in the World scores by edition</title>');
    expect(country).toContain('<title id="nit-chart-title">Kazakhstan: Nations in Transit Democracy Score by edition</title>');
    expect(country).toContain('<summary>The numbers</summary>');
  });

  it('lists every download with its size and sha256, and cites the release three ways', () => {
    const home = read('index.html');
    const sha = (file: string) => createHash('sha256').update(readFileSync(join(DIST, file))).digest('hex');
    for (const file of ['csv/reports.csv', 'parquet/events.parquet', 'json/people.json', 'arrow/scores.arrow', 'freedom-reports.duckdb']) {
      expect(home).toContain(`<a href="${posix.join(relative(out, DIST).split('\\').join('/'), file)}">${file}</a>`);
      expect(home).toContain(`<code>${sha(file)}</code>`);
    }
    expect(home).toMatch(/<h3>APA<\/h3><p class="cite">Freedom Reports Dataset contributors\. \(\d{4}\)\. Freedom Reports Dataset \(Version \d+\.\d+\.\d+\) \[Data set\]/);
    expect(home).toContain('<h3>BibTeX</h3>');
    expect(home).toContain('cff-version: 1.2.0');
  });

  it('every link inside the site leads to a file of the site', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const m of read(p).matchAll(/(?:href|src)="([^"#?]+)(?:[#?][^"]*)?"/g)) {
        const target = m[1];
        if (/^(?:https?:|data:|mailto:)/.test(target)) continue;
        const file = posix.normalize(posix.join(posix.dirname(p), target));
        if (file.startsWith('..')) continue; // the downloads, beside the site
        try {
          statSync(join(out, file));
        } catch {
          broken.push(`${p} -> ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('finds countries and people in the search index', () => {
    const shard = /^frdSearchShard\("ka",(.*)\);\n$/s.exec(read('assets/search/ka.js'));
    const kz = JSON.parse(shard![1]) as { n: string; u: string }[];
    expect(kz).toEqual(expect.arrayContaining([expect.objectContaining({ n: 'Kazakhstan', u: 'countries/kaz.html' }), expect.objectContaining({ u: 'people/karim-masimov.html' })]));
  });

  it('sorts edition tables by numbers, and offers them as CSV', () => {
    const edition = read('editions/fiw-2024.html');
    expect(edition).toContain('<td class="num" data-value="23">23</td>');
    expect(read('editions/fiw-2024.csv')).toBe('Country,Region,Status,Political Rights,Civil Liberties,Total,report_id\nKazakhstan,Eurasia,Not Free,5,18,23,fiw-2024-kaz\n');
  });

  it("offers the README's queries in the console", () => {
    const examples = readmeExamples(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples[0].title).toBe('Every FIW question of a report, with its wording and score');
    const console = read('console.html');
    for (const e of examples) expect(console).toContain(e.title.replace(/'/g, '&#39;'));
  });

  it('keeps every page but the console under 300 KB with its assets', () => {
    const shared = ['assets/style.css', 'assets/search.js', 'assets/sort.js'].reduce((n, f) => n + statSync(join(out, f)).size, 0);
    const largestShard = Math.max(...filesOf(join(out, 'assets/search')).map((f) => statSync(join(out, 'assets/search', f)).size));
    for (const p of pages.filter((p) => p !== 'console.html')) expect(statSync(join(out, p)).size + shared + largestShard, p).toBeLessThan(300 * 1024);
  });

  it('gives the same bytes for the same dataset', async () => {
    const again = join(tempDir('frd-site-'), 'site');
    await buildSite({ dist: DIST, out: again });
    const a = filesOf(out);
    expect(filesOf(again)).toEqual(a);
    for (const f of a) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });

  it('says what is wrong when the folder is no dataset', async () => {
    await expect(buildSite({ dist: join(PROJECT_ROOT, 'raw'), out: join(tempDir(), 'site') })).rejects.toThrow(/holds no reports\.json .* is it a built dataset\?/);
  });
});

describe('the NIT chart across the 2018 turn of the scale', async () => {
  // Moldova rated alike in 2017 (1 most democratic) and 2022 (7 most democratic).
  const ratings = { national_democratic_governance: 3.5, electoral_process: 4, civil_society: 4.75, independent_media: 3.25, local_democratic_governance: 3.75, judicial_framework_and_independence: 3, corruption: 2.75 };
  const turned = Object.fromEntries(Object.entries(ratings).map(([k, v]) => [k, 8 - v])) as typeof ratings;
  const raw = makeRaw({
    'nit/2017/moldova.txt': renderNit({ country: 'Moldova', edition: 2017, ratings: turned, scale: 1, status: 'Transitional or Hybrid Regime' }),
    'nit/2022/moldova.txt': renderNit({ country: 'Moldova', edition: 2022, ratings }),
  });
  const dist = join(tempDir('frd-site-nit-'), 'dist');
  await runPipeline({ raw, out: dist, cache: null, log: () => {} });
  const out = join(tempDir('frd-site-'), 'site');
  await buildSite({ dist: dist, out });

  it('draws both editions on the current scale and says so, while the report pages print the scores as published', () => {
    const country = readFileSync(join(out, 'countries/mda.html'), 'utf8');
    const numbers = [...country.matchAll(/<tr><th scope="row">(\d{4})<\/th><td>([\d.]+)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    expect(numbers).toEqual([['2017', '3.57'], ['2022', '3.57']]);
    expect(country).toContain('Editions before 2018 rated 1 as most democratic');
    expect(readFileSync(join(out, 'reports/nit-2017-mda.html'), 'utf8')).toMatch(/Democracy Score \(1-7\)<\/th><td class="score">(?:<[^>]+>)?4\.43/);
  });
});
