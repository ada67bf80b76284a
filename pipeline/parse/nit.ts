// Nations in Transit: header (regime type, Democracy Percentage and Score, last year's), authors,
// score changes, the seven category ratings with their narratives, and every paragraph.
import { NIT_STATUSES } from '../../schemas/tables.ts';
import { NIT_CATEGORIES, NIT_FIRST_EDITION_MOST_DEMOCRATIC_IS_7 } from './methodology.ts';
import { problem, type Problem } from '../common/problems.ts';
import type { Document } from '../ingest/document.ts';
import { contentLines, HEADING_MAX, headingKey, isHardWrapped, joinWrappedScoredLines, rangeHeading, slug, trailingScore, type Line } from './lines.ts';
import { isTitleLine, matchStatus, matchTitle } from './header.ts';
import { ParagraphCollector } from './paragraphs.ts';
import { emptyReport, type ParseResult, type ParsedScore, type ScoreChange } from './report.ts';

const RATINGS_NOTE = /^the ratings are based on/i;
const SCALE = /scale of 1 to 7, with (1|7) representing the highest/i;

const SECTION_HEADINGS: [RegExp, string][] = [
  [/^authors?$/, 'authors'],
  [/^(?:no )?score changes?(?: in \d{4})?$/, 'score_changes'],
  [/^executive summary$/, 'executive_summary'],
  [/^at[- ]a[- ]glance$/, 'at_a_glance'],
  [/^footnotes$/, 'footnotes'],
];
const SKIPPED_SECTIONS = new Set(['footnotes']);

function sectionHeading(text: string): string | null {
  if (text.length > HEADING_MAX) return null; // a paragraph: most lines end here
  const key = headingKey(text);
  for (const [re, name] of SECTION_HEADINGS) if (re.test(key)) return name;
  return null;
}

/** The slug of a NIT category named at the start of a text, if any. */
function categorySlug(name: string): string | null {
  const key = headingKey(name);
  const known = NIT_CATEGORIES.find((c) => key === c.name.toLowerCase());
  return known ? known.slug : null;
}

/** `Electoral Process 1.00-7.00 pts`, or a category name alone on its line. */
function categoryHeading(text: string): string | null {
  const range = rangeHeading(text);
  if (range && range.max === 7) return categorySlug(range.name) ?? slug(range.name);
  return categorySlug(text);
}

const CHANGE_VERBS = '(declined|decreased|fell|worsened|improved|increased|rose)';
const CATEGORY_CHANGE = new RegExp(`([A-Z][A-Za-z ,]+?) rating ${CHANGE_VERBS} from (\\d+(?:\\.\\d+)?) to (\\d+(?:\\.\\d+)?)`, 'g');
const DEMOCRACY_SCORE_CHANGE = new RegExp(`Democracy Score ${CHANGE_VERBS} from (\\d+(?:\\.\\d+)?) to (\\d+(?:\\.\\d+)?)`, 'gi');
const direction = (verb: string): ScoreChange['direction'] => (/declin|decreas|fell|worse/i.test(verb) ? 'declined' : 'improved');

/** Every "X rating declined from A to B" and "Democracy Score declined from A to B" in a text. */
export function readNitScoreChanges(text: string): { code: string; from: number; to: number; direction: ScoreChange['direction'] }[] {
  const found = [];
  for (const m of text.matchAll(CATEGORY_CHANGE)) {
    const name = m[1].replace(/^.*\b(?:the|and|its)\s+/i, '');
    found.push({ code: categorySlug(name) ?? slug(name), from: Number(m[3]), to: Number(m[4]), direction: direction(m[2]) });
  }
  for (const m of text.matchAll(DEMOCRACY_SCORE_CHANGE)) {
    found.push({ code: 'democracy_score', from: Number(m[2]), to: Number(m[3]), direction: direction(m[1]) });
  }
  return found;
}

export function parseNit(document: Document): ParseResult {
  const report = emptyReport(document);
  const problems: Problem[] = [];
  const file = document.source_file;
  const say = (code: string, message: string, line: number, severity: 'error' | 'warning' = 'error', field: string | null = null) =>
    problems.push(problem(code, message, { file, line, report_id: report.report_id, severity, field }));
  const changes = new Map<string, ScoreChange>();
  const byCode = new Map<string, ParsedScore>();
  const addScore = (code: string, value: number, max: number | null, line: number, label: string | null) => {
    if (byCode.has(code)) {
      say('NIT_DUPLICATE_SCORE', `${code} is rated twice (first on line ${byCode.get(code)!.line})`, line, 'error', code);
      return;
    }
    const score: ParsedScore = { code, value, printedMax: max, line, label, previous: null };
    byCode.set(code, score);
    report.scores.push(score);
  };

  let inHeader = true;
  let lastYear = false;
  let section: string | null = null;
  let pendingCategory: string | null = null;
  let lastCategory = -1;
  /** The header's note on the rating scale, as read so far, and its last line. */
  let note: { text: string; last: number } | null = null;

  const content = contentLines(document.lines, isTitleLine);
  // Measured before scored lines are joined, which makes them long.
  const paragraphs = new ParagraphCollector(isHardWrapped(content), content);
  const lines = joinWrappedScoredLines(
    content,
    (line) => !line.bullet && line.text.length <= HEADING_MAX && sectionHeading(line.text) === null && categoryHeading(line.text) !== null,
    (text) => {
      const score = trailingScore(text, true);
      return score !== null && (score.max === 7 || score.max === null);
    },
  );
  for (const line of lines) {
    const t = line.text;
    if (line.taggedHeading) report.layout = 'website';
    if (inHeader && !report.title && matchTitle(t)) {
      report.title = t;
      continue;
    }
    const heading = line.bullet ? null : sectionHeading(t);
    if (heading) {
      inHeader = false;
      section = heading;
      pendingCategory = null;
      continue;
    }
    if (inHeader && readHeaderLine(line)) continue;
    const category = line.bullet ? null : categoryHeading(t);
    if (category) {
      inHeader = false;
      section = category;
      pendingCategory = category;
      continue;
    }
    const score = line.bullet ? null : trailingScore(t, pendingCategory !== null);
    if (score && (score.max === 7 || (score.max === null && pendingCategory))) {
      inHeader = false;
      let code = pendingCategory;
      if (!code) {
        code = NIT_CATEGORIES[lastCategory + 1]?.slug ?? null;
        if (!code) {
          say('NIT_EXTRA_CATEGORY', `a rated category after the last one: "${score.label.slice(0, 60)}"`, line.number);
          continue;
        }
        say('NIT_HEADING_MISSING', `rating without its category heading; taken as ${code} from its place in the report`, line.number, 'warning');
      }
      const index = NIT_CATEGORIES.findIndex((c) => c.slug === code);
      if (index >= 0) lastCategory = index;
      addScore(code, score.value, score.max, line.number, score.label || null);
      section = code;
      pendingCategory = null;
      continue;
    }
    if (section === null) {
      if (t.length >= 80 && !RATINGS_NOTE.test(t)) {
        say('NIT_HEADING_MISSING', 'narrative text before any heading; read as the executive summary', line.number, 'warning');
        section = 'executive_summary';
        inHeader = false;
      } else {
        if (!RATINGS_NOTE.test(t)) say('NIT_UNRECOGNIZED_LINE', `line not understood in the report header: "${t.slice(0, 60)}"`, line.number, 'warning');
        continue;
      }
    }
    if (SKIPPED_SECTIONS.has(section)) continue;
    if (section === 'authors') {
      report.authors.push(...t.split(/\s*;\s*/).filter(Boolean));
      continue;
    }
    paragraphs.add(section, NIT_CATEGORIES.some((c) => c.slug === section) ? section : null, line);
  }
  report.paragraphs = paragraphs.paragraphs;
  // Read from whole paragraphs: a copy may have wrapped "declined from 1.75 to 1.50" over two lines.
  for (const paragraph of report.paragraphs) if (paragraph.section === 'score_changes') readScoreChanges(paragraph.text, paragraph.line);
  for (const [code, change] of changes) {
    const score = byCode.get(code);
    if (score) score.previous = change;
    else say('NIT_CHANGE_UNKNOWN_CATEGORY', `score change for "${code}", which the report does not rate`, change.line, 'warning');
  }
  if (!report.ratingScale) {
    report.ratingScale = report.edition >= NIT_FIRST_EDITION_MOST_DEMOCRATIC_IS_7 ? '7_is_most_democratic' : '1_is_most_democratic';
  }
  if (!report.status) say('NIT_STATUS_MISSING', 'no regime type line', lines[0]?.number ?? 1, 'error', 'status');
  if (!report.scores.some((s) => NIT_CATEGORIES.some((c) => c.slug === s.code))) say('NIT_NO_CATEGORIES', 'no rated categories found', lines[0]?.number ?? 1);
  return { report, problems };

  function readScoreChanges(text: string, lineNumber: number) {
    for (const change of readNitScoreChanges(text)) changes.set(change.code, { ...change, line: lineNumber });
  }

  function readHeaderLine(line: Line): boolean {
    const t = line.text;
    const key = headingKey(t);
    if (/^last year'?s democracy (?:percentage|score) (?:&|and) (?:status|regime type)$/.test(key)) {
      lastYear = true;
      return true;
    }
    if (RATINGS_NOTE.test(t) || SCALE.test(t)) {
      note = { text: t, last: line.number };
      readScale(t);
      return true;
    }
    const previous = /^(-?\d+(?:\.\d+)?)\s*\/?\s*(100|7(?:\.00?)?)\s+(.+)$/.exec(t);
    if (previous && lastYear && matchStatus(previous[3], NIT_STATUSES)) {
      if (Number(previous[2]) === 100) report.previousTotal = Number(previous[1]);
      report.previousTotalLine = line.number;
      report.previousStatus = matchStatus(previous[3], NIT_STATUSES);
      return true;
    }
    const status = matchStatus(t, NIT_STATUSES);
    if (status && !report.status) {
      report.status = status;
      report.statusLine = line.number;
      return true;
    }
    const aggregate = /^democracy (percentage|score)\s+(-?\d+(?:\.\d+)?)\s*\/?\s*(\d+(?:\.\d+)?)$/i.exec(t);
    if (aggregate) {
      addScore(`democracy_${aggregate[1].toLowerCase()}`, Number(aggregate[2]), Number(aggregate[3]), line.number, null);
      return true;
    }
    // The headline percentage, rounded ("5" over "/ 100"): the precise figure follows.
    if ((/^-?\d+(?:\.\d+)?$/.test(t) || /^\/\s*100$/.test(t)) && !lastYear) return true;
    // The note on the scale, wrapped over the lines that follow it.
    if (note && line.follows === note.last && !line.bullet) {
      note = { text: `${note.text} ${t}`, last: line.number };
      readScale(note.text);
      return true;
    }
    return false;
  }

  function readScale(text: string) {
    const scale = SCALE.exec(text);
    if (scale) report.ratingScale = scale[1] === '7' ? '7_is_most_democratic' : '1_is_most_democratic';
  }
}
