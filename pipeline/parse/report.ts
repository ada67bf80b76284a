// The typed structure every publication parser produces: one Report per Document, each piece
// carrying the raw line it came from.
import type { Document, Publication } from '../ingest/document.ts';
import type { Problem } from '../common/problems.ts';

export interface ParsedScore {
  /** Indicator code within the publication: `A1`, `add_q`, `pr`, `total`, `electoral_process`. */
  code: string;
  value: number;
  /** The maximum printed beside the score (`/ 4`), when printed. */
  printedMax: number | null;
  line: number;
  /** Question or category description as printed. */
  label: string | null;
  previous: ScoreChange | null;
}

export interface ScoreChange {
  from: number;
  to: number;
  /** declined / improved, as the sentence says. */
  direction: 'declined' | 'improved';
  line: number;
}

export interface ParsedParagraph {
  section: string;
  /** Position within its section, from 1. */
  ordinal: number;
  /** Indicator code the section is about (`A1`, `add_q`, a NIT category slug). */
  indicator: string | null;
  text: string;
  footnotes: number[];
  line: number;
}

export interface Report {
  document: Document;
  report_id: string;
  publication: Publication;
  edition: number;
  country: string;
  title: string | null;
  layout: 'print' | 'website';
  status: string | null;
  statusLine: number | null;
  previousStatus: string | null;
  previousTotal: number | null;
  previousTotalLine: number | null;
  ratingScale: '7_is_most_democratic' | '1_is_most_democratic' | null;
  authors: string[];
  scores: ParsedScore[];
  paragraphs: ParsedParagraph[];
  /** Headings seen, by slug, with their line: used for checks and tests. */
  subcategoryNames: Record<string, string>;
  /** FIW question headings without a scored question, each already reported at its line by the parser. */
  unscoredQuestions: string[];
}

/** The stable id of a paragraph: `<report_id>.<section>.<ordinal>`. */
export function paragraphId(reportId: string, p: Pick<ParsedParagraph, 'section' | 'ordinal'>): string {
  return `${reportId}.${p.section}.${p.ordinal}`;
}

export interface ParseResult {
  report: Report | null;
  problems: Problem[];
}

export function emptyReport(document: Document): Report {
  return {
    document,
    report_id: document.report_id,
    publication: document.publication,
    edition: document.edition,
    country: document.country,
    title: null,
    layout: 'print',
    status: null,
    statusLine: null,
    previousStatus: null,
    previousTotal: null,
    previousTotalLine: null,
    ratingScale: null,
    authors: [],
    scores: [],
    paragraphs: [],
    subcategoryNames: {},
    unscoredQuestions: [],
  };
}
