// Line-level helpers the publication parsers share: classifying a line, bullets, headings,
// scores printed in either layout, glued footnote numbers, and copies wrapped at a fixed width.
import { remembered } from '../common/memo.ts';
import { COMMON_WORDS, isEnglishWord } from '../common/words.ts';

export interface Line {
  /** 1-based line number in the raw file. */
  number: number;
  /**
   * The raw line this one goes on from: `number - 1`, or, where page furniture was set aside
   * between them, the content line before it (see contentLines). A line is adjacent to the one
   * before it when it follows it (continuesFrom).
   */
  follows: number;
  /** The line without layout: trimmed, no `header1 ` tag, no bullet mark. */
  text: string;
  bullet: boolean;
  /** Set when the website layout tagged the line as a heading (`header1 Overview`). */
  taggedHeading: boolean;
}

/** True when `line` goes on straight from `previous`: no blank line between them, page furniture aside. */
export const continuesFrom = (line: Line, previous: Line): boolean => line.follows === previous.number;

// One mark or more (`• • text` where a copy bulleted an already bulleted line).
const BULLET = /^(?:[\u2022\u00B7\u25AA\u25E6\u2023\u2043\u25CF\u2219*\-\u2013]\s+)+/;
const HEADING_TAG = /^header\d\s+/i;

// What a printed or saved page adds to every page, never a report's content: "Page 3 of 12",
// "3 of 12", the publisher's address or a page's address on it (with the browser's page counter,
// "https://freedomhouse.org/country/chile/freedom-world/2024 3/12"), and the browser's print
// header ("11/24/26, 11:41 PM Chile: Freedom in the World 2024 Country Report | Freedom House").
// A number alone on a line is left to the paragraphs: it may be text a copy wrapped.
const PAGE_FURNITURE_FORMS = [
  'page \\d{1,4}(?: of \\d{1,4})?',
  '\\d{1,4} of \\d{1,4}',
  '(?:https?:\\/\\/)?(?:www\\.)?freedomhouse\\.org(?:\\/\\S*)?(?:\\s+\\d{1,4}\\s*\\/\\s*\\d{1,4})?',
  '\\d{1,2}\\/\\d{1,2}\\/\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?:\\s*[AP]M)?(?:\\s+.*\\|\\s*Freedom House)?',
  '.*\\|\\s*Freedom House',
];
const PAGE_FURNITURE = new RegExp(`^(?:${PAGE_FURNITURE_FORMS.map((form) => `(?:${form})`).join('|')})$`, 'i');
// No page furniture line is longer: longer lines are not tested (a report's lines mostly are).
const FURNITURE_MAX = 250;
// The closing quotes a sentence's end or a word may carry, however a copy types them (the
// modifier letter \u02BC for \u2019): one class for the expressions below.
const CLOSING_QUOTES = String.raw`"'\u201D\u2019\u02BC`;
/** A text ends a sentence (or a quotation or bracket that does). */
export const ENDS_A_SENTENCE = new RegExp(String.raw`[.!?:;${CLOSING_QUOTES})\]]$`);

/**
 * Non-blank lines of a document, classified. Page furniture (PAGE_FURNITURE, and a title, as
 * `isTitle` tells one, repeated as a running header) is set aside; the line after it goes on
 * from the content line before it when nothing else stood between them, or when blank lines did
 * but that line ends mid-sentence (a page broke a paragraph).
 */
export function contentLines(lines: string[], isTitle: (text: string) => boolean = () => false): Line[] {
  const out: Line[] = [];
  const titles = new Set<string>();
  const widths: number[] = [];
  let blank = false; // a blank line since the last content line
  let furniture = false; // page furniture since the last content line
  lines.forEach((raw, index) => {
    // Spaces doubled inside a line (two after a full stop, a PDF's columns) are one, as a reader sees them.
    let text = raw.includes('  ') ? raw.trim().replace(/ {2,}/g, ' ') : raw.trim();
    if (!text) {
      blank = true;
      return;
    }
    if (text.length <= FURNITURE_MAX && (PAGE_FURNITURE.test(text) || titles.has(text))) {
      furniture = true;
      return;
    }
    if (text.length <= HEADING_MAX && isTitle(text)) titles.add(text);
    const taggedHeading = HEADING_TAG.test(text);
    if (taggedHeading) text = text.replace(HEADING_TAG, '').trim();
    const bullet = BULLET.test(text);
    if (bullet) text = text.replace(BULLET, '').trim();
    if (!text) return;
    const previous = out[out.length - 1];
    const bridged = furniture && previous !== undefined && (!blank || !ENDS_A_SENTENCE.test(previous.text));
    out.push({ number: index + 1, follows: bridged ? previous.number : index, text, bullet, taggedHeading });
    widths.push(raw.trimEnd().length);
    blank = false;
    furniture = false;
  });
  markParagraphEnds(out, widths);
  return out;
}

// A sentence's end, with its closing quotes or brackets, and the footnote numbers glued after it.
const ENDS_A_PARAGRAPH = new RegExp(String.raw`[.!?:;][${CLOSING_QUOTES})\]]*(?:[\d\u00B9\u00B2\u00B3\u2070-\u2079]+(?:[ ,][\d\u00B9\u00B2\u00B3\u2070-\u2079]+)*)?$`);

/**
 * In a copy wrapped at a fixed width without blank lines between paragraphs, a paragraph ends
 * where a line ends a sentence though the next line's first word would have fitted on it (a
 * wrapped copy fills each line until a word does not fit): the next line then follows no line.
 * A copy counts as such when it is hard-wrapped (isHardWrapped) and fewer than one line in a
 * hundred comes after a blank line. `widths` are the raw lines' lengths, indentation included.
 */
function markParagraphEnds(lines: Line[], widths: number[]): void {
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) if (!continuesFrom(lines[i], lines[i - 1])) gaps++;
  if (gaps * 100 >= lines.length || !isHardWrapped(lines)) return;
  // The width it was wrapped at: its longest line, leaving out the few longer than a wrapped copy has.
  const width = widths.reduce((longest, w) => (w <= WRAP_WIDTH && w > longest ? w : longest), 0);
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1];
    const line = lines[i];
    if (!continuesFrom(line, previous) || !ENDS_A_PARAGRAPH.test(previous.text)) continue;
    const firstWord = line.text.search(/\s|$/);
    if (widths[i - 1] + 1 + firstWord <= width) line.follows = 0;
  }
}

// The letters and hyphen ending a text (sticky, at its end): matched backwards from there once.
const WORD_AND_HYPHEN_AT = /(?<=(\p{L}+)-)/uy;

/**
 * Two lines of a wrapped copy as one text. A line ending in a hyphen after a letter goes on
 * without a space: a word hyphenated at the line's end is made whole where the report writes it
 * whole elsewhere ("Ghan-" / "nouchi", "Sa-" / "ïed") or it is an English word ("govern-" /
 * "ment", "orga-" / "nizations"), and keeps its hyphen where the report writes it so, or where it
 * is a compound ("long-" / "term", "Kassym-" / "Jomart"). `firstEnd` is the end of `first` (its
 * last line), which alone is read: `first` may be a paragraph joined so far. `written`: the words
 * the report writes within its lines (writtenWords).
 */
export function joinLines(first: string, second: string, firstEnd = first, written?: () => ReadonlySet<string>): string {
  if (firstEnd.charCodeAt(firstEnd.length - 1) !== 0x2d) return `${first} ${second}`;
  WORD_AND_HYPHEN_AT.lastIndex = firstEnd.length;
  const hyphenated = WORD_AND_HYPHEN_AT.exec(firstEnd);
  // The word may begin before the last line ("govern-" / "ment-" / ...): then read it in `first`.
  if (hyphenated && firstEnd !== first && hyphenated[1].length === firstEnd.length - 1) return joinLines(first, second, first, written);
  if (!hyphenated || !/^\p{L}/u.test(second)) return `${first} ${second}`;
  const rest = /^\p{Ll}+/u.exec(second)?.[0];
  if (!rest) return `${first}${second}`;
  const left = hyphenated[1];
  const whole = `${left}${rest}`;
  const words = written?.();
  if (words?.has(`${left}-${rest}`)) return `${first}${second}`;
  const lower = whole.toLowerCase();
  // The line's end cut the word, not the writer joining two, where its first part is no word:
  // lower case and three letters or more ("conspi-" / "racists"; a shorter part may be a prefix
  // the writer joined, "co-" / "opposition"), or capitalised, six letters or more, and never
  // written alone in the report ("Leopol-" / "do López"; not "Kremlin-" / "backed" where the report
  // writes "Kremlin", nor a Korean given name's first syllable, "Geun-" / "hye", of five at most).
  const cut = () =>
    /^\p{Ll}/u.test(left)
      ? left.length >= 3 && !isEnglishWord(left)
      : /^\p{Lu}\p{Ll}{5,}$/u.test(left) && !words?.has(left) && !isEnglishWord(left.toLowerCase());
  // The common words first: the larger list is read only where they do not settle it.
  return words?.has(whole) || COMMON_WORDS.has(lower) || isEnglishWord(lower) || cut() ? `${first.slice(0, -1)}${second}` : `${first}${second}`;
}

const WRITTEN_WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** The words (letters, perhaps joined by hyphens) that the lines write whole: not the part of one that a line's end cuts. */
export function writtenWords(lines: readonly { text: string }[]): Set<string> {
  const words = new Set<string>();
  for (const { text } of lines) {
    const cut = text.endsWith('-');
    for (const m of text.matchAll(WRITTEN_WORD)) if (!(cut && m.index + m[0].length === text.length - 1)) words.add(m[0]);
  }
  return words;
}

/** Lines at least this long are prose (or a question, or a header line). */
const PROSE_LINE = 40;
/** A copy wrapped at a fixed width has (almost) no line longer than this; an unwrapped report's paragraphs mostly are. */
const WRAP_WIDTH = 120;

/**
 * True for a copy hard-wrapped at a fixed width (as text taken from a PDF): nearly every line of
 * prose is short. Its paragraphs then end only at a blank line, whatever their last line ends with.
 */
export function isHardWrapped(lines: Line[]): boolean {
  let prose = 0;
  let long = 0;
  for (const line of lines) {
    if (line.text.length < PROSE_LINE) continue;
    prose++;
    if (line.text.length > WRAP_WIDTH) long++;
  }
  return prose >= 30 && long <= prose * 0.02;
}

/** A scored line may wrap over at most this many lines. */
const SCORED_LINE_PARTS = 12;

// What may be left of a score wrapped onto a line of its own: `4.004`, `/ 4`, `4`.
const SCORE_TAIL = /^[-\d.\s/]+$/;

/**
 * Joins a scored line that a copy hard-wrapped (`Is there a realistic opportunity ... increase
 * its` / `support or gain power through elections? 4 / 4`) back into one, where a heading expects
 * it: straight after the heading, line after line, up to the first part that completes a score
 * (and a score's own end wrapped onto the next line: `1.001` / `4.004`). The joined line keeps the
 * last part's number (where the score is printed).
 */
export function joinWrappedScoredLines(lines: Line[], expectsScore: (line: Line) => boolean, hasScore: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  const continues = (at: number) => {
    const part = lines[at];
    return part !== undefined && !part.bullet && !part.taggedHeading && continuesFrom(part, lines[at - 1]) && !expectsScore(part);
  };
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (!expectsScore(lines[i])) continue;
    let text = '';
    for (let end = i + 1; end <= i + SCORED_LINE_PARTS && continues(end); end++) {
      text = text ? joinLines(text, lines[end].text) : lines[end].text;
      if (!hasScore(text)) continue;
      while (continues(end + 1) && SCORE_TAIL.test(lines[end + 1].text) && hasScore(`${text} ${lines[end + 1].text}`)) text = `${text} ${lines[++end].text}`;
      if (end > i + 1) {
        out.push({ ...lines[end], text });
        i = end;
      }
      break;
    }
  }
  return out;
}

/** No heading, status or category line is longer than this: longer lines skip heading matching. */
export const HEADING_MAX = 200;

/**
 * Folds a heading for matching: lower case, straight apostrophes, single spaces, no colon.
 * Remembered: headings and question lines recur in every report of a family.
 */
export const headingKey = remembered(headingKeyUncached, 20_000);

function headingKeyUncached(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[:.]$/, '')
    .trim();
}

export function slug(text: string): string {
  return headingKey(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export interface PrintedScore {
  /** The text before the score (a question or category description), trimmed. */
  label: string;
  value: number;
  max: number | null;
}

/**
 * A score at the end of a line: `... 0 / 4`, `... 0 4` (slash lost), `... -3 / 0`, or the
 * website's glued decimal pairs `... 1.001 4.004` and `-3.00-3`. `allowBare` admits the form
 * without a slash, which is only safe where a score is expected.
 */
export function trailingScore(text: string, allowBare: boolean): PrintedScore | null {
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57)) return null; // every form ends in a digit
  const glued = /^(.*?)\s*(-?\d+(?:\.\d+)?)\.(\d{2})(-?\d+(?:\.\d+)?)(?:\s+(\d+)\.(\d{2})(\d+))?$/.exec(text);
  if (glued) {
    // "1.001" is "1.00" followed by "1"; both halves must agree or this is not a glued pair.
    const value = Number(`${glued[2]}.${glued[3]}`);
    const repeat = Number(glued[4]);
    const max = glued[5] === undefined ? null : Number(`${glued[5]}.${glued[6]}`);
    if (value === repeat && (max === null || max === Number(glued[7]))) {
      return { label: glued[1].trim(), value, max: max ?? 0 };
    }
  }
  const slashed = /^(.*?)\s*(-?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (slashed) return { label: slashed[1].trim(), value: Number(slashed[2]), max: Number(slashed[3]) };
  if (allowBare) {
    const bare = /^(.*\D)\s+(-?\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/.exec(text);
    if (bare) return { label: bare[1].trim(), value: Number(bare[2]), max: Number(bare[3]) };
  }
  return null;
}

/** A range heading such as `A1 0-4 pts`, `A1 1.00-4.00 pts0-4 pts` or `Corruption 1.00-7.00 pts`. */
export function rangeHeading(text: string): { name: string; min: number; max: number } | null {
  const m = /^(.*?)\s*(-?\d+(?:\.\d+)?)\s*[-\u2013]\s*(\d+(?:\.\d+)?)\s*pts\b.*$/i.exec(text);
  if (!m || !m[1]) return null;
  return { name: m[1].trim(), min: Number(m[2]), max: Number(m[3]) };
}

/**
 * Splits footnote numbers glued to a paragraph (`in prison.18 Next`, `in 2023.36 37`) from its
 * text. A candidate must follow closing punctuation and be followed by the end of the
 * paragraph, a new sentence or, glued to a word's punctuation, the sentence's next word; footnotes
 * only ever count up through a report (by small steps), which keeps decimals (`1.5 trillion`,
 * `from 1.32 to 1.29.`) in the text.
 */
const SUPERSCRIPT_VALUE = new Map([...'\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079'].map((c, digit) => [c, String(digit)]));
// A unit whose exponent a superscript is ("km²", "m³"), not a footnote.
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:[kcm]?m|mi|ft|in)$/u;

// Punctuation that closes a word (`law,`, `“farce,”`, `(ODIHR),`), not a figure.
const AFTER_A_WORD = new RegExp(String.raw`\p{L}[.!?,;:)\]${CLOSING_QUOTES}\u00BB]+$`, 'u');

// A footnote number glued to punctuation (or superscript digits); FootnoteSplitter.split says which are taken.
const FOOTNOTE = new RegExp(String.raw`([.!?;:,)\]${CLOSING_QUOTES}\u00BB])( ?)(\d{1,4}(?:\s+\d{1,4})*)(?=\s+[A-Z\u201C\u2018"'(\[]|\s+(\p{Ll})|\s*$)|([\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+(?:,[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+)*)`, 'gu');

export class FootnoteSplitter {
  private last = 0;

  split(text: string): { text: string; footnotes: number[] } {
    const footnotes: number[] = [];
    // A space may stand between the punctuation and the number (`prison. 45 In 2022`); then only
    // the next footnote or two in sequence are taken, as a sentence may also start with a number.
    // Superscript digits (`in prison.¹⁸`, `¹⁸,¹⁹`), where a copy kept them, are footnotes wherever
    // they stand, in sequence too, but for a unit's exponent (`km²`); one scan keeps the order.
    // Inside a sentence (`a “farce,”14 and`, `the law,45 which`) the number must be glued to
    // punctuation after a word, not after a figure (`in 2023,5 people`) nor a full stop.
    const cleaned = text.replace(FOOTNOTE, (match: string, punctuation: string | undefined, space: string | undefined, digits: string | undefined, lowerAfter: string | undefined, superscripts: string | undefined, offset: number) => {
      if (superscripts !== undefined && UNIT_BEFORE.test(text.slice(Math.max(0, offset - 3), offset))) return match;
      if (lowerAfter !== undefined && (space || /[.!?]/.test(punctuation!) || !AFTER_A_WORD.test(text.slice(Math.max(0, offset - 4), offset + 1)))) return match;
      const numbers = superscripts !== undefined ? superscripts.split(',').map((n) => Number([...n].map((c) => SUPERSCRIPT_VALUE.get(c)).join(''))) : digits!.split(/\s+/).map(Number);
      let previous = this.last;
      let taken = 0;
      for (const n of numbers) {
        if (n <= previous || n > previous + (space ? 3 : 60)) break;
        previous = n;
        taken++;
      }
      if (taken === 0 || (superscripts !== undefined && taken < numbers.length)) return match;
      footnotes.push(...numbers.slice(0, taken));
      this.last = previous;
      // Numbers after the footnotes in sequence are the text's own (`councils,8 2 are elected`).
      return (punctuation ?? '') + (digits?.split(/(\s+)/).slice(2 * taken - 1).join('') ?? '');
    });
    return { text: cleanText(cleaned), footnotes };
  }
}

/** Single spaces, trimmed: the text as a reader sees it. */
export function cleanText(text: string): string {
  return (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
