// Sentence splitting with character offsets: a full stop ends a sentence unless it belongs to an
// abbreviation, an initial or a number.

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph (UTF-16 code units). */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'st', 'jr', 'sr',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);
// Abbreviations of months and numbered things stand before a number ("Jan. 5", "No. 12"); before a
// capital they are words that end a sentence ("... against Zhu Jun. She ...").
const BEFORE_NUMBERS = new Set(['no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'para', 'vol', 'fig']);

const LETTER = /^\p{L}$/u;

/**
 * The letters and dots just before `end`, not before `from`: what /([\p{L}.]+)$/u finds in
 * text.slice(from, end), by a scan back instead of a match tried at every start.
 */
export function wordBefore(text: string, end: number, from: number): string {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : false)) {
      i--;
      continue;
    }
    if (c < 128) break;
    const low = c >= 0xdc00 && c <= 0xdfff;
    const width = low && i - 2 >= from && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    if (low && width === 1) break;
    if (!LETTER.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return text.slice(i, end);
}

/**
 * The longest sentence kept whole. The longest in the seeds and the development corpus is 660
 * characters; a longer run without a sentence end (a list or a table pasted as one line) is cut
 * into pieces of at most this length, so that no event's text and no search within a sentence
 * grows with the whole paragraph.
 */
export const LONGEST_SENTENCE = 1500;

/** Cuts a sentence longer than LONGEST_SENTENCE after a ";" or ",", else at a space, else anywhere (not inside a surrogate pair). */
function cutLong(sentence: Sentence, out: Sentence[]): void {
  const { text, start } = sentence;
  let from = 0;
  while (text.length - from > LONGEST_SENTENCE) {
    const window = text.slice(from, from + LONGEST_SENTENCE);
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const space = window.lastIndexOf(' ');
    let end = clause > 0 ? clause + 1 : space > 0 ? space : LONGEST_SENTENCE;
    const code = text.charCodeAt(from + end - 1);
    if (end === LONGEST_SENTENCE && code >= 0xd800 && code <= 0xdbff) end--;
    const piece = text.slice(from, from + end).trimEnd();
    out.push({ text: piece, start: start + from, end: start + from + piece.length });
    from += end;
    while (text.charCodeAt(from) === 32) from++;
  }
  if (from < text.length) out.push({ text: text.slice(from), start: start + from, end: sentence.end });
}

/** Splits a paragraph into sentences; each keeps its closing punctuation and quote marks. */
export function splitSentences(text: string): Sentence[] {
  const sentences = splitAtSentenceEnds(text);
  if (!sentences.some((s) => s.text.length > LONGEST_SENTENCE)) return sentences;
  const cut: Sentence[] = [];
  for (const s of sentences) {
    if (s.text.length > LONGEST_SENTENCE) cutLong(s, cut);
    else cut.push(s);
  }
  return cut;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function splitAtSentenceEnds(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /([.!?])(["'\u201D\u2019)\]]*)(\s+)(?=["'\u201C\u2018(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && !m[2]) {
      const word = wordBefore(text, m.index, Math.max(start, m.index - 24));
      const bare = word.replace(/^\./, '').toLowerCase();
      // "U.S.", "Jan.", an initial ("J. Smith") or "No. 5" do not end a sentence.
      if (ABBREVIATIONS.has(bare) || (BEFORE_NUMBERS.has(bare) && isDigit(text.charCodeAt(m.index + m[0].length))) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    sentences.push({ text: text.slice(start, end), start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) sentences.push({ text: text.slice(start).trimEnd(), start, end: start + text.slice(start).trimEnd().length });
  return sentences.filter((s) => s.text.length > 0);
}
