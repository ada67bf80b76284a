// Sentence splitting with character offsets: a full stop ends a sentence unless it belongs to an
// abbreviation, an initial or a number.

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph (UTF-16 code units). */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'no', 'nos',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'art', 'para', 'vol', 'fig', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

/** Splits a paragraph into sentences; each keeps its closing punctuation and quote marks. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /([.!?])(["'\u201D\u2019)\]]*)(\s+)(?=["'\u201C\u2018(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[1].length + m[2].length;
    if (m[1] === '.' && !m[2]) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 24), m.index))?.[1] ?? '';
      const bare = word.replace(/^\./, '').toLowerCase();
      // "U.S.", "Jan.", an initial ("J. Smith") or "No. 5" do not end a sentence.
      if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    sentences.push({ text: text.slice(start, end), start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) sentences.push({ text: text.slice(start).trimEnd(), start, end: start + text.slice(start).trimEnd().length });
  return sentences.filter((s) => s.text.length > 0);
}
