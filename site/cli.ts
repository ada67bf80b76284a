// npm run site -- --dist DIST --out DIR: the static site of a built dataset.
import { parseArgs } from 'node:util';
import { buildSite } from './build.ts';

const HELP = `npm run site -- [--dist DIR] [--out DIR] [--downloads-base URL]

Builds the static site of a built dataset: home page with the world map, downloads and citation,
a page per country, report, person and edition, and a SQL console running DuckDB in the browser.

  --dist DIR             the built dataset: dist/ or a release folder (default: dist)
  --out DIR              where the site goes; replaced whole (default: site-dist)
  --downloads-base URL   where the download links point (a release's download URL); default:
                         the files themselves, relative to the site
  --help                 this text

Open DIR/index.html in a browser; for the SQL console, serve the folder over HTTP
(python3 -m http.server -d DIR 8080, then http://localhost:8080/console.html).

example: npm run site -- --dist dist --out site-dist
`;

let values: { dist?: string; out?: string; 'downloads-base'?: string; help?: boolean } = {};
try {
  values = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'site-dist' }, 'downloads-base': { type: 'string' }, help: { type: 'boolean', default: false } } }).values;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (values.help) {
  process.stdout.write(HELP);
} else {
  const started = performance.now();
  try {
    const result = await buildSite({ dist: values.dist!, out: values.out!, downloadsBase: values['downloads-base'], log: (m) => process.stderr.write(`${m}\n`) });
    process.stdout.write(`${result.pages} pages in ${values.out} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  } catch (error) {
    process.stderr.write(`site: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
