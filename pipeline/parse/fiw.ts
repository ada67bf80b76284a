// Freedom in the World: header scores, sections, the 25 questions with their scores, the
// discretionary questions and every paragraph, from the print layout or the website's.
import { FIW_STATUSES } from '../../schemas/tables.ts';
import { FIW_QUESTION_CODES } from './methodology.ts';
import { problem, type Problem } from '../common/problems.ts';
import type { Document } from '../ingest/document.ts';
import { contentLines, HEADING_MAX, headingKey, isHardWrapped, joinWrappedScoredLines, rangeHeading, slug, trailingScore, type Line } from './lines.ts';
import { isTitleLine, matchScoreAndStatus, matchStatus, matchTitle } from './header.ts';
import { ParagraphCollector } from './paragraphs.ts';
import { emptyReport, type ParseResult, type ParsedScore, type ScoreChange } from './report.ts';

// Headings that open a section (after the `header1 ` tag, if any, is removed).
const SECTION_HEADINGS: [RegExp, string][] = [
  [/^overview$/, 'overview'],
  [/^key developments(?: in \d{4})?$/, 'key_developments'],
  [/^executive summary$/, 'executive_summary'],
  [/^notes?$/, 'note'],
  [/^status changes?$/, 'status_change'],
  [/^ratings? changes?$/, 'ratings_change'],
  [/^trend arrows?$/, 'trend_arrow'],
  [/^(?:pr )?political rights$/, 'political_rights'],
  [/^(?:cl )?civil liberties$/, 'civil_liberties'],
  [/^(?:foot|end)notes$/, 'footnotes'],
];
// The notes before the overview, which a copy may also write inline: "Note: The numerical scores ...".
const PREAMBLE_SECTIONS = new Set(['note', 'status_change', 'ratings_change', 'trend_arrow']);
// An arrow before a trend arrow's heading or text: "↓ Trend Arrow".
const ARROW = /^[\u2191\u2193\u2B06\u2B07]\s*/;
const SKIPPED_SECTIONS = new Set(['footnotes']);

export function sectionHeading(text: string): string | null {
  if (text.length > HEADING_MAX) return null; // a paragraph: most lines end here
  const key = headingKey(text.replace(ARROW, ''));
  for (const [re, name] of SECTION_HEADINGS) if (re.test(key)) return name;
  return null;
}

/** `A1`, `A1 0-4 pts`, `A1 1.00-4.00 pts0-4 pts`, `Add Q`, `Additional Discretionary Question A`. */
export function indicatorHeading(text: string): string | null {
  const question = /^([A-G][1-4])(?:\s+(.*))?$/.exec(text);
  if (question && (!question[2] || rangeHeading(`X ${question[2]}`))) return question[1];
  const discretionary = /^add(?:itional)?(?:\s+discretionary)?(?:\s+question)?\s+([QA])(?:\s+.*pts.*)?$/i.exec(text);
  if (discretionary) return discretionary[1].toUpperCase() === 'Q' ? 'add_q' : 'add_a';
  return null;
}

/** `A Electoral Process`, `B. Political Pluralism and Participation`. */
function subcategoryHeading(text: string): { code: string; name: string } | null {
  const m = /^([A-G])[.:]?\s+(\p{Lu}[\p{L} ,&'\u2019-]+)$/u.exec(text);
  if (!m || m[2].split(/\s+/).length > 8) return null;
  return { code: m[1], name: m[2].trim() };
}

const SCORE_CHANGE = /^score changes?:?\s*the score (declined|decreased|fell|improved|increased|rose) from (-?\d+) to (-?\d+)/i;

/** "Score Change: The score declined from 3 to 2 due to ..." as from, to and direction. */
export function readFiwScoreChange(text: string): { from: number; to: number; direction: ScoreChange['direction'] } | null {
  const m = SCORE_CHANGE.exec(text);
  if (!m) return null;
  return { from: Number(m[2]), to: Number(m[3]), direction: /declined|decreased|fell/i.test(m[1]) ? 'declined' : 'improved' };
}
const BOILERPLATE = [/^global freedom statuses are calculated/i, /^see the methodology/i];

export function parseFiw(document: Document): ParseResult {
  const report = emptyReport(document);
  const problems: Problem[] = [];
  const file = document.source_file;
  const say = (code: string, message: string, line: number, severity: 'error' | 'warning' = 'error', field: string | null = null) =>
    problems.push(problem(code, message, { file, line, report_id: report.report_id, severity, field }));
  const header: Partial<Record<'pr' | 'cl' | 'total', { value: number; line: number; max: number | null }>> = {};

  let inHeader = true;
  let lastYear = false;
  let pendingTotal: { value: number; line: number } | null = null;
  let section: string | null = null;
  let indicator: string | null = null;
  let pendingCode: string | null = null;
  // The first line with a question mark under a heading still waiting for its scored question.
  let suspect: { number: number; text: string } | null = null;
  // A heading without its scored question: at the line that looks like the question (a typo in
  // its score), else where the heading's section ends.
  const questionMissing = (end: number) => {
    report.unscoredQuestions.push(pendingCode!);
    return suspect
      ? say('FIW_QUESTION_MISSING', `heading ${pendingCode}'s question line does not end in a score: "${suspect.text.length > 70 ? `...${suspect.text.slice(-67)}` : suspect.text}"; expected the question, then its score as "N / 4" (e.g. "2 / 4")`, suspect.number)
      : say('FIW_QUESTION_MISSING', `heading ${pendingCode} has no question line with a score`, end);
  };
  let noteLine: number | null = null;
  let lastQuestion = -1;
  const byCode = new Map<string, ParsedScore>();

  const content = contentLines(document.lines, isTitleLine);
  // Measured before scored lines are joined, which makes them long.
  const paragraphs = new ParagraphCollector(isHardWrapped(content), content);
  const lines = joinWrappedScoredLines(
    content,
    (line) => !line.bullet && line.text.length <= HEADING_MAX && indicatorHeading(line.text) !== null,
    (text) => questionScore(text, true) !== null,
  );
  for (const line of lines) {
    const t = line.text;
    if (line.taggedHeading) report.layout = 'website';

    if (inHeader && !report.title && matchTitle(t)) {
      report.title = t;
      continue;
    }
    const headingName = line.bullet ? null : (sectionHeading(t) ?? (line.taggedHeading && !indicatorHeading(t) ? slug(t) : null));
    if (headingName) {
      inHeader = false;
      section = headingName;
      indicator = null;
      pendingCode = null;
      continue;
    }
    if (inHeader && readHeaderLine(line)) continue;
    const inline: { section: string; text: string } | null = section === null || inHeader || PREAMBLE_SECTIONS.has(section) ? inlineSection(t) : null;
    if (inline && !line.bullet) {
      inHeader = false;
      section = inline.section;
      indicator = null;
      paragraphs.add(inline.section, null, { ...line, text: inline.text });
      continue;
    }

    const sub = line.bullet ? null : subcategoryHeading(t);
    if (sub) {
      inHeader = false;
      report.subcategoryNames[sub.code] = sub.name;
      continue;
    }
    const code = line.bullet ? null : indicatorHeading(t);
    if (code) {
      inHeader = false;
      if (pendingCode) questionMissing(line.number);
      pendingCode = code;
      suspect = null;
      section = code;
      indicator = code;
      continue;
    }
    const score = line.bullet ? null : questionScore(t, pendingCode !== null);
    if (score) {
      inHeader = false;
      const isDeduction = score.value < 0 || score.max === 0;
      let scoreCode = pendingCode;
      if (!scoreCode) {
        scoreCode = isDeduction ? 'add_q' : (FIW_QUESTION_CODES[lastQuestion + 1] ?? null);
        if (!scoreCode) {
          say('FIW_EXTRA_QUESTION', `a scored question after G4: "${score.label.slice(0, 60)}"`, line.number);
          continue;
        }
        say('FIW_HEADING_MISSING', `question without its heading; taken as ${scoreCode} from its place in the checklist`, line.number, 'warning');
      }
      const questionIndex = FIW_QUESTION_CODES.indexOf(scoreCode);
      if (questionIndex >= 0) lastQuestion = questionIndex;
      if (byCode.has(scoreCode)) {
        say('FIW_DUPLICATE_QUESTION', `${scoreCode} is scored twice (first on line ${byCode.get(scoreCode)!.line})`, line.number, 'error', scoreCode);
      } else {
        const parsed: ParsedScore = { code: scoreCode, value: score.value, printedMax: score.max, line: line.number, label: score.label || null, previous: null };
        byCode.set(scoreCode, parsed);
        report.scores.push(parsed);
      }
      pendingCode = null;
      section = scoreCode;
      indicator = scoreCode;
      continue;
    }
    // A question under its heading whose score did not read ("? 3 l 4"): where the typo is.
    if (pendingCode && !suspect && t.includes('?')) suspect = { number: line.number, text: t };
    // The header's note (and its lines, where a copy wrapped it).
    if (inHeader && (BOILERPLATE.some((re) => re.test(t)) || (noteLine !== null && line.follows === noteLine && !line.bullet))) {
      noteLine = line.number;
      continue;
    }
    if (section === null) {
      // A paragraph before any heading: the copy lost its "Overview" heading.
      if (t.length < 80) {
        say('FIW_UNRECOGNIZED_LINE', `line not understood in the report header: "${t.slice(0, 60)}"`, line.number, 'warning');
        continue;
      }
      say('FIW_OVERVIEW_HEADING_MISSING', 'narrative text before any heading; read as the overview', line.number, 'warning');
      section = 'overview';
      inHeader = false;
    }
    if (SKIPPED_SECTIONS.has(section)) continue;
    paragraphs.add(section, indicator, line);
  }
  report.paragraphs = paragraphs.paragraphs;
  // Read from whole paragraphs: a copy may have wrapped "declined from 3 to 2" over two lines.
  for (const paragraph of report.paragraphs) {
    const change = readFiwScoreChange(paragraph.text);
    if (change && paragraph.indicator && byCode.has(paragraph.indicator)) byCode.get(paragraph.indicator)!.previous = { ...change, line: paragraph.line };
  }
  if (pendingCode) questionMissing(lines[lines.length - 1]?.number ?? 1);

  if (!header.total && pendingTotal) header.total = { ...(pendingTotal as { value: number; line: number }), max: null };
  for (const key of ['pr', 'cl', 'total'] as const) {
    const h = header[key];
    if (h) report.scores.push({ code: key, value: h.value, printedMax: h.max, line: h.line, label: null, previous: null });
  }
  const total = report.scores.find((s) => s.code === 'total');
  if (total && report.previousTotal !== null) {
    total.previous = {
      from: report.previousTotal,
      to: total.value,
      direction: total.value < report.previousTotal ? 'declined' : 'improved',
      line: report.previousTotalLine!,
    };
  }
  if (!report.status) say('FIW_STATUS_MISSING', 'no status line (Free, Partly Free, Not Free)', lines[0]?.number ?? 1, 'error', 'status');
  if (!report.scores.some((s) => FIW_QUESTION_CODES.includes(s.code))) say('FIW_NO_QUESTIONS', 'no scored questions found', lines[0]?.number ?? 1);
  return { report, problems };

  function readHeaderLine(line: Line): boolean {
    const t = line.text;
    const key = headingKey(t);
    if (/^last year'?s score (?:&|and) status$/.test(key)) {
      lastYear = true;
      return true;
    }
    const previous = matchScoreAndStatus(t, FIW_STATUSES);
    if (previous && lastYear) {
      report.previousTotal = previous.value;
      report.previousStatus = previous.status;
      report.previousTotalLine = line.number;
      return true;
    }
    const status = matchStatus(t, FIW_STATUSES);
    if (status && !report.status) {
      report.status = status;
      report.statusLine = line.number;
      return true;
    }
    const aggregate = /^(?:(pr|cl)\s+)?(political rights|civil liberties)\s+(-?\d+)\s*\/?\s*(\d+)$/i.exec(t);
    if (aggregate) {
      const name = aggregate[2].toLowerCase() === 'political rights' ? 'pr' : 'cl';
      header[name] = { value: Number(aggregate[3]), line: line.number, max: Number(aggregate[4]) };
      return true;
    }
    const totalOnOneLine = /^(-?\d+)\s*\/\s*100$/.exec(t);
    if (totalOnOneLine && !lastYear) {
      header.total = { value: Number(totalOnOneLine[1]), line: line.number, max: 100 };
      return true;
    }
    if (/^-?\d+$/.test(t) && !lastYear) {
      pendingTotal = { value: Number(t), line: line.number };
      return true;
    }
    if (/^\/\s*100$/.test(t) && pendingTotal) {
      header.total = { value: pendingTotal.value, line: pendingTotal.line, max: 100 };
      pendingTotal = null;
      return true;
    }
    return false;
  }
}

/** "Note: The numerical scores ..." as the note section and its text: a preamble heading, a colon, the text. */
function inlineSection(text: string): { section: string; text: string } | null {
  const m = /^([^:]{1,40}?)\s*:\s+(.+)$/.exec(text);
  const section = m ? sectionHeading(m[1]) : null;
  return section !== null && PREAMBLE_SECTIONS.has(section) ? { section, text: m![2] } : null;
}

/** A question line's score: printed `? 0 / 4`, `? -3 / 0`, `? 0 4`, or glued `1.001 4.004`. */
function questionScore(text: string, expected: boolean): { label: string; value: number; max: number | null } | null {
  const score = trailingScore(text, expected || /\?\s*-?\d+\s+\d+$/.test(text));
  if (!score) return null;
  if (!(score.max === 4 || score.max === 0 || score.max === null)) return null;
  if (!Number.isInteger(score.value)) return null;
  // Without a heading just before, only a question (ending in "?") is taken for a scored line.
  if (!expected && !/\?$/.test(score.label)) return null;
  return score;
}
