// Which type cues earn their place: each development-gold report is read in process, and every
// gold event it finds is put down to the cue that typed it (verb, noun, a court, or none), right
// or wrong, with the countries where it was each. A cue that is wrong more often than right, or
// right in one country only, is a candidate for removal (issue #17: a cue earns its place on at
// least two gold reports of different countries).
//   npm run cue-audit [-- --all]   (--all: every cue, not only the doubtful ones)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFile } from '../pipeline/ingest/document.ts';
import { parseDocument } from '../pipeline/parse/index.ts';
import { extractReport } from '../pipeline/extract/index.ts';
import { loadCountries } from '../pipeline/ingest/folder.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`npm run cue-audit -- [--all]
Puts each development-gold event found down to the cue that typed it and prints, per cue, how
often it was right and wrong and in which countries (../shared/eval and ../shared/corpus/dev).
  --all   every cue (default: those wrong at least as often as right, or right in one country only)
example: npm run cue-audit`);
  process.exit(0);
}
const SHARED = join(PROJECT_ROOT, '..', 'shared');
const GOLD = join(SHARED, 'eval');
if (!existsSync(GOLD)) {
  console.error(`cue-audit: no gold at ${GOLD}`);
  process.exit(1);
}
// As score.mjs folds text before matching a gold quote.
const fold = (s: string) => s.normalize('NFKC').replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2010-\u2015]/g, '-').replace(/'s\b/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const countries = loadCountries();
// Each raw file read once: its report id is known only after ingesting it.
const documents = new Map<string, NonNullable<ReturnType<typeof ingestFile>['document']>>();
for (const base of [join(PROJECT_ROOT, 'raw'), join(SHARED, 'corpus', 'dev', 'raw')]) {
  if (!existsSync(base)) continue;
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = relative(base, path).split('\\').join('/');
    const ingested = ingestFile({ source_file: rel, bytes: readFileSync(path) }, null, countries);
    if (ingested.document) documents.set(ingested.document.report_id, ingested.document);
  }
}
type Tally = { right: number; wrong: number; rightIn: Set<string>; wrongIn: Set<string>; wrongAs: Map<string, number> };
const tallies = new Map<string, Tally>();
for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { report_id: string; events: { date: string; quote: string; type: string }[] };
  const document = documents.get(gold.report_id);
  if (!document) continue;
  const report = parseDocument(document, countries).report!;
  const events = extractReport(report).events;
  const country = gold.report_id.slice(-3);
  for (const g of gold.events) {
    const hit = events.find((e) => fold(e.text).includes(fold(g.quote)) && e.date.startsWith(g.date));
    if (!hit) continue;
    const key = `${hit.type.padEnd(22)} ${hit.typeCue}`;
    const t = tallies.get(key) ?? { right: 0, wrong: 0, rightIn: new Set(), wrongIn: new Set(), wrongAs: new Map() };
    if (hit.type === g.type) {
      t.right++;
      t.rightIn.add(country);
    } else {
      t.wrong++;
      t.wrongIn.add(country);
      t.wrongAs.set(g.type, (t.wrongAs.get(g.type) ?? 0) + 1);
    }
    tallies.set(key, t);
  }
}
const rows = [...tallies].sort(([a, x], [b, y]) => y.wrong - y.right - (x.wrong - x.right) || a.localeCompare(b));
console.log('type                   cue                               right (countries)       wrong (countries; gold said)');
for (const [key, t] of rows) {
  const doubtful = t.wrong >= t.right || t.rightIn.size < 2;
  if (!values.all && !doubtful) continue;
  const wrongAs = [...t.wrongAs].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(', ');
  console.log(`${key.padEnd(56)} ${String(t.right).padStart(3)} (${[...t.rightIn].sort().join(' ')})`.padEnd(80) + ` ${String(t.wrong).padStart(3)} (${[...t.wrongIn].sort().join(' ')}${wrongAs ? `; ${wrongAs}` : ''})`);
}
