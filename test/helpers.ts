// Shared test helpers: run the in-memory stages on a text, or the whole pipeline on a raw
// folder made in a temporary directory.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkTables } from '../pipeline/check/index.ts';
import { ingestFile } from '../pipeline/ingest/document.ts';
import { parseDocument } from '../pipeline/parse/index.ts';
import { extractReport, type Extraction } from '../pipeline/extract/index.ts';
import { splitSentences } from '../pipeline/extract/sentences.ts';
import { SHARED } from '../scripts/gold.ts';
import type { Report } from '../pipeline/parse/report.ts';
import type { Problem } from '../pipeline/common/problems.ts';
import { loadCountries, loadRegions } from '../pipeline/ingest/folder.ts';
import { PROJECT_ROOT } from '../pipeline/common/files.ts';
import { buildTables } from '../pipeline/tables/index.ts';
import type { Tables } from '../schemas/tables.ts';

export const countries = loadCountries();
export const regions = loadRegions();
export const SEED_FIW = join(PROJECT_ROOT, 'raw/fiw/2024/kazakhstan.txt');
export const SEED_NIT = join(PROJECT_ROOT, 'raw/nit/2024/kazakhstan.txt');
export const readSeed = (path: string) => readFileSync(path, 'utf8');

// The development reports (third-party text in ../shared/corpus, read where they are, never copied).
const DEV_RAW = join(SHARED, 'corpus', 'dev', 'raw');
export const hasDevCorpus = existsSync(DEV_RAW);

/** The sentence of a development report (`fiw/2023/china.txt`) that opens with `opening`, and the `count - 1` after it in its paragraph. */
export function devSentences(file: string, opening: string, count = 1): string {
  const text = readFileSync(join(DEV_RAW, file), 'utf8');
  const at = text.indexOf(opening);
  if (at < 0) throw new Error(`${file} has no sentence opening "${opening}"`);
  const paragraph = text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  return splitSentences(paragraph).slice(0, count).map((s) => s.text).join(' ');
}

export interface Parsed {
  report: Report;
  extraction: Extraction;
  problems: Problem[];
  tables: Tables;
  checks: Problem[];
}

/** Ingest, parse, tables and checks of one text, as the pipeline runs them. */
export function parseText(text: string | Uint8Array, sourceFile: string): Parsed {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const ingested = ingestFile({ source_file: sourceFile, bytes }, null, countries);
  if (!ingested.document) throw new Error(`not ingested: ${ingested.problems.map((p) => p.message).join('; ')}`);
  const parsed = parseDocument(ingested.document, countries);
  const extraction = extractReport(parsed.report!);
  const tables = buildTables([parsed.report!], [extraction], [], regions);
  return { report: parsed.report!, extraction, problems: [...ingested.problems, ...parsed.problems], tables, checks: checkTables(tables, { unscoredQuestions: new Set(parsed.report!.unscoredQuestions) }) };
}

export function scoreOf(tables: Tables, indicator: string, report?: string): number | undefined {
  const row = tables.scores.find((s) => s.indicator_id === indicator && (!report || s.report_id === report));
  return row?.value as number | undefined;
}

const madeDirs: string[] = [];
// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => madeDirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh temporary folder, removed after the test file's tests. */
export function tempDir(prefix = 'frd-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** A raw folder holding the given files (path relative to the folder -> text or bytes). */
export function makeRaw(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('frd-raw-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
