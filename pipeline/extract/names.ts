// Transliteration-aware name keys: the same name romanised different ways (Qadyrov / Kadyrov,
// Aliev / Aliyev, Dzhabarov / Jabarov, Osipov / Ossipov, Yerlan / Erlan) folds to one key.
import { createRequire } from 'node:module';
import { remembered } from '../common/memo.ts';

let transliterate: ((text: string) => string) | null = null;
/**
 * A name in ASCII letters: its accents taken off ("Kaczyński" as Kaczynski), and the letters no
 * accent makes (ł, ı, đ, ø, ß, æ, þ) as the transliteration package writes them ("Wałęsa" as
 * Walesa, "Kılıçdaroğlu" as Kilicdaroglu, "Đukanović" as Dukanovic); ə as English writes
 * Azerbaijani names ("Məmmədov" as Mammadov), where the package gives "@". Taking them off as
 * accents are would make "Jarosław" Jarosaw, and a different person from "Jaroslaw".
 */
export function asciiLetters(text: string): string {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '');
  if (!/[^\x00-\x7F]/.test(plain)) return plain;
  // Loaded on first use: most names need no more than the accents taken off.
  transliterate ??= (createRequire(import.meta.url)('transliteration') as typeof import('transliteration')).transliterate;
  return transliterate(plain.replace(/ə/g, 'a').replace(/Ə/g, 'A'));
}

/** The key of one name word. */
export const wordKey = remembered(wordKeyUncached);

function wordKeyUncached(word: string): string {
  let k = asciiLetters(word)
    .toLowerCase()
    .replace(/['\u2019\u02BC`]s?$/, '')
    .replace(/[^a-z-]/g, '');
  k = k
    .replace(/dzh|dj/g, 'j')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/^ie(?=[^aeiou])/, 'e') // Yerlan / Erlan, Yevgeny / Evgeny: a word's first Е
    .replace(/([aeiou])i(?=[aeiou])/g, '$1') // Aliyev / Aliev
    .replace(/(.)\1+/g, '$1'); // Ossipov / Osipov
  return k;
}

/** The key of a full name: its words' keys joined by spaces. */
export function nameKey(words: string[]): string {
  return words.map(wordKey).join(' ');
}

/** Levenshtein distance, for the fuzzy step of identity resolution. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** Two surname keys close enough to be one name spelled two ways (about one edit per 6 letters). */
export function similarSurnames(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 5) return false;
  return withinEditDistance(a, b, Math.max(1, Math.floor(Math.min(a.length, b.length) / 6)));
}

/** editDistance(a, b) <= limit, stopping as soon as every path is over the limit. */
function withinEditDistance(a: string, b: string, limit: number): boolean {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      if (current[j] < best) best = current[j];
    }
    if (best > limit) return false; // distances never fall from one row to the next
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= limit;
}

/** A URL-safe slug of a name key. */
export function slugOfKey(key: string): string {
  return key.replace(/[\s-]+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/^-|-$/g, '');
}
