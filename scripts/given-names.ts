// The given names the people finder reads (pipeline/extract/given-names.json): the first names of
// every locale of @faker-js/faker (64 of its 77, from Arabic, Azerbaijani and Persian to Vietnamese,
// Hungarian and Brazilian Portuguese), less places and name particles ("Jordan", "El"), and those of
// six registers of births (gender-detection-from-name), each also without its accents; the names a
// report may write even where they spell an English word (anyGiven); those ten or more locales list
// (widespread: "Maria", "Martin", "Peter"); and the places faker's locales name (states, cities,
// counties), which a given name may begin ("Santa Catarina", "Rio de Janeiro"). Read from those
// packages once here, not in every process that extracts (about a second each: BENCHMARKS.md).
//   npm run names            writes pipeline/extract/given-names.json
//   npm run names -- --check fails when it is not what the packages give
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, writeAtomically } from '../pipeline/common/files.ts';
import { COMMON_WORDS as COMMON } from '../pipeline/common/words.ts';
import { isGroupWord, isPlaceWord, withoutMarks } from '../pipeline/extract/lexicon.ts';

export const NAMES_FILE = join(PROJECT_ROOT, 'pipeline', 'extract', 'given-names.json');

/** How many of faker's locales must list a given name for it to be widespread. */
const WIDESPREAD = 10;

type FakerLocale = { person?: { first_name?: string[] | Record<string, string[]> }; location?: Record<string, unknown> };
export interface GivenNames {
  given: string[];
  anyGiven: string[];
  places: string[];
  widespread: string[];
}

export function givenNames(): GivenNames {
  const require = createRequire(import.meta.url);
  const { allLocales } = require('@faker-js/faker') as { allLocales: Record<string, FakerLocale> };
  const { transliterate } = require('transliteration') as typeof import('transliteration');
  const inLatin = (name: string): string[] => {
    if (!TRANSLITERATED.test(name)) return [];
    const latin = CAUCASIAN.test(name) ? caucasianInLatin(name) : transliterate(name);
    return COMMON.has(latin.toLowerCase()) ? [] : [latin.charAt(0).toUpperCase() + latin.slice(1)];
  };
  const localesOf = new Map<string, number>();
  const given = new Set<string>();
  const anyGiven = new Set<string>();
  const places = new Set<string>();
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
  for (const [code, locale] of Object.entries(allLocales)) {
    const first = locale.person?.first_name;
    for (const name of new Set(strings(first))) {
      const plain = name.normalize('NFC');
      localesOf.set(plain, (localesOf.get(plain) ?? 0) + 1);
      for (const word of [plain, ...inLatin(name), ...unmarked(plain), ...(code === 'az' ? [azerbaijaniInEnglish(plain)] : [])]) {
        if (!GIVEN_NAME_SHAPE.test(word) || PARTICLE_WORDS.has(word.toLowerCase())) continue;
        anyGiven.add(word);
        // Without its accents, an English word ("Fortune" for Fortuné, "Come" for Côme) is a given
        // name only before a surname ("Ales Bialiatski"), never a name's evidence of its own.
        if (!isPlaceWord(word.toLowerCase()) && (word === plain || !COMMON.has(word.toLowerCase()))) given.add(word);
      }
    }
    for (const key of ['state', 'city_name', 'county', 'country']) for (const place of strings(locale.location?.[key])) if (/\s/.test(place)) places.add(withoutMarks(place));
  }
  // The first names of gender-detection-from-name (67,000: the United States' and France's
  // registers of births, Spain's, Italy's, Germany's, Turkey's), which hold the Arabic, African,
  // Balkan and Slavic names born there that faker's locales lack ("Hosni", "Ngozi", "Ramzan").
  const registered = new Set<string>();
  for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) for (const lower of (require(`gender-detection-from-name/names/${lang}`) as Map<string, string>).keys()) registered.add(lower);
  for (const lower of [...registered].flatMap((name) => [name, ...unmarked(name)])) {
    // Three letters or fewer, these registers hold too many words that are no one's ("Tel", "Ba").
    if (lower.length <= 3 || COMMON.has(lower) || isGroupWord(lower)) continue;
    const word = lower.normalize('NFC').replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
    if (!given.has(word) && GIVEN_NAME_SHAPE.test(word) && !isPlaceWord(lower)) given.add(word);
  }
  const sorted = (words: Iterable<string>) => [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { given: sorted(given), anyGiven: sorted(anyGiven), places: sorted(places), widespread: sorted([...localesOf].filter(([, count]) => count >= WIDESPREAD).map(([name]) => name)) };
}
// A capital, then letters, marks, apostrophes or hyphens: how a given name is written.
const GIVEN_NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const PARTICLE_WORDS = new Set(['al', 'el', 'da', 'de', 'di', 'do', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ben', 'bin']);

// The Russian, Ukrainian, Macedonian, Greek, Georgian and Armenian locales write their given names
// in their own alphabets; the reports write them in Latin letters ("Илья" as Ilya, "ირაკლი" as
// Irakli). Alphabets that write no vowels (Arabic, Hebrew) or no letters (Chinese) are left out:
// a transliteration of them is a guess. So is one that spells an English word ("Саве" as Save).
const TRANSLITERATED = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}]+$/u;
// Georgian and Armenian names as English writes them, letter by letter by Georgia's national
// romanisation (2002) and the BGN/PCGN one for Armenian: "მიხეილ" as Mikheil, "ავთანდილ" as
// Avtandil, "Լևոն" as Levon, "Ռուբեն" as Ruben, "Երվանդ" as Yervand. The transliteration package
// writes ხ as "x", Armenian ու as "ow", and marks aspirated letters with a backtick ("Mixeil",
// "Rhowben", "Davit`"), which no report writes.
const CAUCASIAN = /^[\p{Script=Georgian}\p{Script=Armenian}]+$/u;
const CAUCASIAN_LATIN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r',
  ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz',
  ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts',
  ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};
// Armenian ու is one vowel, u; a word's first ե is "ye" and its first ո (not of ու) "vo".
const caucasianInLatin = (name: string) =>
  name
    .toLowerCase()
    .replace(/ու/g, 'u')
    .replace(/^ե/, 'ye')
    .replace(/^ո/, 'vo')
    .replace(/./gu, (letter) => CAUCASIAN_LATIN[letter] ?? letter);
// Azerbaijani names, written in Latin letters, as English writes them: "İlqar" as Ilgar, "Bəxtiyar"
// as Bakhtiyar, "Nərgiz" as Nargiz.
const AZERBAIJANI_ENGLISH: Record<string, string> = { ə: 'a', Ə: 'A', x: 'kh', X: 'Kh', q: 'g', Q: 'G', c: 'j', C: 'J', ç: 'ch', Ç: 'Ch', ş: 'sh', Ş: 'Sh', ğ: 'gh', ı: 'i', İ: 'I', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U' };
const azerbaijaniInEnglish = (name: string) => name.replace(/./gu, (letter) => AZERBAIJANI_ENGLISH[letter] ?? letter);


// A given name as reports may write it without its accents ("Ales" for Aleš, "Andres" for Andrés),
// or without the turned comma Uzbek writes after o and g ("Ulugbek" for Ulug‘bek): the same name,
// not a guess as a transliteration is, so it opens a name even where it spells an English word
// (isAnyGivenName), though it is no evidence of a name then (isGivenName).
function unmarked(name: string): string[] {
  const plain = withoutMarks(name).replace(/(?<=[OoGg])[\u2018\u02BB]/g, '');
  return plain !== name ? [plain] : [];
}


/** The file's text: its sources and licences, then each list, a name a line. */
export function formatNames(names: GivenNames): string {
  const source = 'the first names and places of @faker-js/faker 10.6.0 (MIT) and the first names of gender-detection-from-name 1.11.5 (MIT), made by scripts/given-names.ts';
  const list = (key: keyof GivenNames) => `${JSON.stringify(key)}: [\n${names[key].map((name) => JSON.stringify(name)).join(',\n')}\n]`;
  return `{\n"source": ${JSON.stringify(source)},\n${(['given', 'anyGiven', 'places', 'widespread'] as const).map(list).join(',\n')}\n}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(`npm run names -- [--check]
Writes pipeline/extract/given-names.json, the given names of many cultures (faker's locales, six
registers of births) and the places of faker's locales, which the people finder reads. --check
fails when the file is not what the packages give.
example: npm run names`);
    process.exit(0);
  }
  const names = givenNames();
  const text = formatNames(names);
  if (values.check) {
    let committed = '';
    try {
      committed = readFileSync(NAMES_FILE, 'utf8');
    } catch {}
    if (committed !== text) {
      console.error(`names: ${NAMES_FILE} is stale; run \`npm run names\``);
      process.exit(1);
    }
  } else {
    writeAtomically(NAMES_FILE, text);
    console.error(`names: ${names.given.length} given names, ${names.places.length} places written to ${NAMES_FILE}`);
  }
}
