// The site as a person sees it, in headless Chromium (Debian's chromium, driven by playwright-core):
// built from the seeds and the development corpus in both layouts, every page type loads without
// console errors or failed requests, passes axe-core without serious or critical violations,
// and is photographed into artifacts/screenshots; the search and the SQL console work.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { runPipeline } from '../pipeline/run/build.ts';
import { buildSite } from '../site/build.ts';
import { tempDir } from './helpers.ts';
import { serve } from './static-server.ts';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHARED = join(PROJECT_ROOT, '..', 'shared', 'corpus');
const SCREENSHOTS = join(PROJECT_ROOT, 'artifacts', 'screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// CI installs Chromium: there a missing browser is a failure, elsewhere a skip.
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

/** A dataset folder built from raw/ plus, when ../shared is beside the project, one corpus layout. */
async function dataset(layout: 'dev' | 'dev-website' | null): Promise<string> {
  // The two layouts hold the same reports (one report id each), so each gets its own site.
  const raw = join(tempDir('frd-site-raw-'), 'raw');
  cpSync(join(PROJECT_ROOT, 'raw'), raw, { recursive: true, filter: (f) => !f.endsWith('sources.csv') });
  if (layout) cpSync(join(SHARED, layout, 'raw'), raw, { recursive: true });
  const out = join(tempDir('frd-site-dist-'), 'dist');
  await runPipeline({ raw, out, cache: null, log: () => {} });
  return out;
}

const layouts = existsSync(SHARED) ? (['dev', 'dev-website'] as const) : ([null] as const);

describe.skipIf(!haveBrowser)('the site in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Opens a page and collects what went wrong on it. */
  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors };
  }

  async function axe(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(async () => (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] }));
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }

  for (const layout of layouts) {
    describe(`built from raw/${layout ? ` and ../shared/corpus/${layout}` : ''}`, () => {
      let site: string;
      let server: Awaited<ReturnType<typeof serve>>;
      let reports: { report_id: string; country: string; country_code: string; publication: string; edition: number }[];
      let people: { person_id: string; name: string }[];
      beforeAll(async () => {
        const dist = await dataset(layout);
        site = join(tempDir('frd-site-'), 'site');
        await buildSite({ dist, out: site });
        reports = JSON.parse(readFileSync(join(dist, 'json', 'reports.json'), 'utf8'));
        people = JSON.parse(readFileSync(join(dist, 'json', 'people.json'), 'utf8'));
        server = await serve(site);
      }, 180_000);
      afterAll(async () => server?.close());

      const tag = layout ?? 'seeds';
      const pageTypes = () => {
        const fiw = reports.find((r) => r.publication === 'fiw' && r.country_code !== 'KAZ') ?? reports[0];
        const person = [...people].sort((a, b) => a.person_id.localeCompare(b.person_id))[0];
        return [
          ['home', 'index.html'],
          ['country', `countries/${fiw.country_code.toLowerCase()}.html`],
          ['report', `reports/${fiw.report_id}.html`],
          ['report-nit', 'reports/nit-2024-kaz.html'],
          ['person', `people/${person.person_id}.html`],
          ['people', 'people/index.html'],
          ['edition', `editions/fiw-${fiw.edition}.html`],
        ].filter(([kind]) => kind !== 'report-nit' || reports.some((r) => r.report_id === 'nit-2024-kaz'));
      };

      it('loads every page type without errors, accessibly, and photographs it', async () => {
        for (const [kind, path] of pageTypes()) {
          const { page, errors } = await open(server.url + path);
          expect(errors, path).toEqual([]);
          expect(await axe(page), path).toEqual([]);
          if (kind === 'home') expect(await page.locator('figure.map svg path').count()).toBeGreaterThan(100);
          if (kind === 'country') expect(await page.locator('figure.chart svg path.line').count()).toBeGreaterThan(0);
          await page.screenshot({ path: join(SCREENSHOTS, `${tag}-${kind}.png`), fullPage: !kind.startsWith('report') && kind !== 'home' });
          await page.close();
        }
      }, 120_000);

      it('sorts an edition table by a column', async () => {
        const fiw = reports.find((r) => r.publication === 'fiw')!;
        const { page, errors } = await open(`${server.url}editions/fiw-${fiw.edition}.html`);
        await page.getByRole('button', { name: 'Total' }).click();
        await page.getByRole('button', { name: 'Total' }).click();
        const totals = (await page.locator('table.sortable tbody td:nth-child(6)').allTextContents()).map(Number);
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('Total');
        expect(errors).toEqual([]);
        await page.close();
      });

      it('finds a country and a person from the search box', async () => {
        const { page, errors } = await open(server.url + 'index.html');
        const country = reports.find((r) => r.country_code !== 'KAZ') ?? reports[0];
        await page.getByLabel('Search countries and people').fill(country.country.slice(0, 5));
        await expect.poll(() => page.locator('#search-results a').allTextContents()).toContain(country.country);
        const person = people.find((p) => /^[A-Za-z]{3,}/.test(p.name))!;
        await page.getByLabel('Search countries and people').fill(person.name);
        await expect.poll(() => page.locator('#search-results a').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(person.name)]));
        await page.locator('#search-results a').first().click();
        await page.waitForURL(/\/people\//);
        expect(await page.locator('h1').textContent()).toBe(person.name);
        expect(errors).toEqual([]);
        await page.close();
      });

      it('searches and shows its pages opened from the disk, without a server', async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`file://${join(site, 'index.html')}`);
        const country = reports.find((r) => r.country_code !== 'KAZ') ?? reports[0];
        await page.getByLabel('Search countries and people').fill(country.country);
        await expect.poll(() => page.locator('#search-results a').allTextContents()).toContain(country.country);
        await page.locator('#search-results a').first().click();
        expect(await page.locator('h1').textContent()).toBe(country.country);
        expect(errors).toEqual([]);
        await page.close();
      });

      it('answers a query typed into the SQL console with the right number of rows', async () => {
        const { page, errors } = await open(server.url + 'console.html');
        await expect.poll(() => page.locator('#console-status').textContent(), { timeout: 60_000 }).toMatch(/^Ready/);
        await page.getByLabel('Query').fill("SELECT report_id, country FROM reports WHERE publication = 'fiw'");
        await page.getByRole('button', { name: 'Run' }).click();
        const fiw = reports.filter((r) => r.publication === 'fiw').length;
        await expect.poll(() => page.locator('#console-status').textContent(), { timeout: 30_000 }).toMatch(new RegExp(`^${fiw} rows? in`));
        expect(await page.locator('#console-result tbody tr').count()).toBe(fiw);
        // An example query from the README, one click away.
        await page.locator('button.example').first().click();
        await page.getByRole('button', { name: 'Run' }).click();
        await expect.poll(() => page.locator('#console-status').textContent(), { timeout: 30_000 }).toMatch(/^\d+ rows? in/);
        expect(await axe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${tag}-console.png`) });
        expect(errors).toEqual([]);
        await page.close();
      }, 120_000);
    });
  }
});
