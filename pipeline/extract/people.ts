// People in a report's paragraphs: full names found by their shape (capitalised words that are
// not common English, places or organisations) and the cues around them (a role before, an
// appositive or a reporting verb after), then every mention by full name or surname alone.
import { MONTHS } from './dates.ts';
import { isPastForm } from './events.ts';
import { ARTICLE_NAME, endsPossessive, FOREIGN_ORGANISATION_WORDS, isAnyGivenName, isGroupWord, isCommonNameWord, isCommonWord, isGivenName, isKnownPlace, isNameWord, isPlaceSurname, ORGANISATION_WORDS, RELATIONS, ROLE_MODIFIERS, ROLE_WORDS, stripPossessive, widespreadGivenName } from './lexicon.ts';
import { valueAt } from '../common/maps.ts';
import { remembered } from '../common/memo.ts';
import { WORD_START } from '../common/words.ts';
import { nameKey, similarSurnames, wordKey } from './names.ts';
import KIN from './wordnet-kin.json' with { type: 'json' };

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface NameCandidate {
  /** Name words without a possessive ending. */
  words: string[];
  start: number;
  end: number;
  /** The surface as written, possessive included. */
  surface: string;
  possessive: boolean;
  /** Roles or descriptions given with the name ("former intelligence chief"). */
  roles: string[];
  /** Evidence that the words name a person (a role, an appositive, a reporting verb). */
  cue: boolean;
  /** Introduced as an organisation ("the newspaper Magyar Nemzet"): the name is no person's anywhere in the report. */
  organisation: boolean;
  /** The words end a longer run of capitalised words ("United Torah Judaism", "National Security Committee Samat Abish"). */
  tail: boolean;
  /** After "in", "near", "at" ...: where a place stands. */
  afterPlace: boolean;
}

/** Lower-case words that stand inside names: "Ana de la Cruz", "Ludwig van Beethoven". */
export const PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'bint', 'binti', 'ibn', 'al', 'el', 'ben', 'la', 'le', 'wa']);
/** The particles of a patronymic ("son of", "daughter of"; Malay "binti"), which stand in people's names only. */
const PATRONYMICS = new Set(['bin', 'bint', 'binti', 'ibn']);
// "Father of", "mother of": the kunya that may open an Arabic name before a given name.
const KUNYA = new Set(['Abu', 'Abou', 'Umm']);
// ", who" introduces a person, unless what follows is said of a people ("Crimean Tatars, who make
// up about 12 percent of the population"); so do verbs done by or to a person alone ("was sworn in",
// "was assassinated", "stepped down", "vetoed", "dismissed the cabinet"), not to a body ("was dissolved").
const PERSON_VERBS = /^\s*(?:,\s*who\b(?!\s+(?:make up|comprise|constitute|number|account for|form)\b)|,\s*whose\b|,?\s(?:said|says|told|stated|claimed|argued|wrote|died|resigned|fled|went into exile|returned from exile|stepped down|took office|(?:dismissed|appointed|pardoned|vetoed|fired|sacked)\b|was (?:arrested|detained|sentenced|convicted|jailed|released|appointed|elected|reelected|killed|charged|accused|found|named|dismissed|removed|murdered|beaten|attacked|questioned|assassinated|kidnapped|abducted|tortured|acquitted|indicted|impeached|inaugurated|sworn in|pardoned|exiled|deported|summoned|interrogated|executed|imprisoned|prosecuted)))/;
// The plural only after the last name of a list ("Wa Lone and Kyaw Soe Oo were sentenced"): after one
// name it says the name is a group's ("members of Pheu Thai were detained").
const PEOPLE_VERBS = /^,?\s+were (?:\w+ )?(?:arrested|detained|sentenced|convicted|jailed|released|charged|killed)/;
const LAST_OF_LIST = /\band\s+$/;

// Verbs whose object is a person, just before the name: "He succeeded Manmohan Singh", "a party
// led by Gulbuddin Hekmatyar" (led, headed, founded by: six names in four gold countries, all people);
// what happens to a person, "of" the name ("the resignation of MJ Akbar", "the arrest of Zhanbolat
// Mamay": in the gold reports' texts every name after these nouns is a person's, eight in five countries).
const PERSON_OBJECT_BEFORE = /\b(?:(?:succeeded|replaced|defeated|ousted|pardoned|led|headed|founded) by|succeeded|replaced|defeated|pardoned|beat|tortured|assaulted|raped|detained|arrested|abducted|kidnapped|jailed|imprisoned|sentenced|convicted|charged|indicted|acquitted|freed|released|appointed|dismissed|fired|sacked|executed|assassinated|murdered|nominated|extradited|deported|summoned|interrogated|met with|supporters of|allies of|ally of|critic of|critics of|wife of|husband of|son of|daughter of|widow of|brother of|sister of|(?:murder|killing|assassination|death(?: in (?:custody|detention|prison))?|arrest|detention|release|trial|conviction|acquittal|pardon|resignation|dismissal|removal|ouster|impeachment|appointment|nomination|reelection) of|(?:presidency|premiership|administration|regime|tenure|rule) of)\s+$/i;
// After the name: a party it belongs to ("Ana Ruiz of the conservative Unity party", "Edgar
// Lungu of the Patriotic Front", "Kizza Besigye of the FDC"), or a his or her that refers back to
// it ("Zhou Xiaoxuan lost her case"), or a presidency won or lost, which parties do not contest
// ("Nayib Bukele won the February presidential election", "Jair Bolsonaro lost the runoff").
const PERSON_AFTER = /^(?:\s+of the (?:[\p{L}-]+ ){0,3}(?:[Pp]arty|[Mm]ovement|[Bb]loc|Front|Congress|Alliance|Coalition|League|Union|Rally|Convention)\b|\s+of the \p{Lu}{2,6}\b(?!\s+\p{Lu})|,?\s+(?:[a-z]+\s+){0,2}(?:his|her|himself|herself)\b|\s+(?:won|lost|secured|retained)\s+(?:the|a)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:presidential|presidency|runoff)\b)/u;

// What a group or an outlet has and a person does not, right after its name: "Boko Haram fighters",
// "Golden Dawn members", "Novaya Gazeta journalists", "the ruling Nur Otan party" (the report's name
// for a person takes no such noun; "Fidesz party", "Amanat party", "Ennahda party", "NDA coalition"
// in the gold reports).
const GROUP_NOUN = /\s+(?:members?|fighters|militants|insurgents|militias?|leaders?|leadership|founders?|factions?|affiliates|cadres|commanders?|lawmakers|deputies|candidates|journalists|reporters?|editors?|spokes(?:man|woman|person)|employees|executives|correspondents?|staff|party|parties|coalition|bloc|movement|newspaper)\b/y;

/** The keys of the names a report writes right before a group's noun: groups, not people. Tried at the end of each run of capitalised words. */
function groupNames(paragraphs: string[], tokens: Token[][]): Set<string> {
  const names = new Set<string>();
  paragraphs.forEach((text, p) => {
    const list = tokens[p];
    let from = 0;
    for (let k = 0; k < list.length; k++) {
      const next = list[k + 1];
      if (next && next.start === list[k].end + 1 && text.charCodeAt(list[k].end) === 32) continue; // the run goes on
      GROUP_NOUN.lastIndex = list[k].end;
      if (GROUP_NOUN.test(text) && !endsPossessive(list[k].text)) {
        const words = list.slice(Math.max(from, k - 3), k + 1).map((t) => t.text);
        for (let n = 1; n <= words.length; n++) names.add(nameKey(words.slice(-n)));
      }
      from = k + 1;
    }
  });
  return names;
}

// A kind of organisation, in lower case, just before the name names the organisation: "the comedy
// group Porta dos Fundos", "the nationalist parties Beit Hadash and Yamina"; a kind of place
// with "of", the place: "the Tunis neighborhood of Sidi Hassine".
const ORGANISATION_BEFORE = /\b(?:(?:groups?|part(?:y|ies)|compan(?:y|ies)|firms?|movements?|organi[sz]ations?|associations?|foundations?|newspapers?|(?:dail|weekl)(?:y|ies)|tabloids?|broadcasters?|publications?|outlets?|magazines?|websites?|portals?|channels?|stations?|bands?|unions?|coalitions?|blocs?|networks?|agenc(?:y|ies)|platforms?)|(?:city|town|village|neighbou?rhood|district|province|governorate|region|county|municipality|suburb|island)\s+of)\s+$/;

// "the Crimean Tatars," "of the Golden Dawn's": a name after "the" that ends its phrase is a
// people's, a group's or a body's; a person's name takes "the" only before a noun it qualifies
// ("the Xi Jinping era").
const THE_BEFORE = new RegExp(String.raw`${WORD_START}the\s+$`, 'u');
// Where a place stands, not a person: "police in Port Louis said", "a rally near Shah Alam" (in the
// 17 real reports' texts no person's name but one possessive follows these words).
const PLACE_WORDS = 'in|near|across|outside|inside|throughout|at';
const PLACE_BEFORE = new RegExp(String.raw`${WORD_START}(?:${PLACE_WORDS})\s+$`, 'u');
// What an office is of: "the governor of Baja California", "the leader of Pheu Thai". Not a
// relation ("the wife of", "a lawyer for"): who holds it is a person.
const OFFICE_OF_BEFORE = /\b(?:president|minister|governor|mayor|head|chief|leaders?|chair(?:man|woman|person)?|director|members?|speaker|secretary|commissioner|ambassador|editor|founder|owner|prosecutor|ombudsman)\s+(?:of|for)\s+(?:the\s+)?$/i;
const NO_NOUN_AFTER = /^(?:[,.;:)]|['\u2019]|$)/;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER = /^\p{L}$/u;
/** 0 for neither, 1 for a letter, 2 for a combining mark, of the code point at i. */
function letterKind(text: string, i: number, width: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const ch = width === 2 ? text.slice(i, i + 2) : text[i];
  return LETTER.test(ch) ? 1 : LETTER_OR_MARK.test(ch) ? 2 : 0;
}
const widthAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};

/**
 * Words: a letter or mark, then letters, marks, apostrophes and single hyphens, not ending in a
 * hyphen (a lone letter counts). A hand-written scanner: the same as the regular expression
 * /[\p{L}\p{M}](?:[\p{L}\p{M}'\u2019]|-(?!-))*[\p{L}\p{M}'\u2019]|[\p{L}]/gu, three times as fast.
 */
export function tokenize(text: string): Token[] {
  return scanWords(text, false);
}

/**
 * The words that can take part in a name: those that start with a capital or any letter beyond
 * ASCII, and the particles ("de", "van"): tokenize's words less the lower-case ones, which only
 * ever end a run of name words (the gap they leave ends it the same way). Most words are lower
 * case: they are never cut out of the text.
 */
export function nameTokens(text: string): Token[] {
  return scanWords(text, true);
}

const LONGEST_PARTICLE = Math.max(...[...PARTICLES].map((p) => p.length));
// "al-Assad", "el-Sisi" (ARTICLE_NAME) at i: the expression is tried only after "al-" or "el-",
// not on every lower-case word of the text.
const articleName = (text: string, i: number) => (text.charCodeAt(i) === 97 || text.charCodeAt(i) === 101) && text.charCodeAt(i + 1) === 108 && text.charCodeAt(i + 2) === 45 && ARTICLE_NAME.test(text.slice(i, i + 4));

function scanWords(text: string, namesOnly: boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const w = widthAt(text, i);
    const kind = letterKind(text, i, w);
    if (kind === 0) {
      i += w;
      continue;
    }
    let j = i + w;
    let lastGood = j; // end of the token after its last letter, mark or apostrophe
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 45) {
        if (text.charCodeAt(j + 1) === 45) break; // "--", a dash typed in ASCII ("winners--Abdullah"), parts words
        j++;
        continue;
      }
      if (c === 39 || c === 0x2019) {
        j++;
        lastGood = j;
        continue;
      }
      const wj = widthAt(text, j);
      if (letterKind(text, j, wj) === 0) break;
      j += wj;
      lastGood = j;
    }
    if (lastGood > i + w || kind === 1) {
      const first = text.charCodeAt(i);
      const lower = first >= 97 && first <= 122;
      if (!namesOnly || !lower || (lastGood - i <= LONGEST_PARTICLE && PARTICLES.has(text.slice(i, lastGood))) || articleName(text, i)) tokens.push({ text: text.slice(i, lastGood), start: i, end: lastGood });
      i = lastGood;
    } else i += w; // a lone mark is no word
  }
  return tokens;
}

const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'to', 'on', 'by', 'with', 'into', 'near', 'across', 'outside', 'inside', 'called', 'named', 'since', 'until', 'after', 'before', 'than', 'against', 'over', 'under', 'between', 'among', 'during', 'despite']);
const isRoleWord = remembered((w: string): boolean => {
  const lower = stripPossessive(w).toLowerCase().replace(/,$/, '');
  return ROLE_WORDS.has(lower) || lower.split('-').some((p) => ROLE_WORDS.has(p));
});
// In the run of capitalised words before the names, a title in the plural is each one's ("Presidents
// Emmanuel Macron and Joe Biden"). Elsewhere a plural is a role only where ROLE_WORDS lists it:
// "Representatives claimed that X" says nothing of X.
const isTitleInRun = (w: string) => isRoleWord(w) || (w.endsWith('s') && isRoleWord(w.slice(0, -1)));

/** Ends in an em or en dash, perhaps with a space after it (tested by character: it runs on every name). */
function endsInDash(text: string): boolean {
  let i = text.length - 1;
  if (text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c === 0x2014 || c === 0x2013;
}

/**
 * The role just before a name ("former intelligence chief Ivan Petrov", "its leader, Anna
 * Sokolova"): a role word among the four words before it, in the same clause, with no
 * preposition right before the name ("mayor of El Hatillo" names a place).
 */
const RELATIVE_PRONOUN = /^(?:who|whom|whose|which|that)$/i;
const RELATION_NOUN = new RegExp(`^(?:${RELATIONS.join('|')})$`, 'i');
/** A word that names someone by another person: a relative or a relation ("daughter", "rival", "lawyer"). */
const relatedBy = (word: string) => KIN_WORDS.has(word.toLowerCase()) || RELATION_NOUN.test(word);
function roleBefore(text: string, start: number): string | null {
  // A dash sets a role off as a comma does: "the opposition leader—Ana Ruiz".
  const written = text.slice(Math.max(0, start - 80), start);
  // An acronym in brackets before the comma is the field's: "the head of the State Committee for National Security (GKNB), Kamchybek Tashiev".
  const before = (endsInDash(written) ? written.replace(/\s?[\u2014\u2013]\s?$/, ', ') : written).replace(/\s\(\p{Lu}[\p{Lu}\p{Ll}-]{1,9}\)(?=,\s*$)/u, '');
  const clause = before.split(/[.;:!?()\u201C\u201D"]|,(?!\s*$)/).pop() ?? '';
  const words = clause.trim().replace(/,$/, '').split(/\s+/).filter(Boolean);
  const nearest = words.filter((w) => !/^(?:the|a|an)$/i.test(w)).at(-1)?.toLowerCase();
  if (!nearest || PREPOSITIONS.has(nearest)) return null;
  // "the leader of the unregistered party, Pavel Orlov": a role set off by a comma reaches further.
  const window = words.slice(/,\s*$/.test(before) ? -8 : -4);
  let last = -1;
  window.forEach((w, i) => {
    if (isRoleWord(w)) last = i;
  });
  if (last < 0) return null;
  // "President Tokayev pardoned X", "opposition leader Ana Ruiz and X": a role with another name
  // and a word after it between the role and this name is that name's (a capitalised word alone
  // is an honorific: "State Counsellor Daw Aung San Suu Kyi"). A plural one is each name's of a
  // list ("journalists Wa Lone and Kyaw Soe Oo"): nothing but names, particles and "and" between.
  const between = window.slice(last + 1);
  // "a lawyer who represented Ana Ruiz": a relative clause between them; the role is its subject's.
  if (between.some((w) => RELATIVE_PRONOUN.test(w))) return null;
  const joiner = (w: string) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w);
  if (!/^(?:of|for)$/i.test(between[0] ?? '') && between.some((w) => /^\p{Lu}/u.test(w)) && between.some(joiner)) {
    const roleWord = stripPossessive(window[last]).toLowerCase();
    if (singularRole(roleWord) === roleWord || between.some((w) => joiner(w) && !/^(?:and|or),?$/.test(w))) return null;
  }
  // "leaders of the former Khmer Rouge": the name heads an object of the role, not the role's
  // holder; set off by a comma, the name is the holder ("the head of the GKNB, Kamchybek Tashiev").
  const setOff = /,\s*$/.test(before);
  if (!setOff && /^(?:of|in|at|from|for|to|on|with)$/i.test(window[last + 1] ?? '') && /^(?:the|a|an)$/i.test(window[last + 2] ?? '')) return null;
  // Extend back over the words of the role ("former intelligence chief"), at most two more; not
  // over a verb ("to replace outgoing president").
  let first = last;
  while (first > 0) {
    const word = window[first - 1].replace(/,$/, '');
    const lower = word.toLowerCase();
    // "minister of justice": a role word of another role's field belongs to it. Not a relative's
    // nor a rival's: "the daughter (a critic) of President Luis Gil" makes Luis Gil the president.
    if (lower === 'of' && first === last && first >= 2 && isRoleWord(window[first - 2]) && !relatedBy(window[first - 2])) {
      first -= 2;
      continue;
    }
    if (!ROLE_MODIFIERS.has(lower) && (last - first >= 2 || ROLE_STOP.test(word) || PREPOSITIONS.has(lower) || /ed$/i.test(word) || /^to$/i.test(window[first - 2] ?? ''))) break;
    first--;
  }
  // A name the role begins with is taken whole: "Rio de Janeiro's mayor", "National Security Committee chief".
  let from = words.length - window.length + first;
  const properAt = (i: number) => i >= 0 && /^\p{Lu}/u.test(words[i]) && !ROLE_STOP.test(words[i]) && !PREPOSITIONS.has(words[i].toLowerCase());
  if (/^\p{Lu}/u.test(words[from]) || PARTICLES.has(words[from])) {
    const limit = from - 4;
    // A particle or "and" inside the name: "Rio de Janeiro", "a Blue and White member", "Law and
    // Justice"; not the "and" after a person's name ("President Sadyr Japarov and GKNB head").
    const joinsName = (i: number) => PARTICLES.has(words[i]) || (words[i] === 'and' && i > 0 && (isCommonWord(words[i - 1]) || isPlaceSurname(words[i - 1])));
    while (from > limit && (properAt(from - 1) || (joinsName(from - 1) && properAt(from - 2)))) from--;
    while (from > 0 && ROLE_MODIFIERS.has(words[from - 1].toLowerCase())) from--;
    while (PARTICLES.has(words[from])) from++;
  }
  // "deputy minister of defense Ivan Petrov", "Minister for Ecology Zulfiya Suleimenova": the role's field, up to the name.
  const fieldWords = window.length - last - 2;
  // Set off by a comma, the whole field: "the head of the GKNB, Kamchybek Tashiev".
  const field = /^(?:of|for)$/i.test(window[last + 1] ?? '') && fieldWords >= 1 && !window.slice(last + 2, -1).some((w) => /,$/.test(w));
  const end = field && (setOff || ((fieldWords === 1 || fieldWords === 2) && !/^(?:the|a|an)$/i.test(window[last + 2]))) ? window.length : last + 1;
  const role = words.slice(from, words.length - window.length + end).join(' ').replace(/,$/, '').trim();
  if (!role) return null;
  // "Prominent activist Kem Ley ...": a common word capitalised only because it opens the sentence.
  const lead = before.slice(0, before.length - clause.length);
  const opensSentence = from === 0 && (lead === '' ? start <= 80 : /[.!?]$/.test(lead));
  const firstWord = role.split(' ')[0];
  // A title stays capitalised throughout ("State Counsellor").
  const rest = role.slice(firstWord.length);
  // Only a word capitalised at its first letter alone: "PiS leader" keeps its party's capitals.
  return opensSentence && /^\p{Lu}\p{Ll}[^\p{Lu}]*$/u.test(firstWord) && rest === rest.toLowerCase() && (isCommonWord(firstWord) || isRoleWord(firstWord) || ROLE_MODIFIERS.has(firstWord.toLowerCase())) ? role[0].toLowerCase() + role.slice(1) : role;
}

// Function words (articles, pronouns, conjunctions, prepositions, auxiliaries) end a role.
const ROLE_STOP = /^(?:the|a|an|his|her|its|their|and|or|who|was|were|is|are|by|to|that|because|after|before|against|with|for|of|in|on|at|as|from|than|then|when|while|also|has|had|have|be|been|between|among|amid|without|within|under|over|toward|towards|through|during|despite|including|about|like|unlike|upon|via|since|until)$/i;

/** A role without the words of the clause around it: "and parliament speaker" is "parliament speaker"; "whose father" is none. */
function cleanRole(role: string): string | null {
  if (/^(?:who|whose|which|where|when)\b/i.test(role)) return null;
  // After a comma, a finite verb is the sentence's predicate, not a description of the name before
  // it ("Sara Duterte, the daughter of president Rodrigo Duterte, was elected vice president").
  if (/^(?:was|were|is|are|has|had|have|will|would|became|becomes|remained|remains)\b/i.test(role)) return null;
  // ", secured a third term as party leader", ", won a third term": a verb after the name is what the person did, not who they are.
  const firstWord = role.split(' ')[0];
  if (isPastForm(firstWord) && !ROLE_MODIFIERS.has(firstWord)) return null;
  const cleaned = role.replace(/^(?:(?:and|or|but|also|then|as|with)\s+)+/i, '');
  if (!cleaned) return null;
  // One person's role is singular: "Reuters journalists Wa Lone and Kyaw Soe Oo" are each a journalist.
  if (/^(?:one|some|many|several|among)\b/i.test(cleaned)) return cleaned;
  // A count before the plural is the list's, not the person's: "two former officials, A and B".
  const single = cleaned.replace(/(?<![\p{L}\p{M}'\u2019-])\p{Ll}+$/u, singularRole);
  return single !== cleaned ? single.replace(COUNT_OPENING, '') || single : single;
}

const COUNT_OPENING = /^(?:both|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+/i;

/** A role noun in the singular: "journalists" -> "journalist", "businessmen" -> "businessman"; other words as they are. */
function singularRole(word: string): string {
  if (word.endsWith('men') && ROLE_WORDS.has(`${word.slice(0, -3)}man`)) return `${word.slice(0, -3)}man`;
  return word.endsWith('s') && ROLE_WORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

/**
 * Roles that differ only in case are one ("Prime Minister", "prime minister"): the first of each in
 * code-unit order (the title's capitals) is kept, so the result does not depend on the order seen.
 */
export function distinctRoles(roles: Iterable<string>): string[] {
  const byLower = new Map<string, string>();
  for (const role of roles) {
    const key = role.toLowerCase();
    const kept = byLower.get(key);
    if (kept === undefined || role < kept) byLower.set(key, role);
  }
  return [...byLower.values()];
}

/** A role noun, singular or plural, lower case: "aide", "aides", "journalists". */
const isRoleNoun = (word: string) => ROLE_WORDS.has(word) || ROLE_WORDS.has(word.replace(/s$/, ''));

// A comma or a dash opens an appositive: "Ana Ruiz, a former judge", "Ana Ruiz—a former judge—".
const APPOSITIVE_OPENING = /^(?:,\s+|\s?[\u2014\u2013]\s?)([^,.;:()\u2014\u2013]{1,80})/;

// An appositive that opens with an -ing form is a clause ("..., citing the president"), unless the
// form is an adjective of an office ("acting" is a role modifier; "outgoing president", "founding member").
const PARTICIPLE_OPENING = /^[a-z]+ing$/;
const ADJECTIVE_IN_ING = new Set(['outgoing', 'incoming', 'founding', 'ruling', 'leading', 'sitting', 'governing', 'reigning', 'presiding', 'serving', 'ranking', 'managing', 'visiting']);

/** A description set off after the name: "Gulnara Ospanova, a former editor, said ...". */
function appositiveRole(text: string, start: number, end: number): string | null {
  const m = APPOSITIVE_OPENING.exec(text.slice(end, end + 90));
  if (!m) return null;
  const words = m[1].trim().split(/\s+/).slice(0, 9);
  // A clause of its own, not a description: "Raúl Melara, replacing them with allies of the president".
  if (PARTICIPLE_OPENING.test(words[0]) && !ROLE_MODIFIERS.has(words[0]) && !ADJECTIVE_IN_ING.has(words[0])) return null;
  // A relative of someone named: "Hun Manet, the eldest son of longtime prime minister Hun Sen" is the son.
  const kin = words.slice(0, 4).findIndex((w, i) => KIN_WORDS.has(w.toLowerCase()) && words[i + 1] === 'of');
  if (kin >= 0 && words.slice(kin + 2).some((w) => startsUpper(w))) return bareRole(m[1].trim());
  let last = -1;
  words.slice(0, 7).forEach((w, i) => {
    if (ROLE_WORDS.has(stripPossessive(w).toLowerCase())) last = i;
  });
  if (last < 0) return personDescribed(text, start, end, m);
  // A body's word after the role ends its field: "the head of the Prime Minister's Office".
  if (ORGANISATION_WORDS.has(stripPossessive(words[last + 1] ?? '').toLowerCase())) return bareRole(words.slice(0, last + 2).join(' '));
  // "Ahmad Ishchi, blamed First Vice President Dostum": a role followed by a name is that name's,
  // unless the name is a possessive before a role of its own ("Win Myint, one of NLD leader Aung
  // San Suu Kyi's aides": the aide is Win Myint).
  if (/^\p{Lu}/u.test(words[last + 1] ?? '')) {
    const owner = words.findIndex((w, i) => i > last && endsPossessive(w));
    if (owner < 0 || !isRoleNoun((words[owner + 1] ?? '').toLowerCase())) return null;
    return bareRole(words.slice(0, owner + 2).join(' '));
  }
  return bareRole(words.slice(0, fieldEnd(words, last)).join(' ')) || null;
}

// A person described by no role but as a person ("Ana Ruiz, a 22-year-old Kurdish woman, died"):
// the description must be set off on both sides, and the name not a place's after "in" or "near":
// a place opens a clause the same way ("In Sidi Bouzid, a young man, Tarek Ali, set himself on fire").
// A past participle after the noun describes it too, up to the sentence's end ("Ana Ruiz, a
// 22-year-old woman arrested by the morality police.").
const PERSON_DESCRIBED = /^((?:a|an)\s+(?:[\p{L}\d'\u2019-]+\s+){0,3}?(?:man|woman|boy|girl|teenager|resident|villager|farmer|worker))(\s+\p{Ll}+(?:ed|en)\b.*)?$/u;
const SET_OFF_AFTER = /^\s?[,\u2014\u2013]/;
// PLACE_BEFORE at a sentence's start too ("In Sidi Bouzid, ..."), where the capitalised word may open the run read.
const PLACE_OPENING_BEFORE = new RegExp(PLACE_BEFORE.source, 'iu');
const PLACE_WORD_OPENS = new RegExp(`^(?:${PLACE_WORDS})\\s`, 'i');
function personDescribed(text: string, start: number, end: number, m: RegExpExecArray): string | null {
  const described = PERSON_DESCRIBED.exec(m[1].trim());
  if (!described || !(described[2] || SET_OFF_AFTER.test(text.slice(end + m[0].length)))) return null;
  const afterPlaceWord = PLACE_OPENING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || PLACE_WORD_OPENS.test(text.slice(start, start + 12));
  return afterPlaceWord ? null : bareRole(described[1]);
}

// An appositive's opening that is no part of the role: its article, after "then", "now" or
// "currently" ("Ana Ruiz, then the minister of justice"); "formerly (the)" is "former".
const ROLE_ARTICLE = /^(?:(?:then|now|currently)\s+)?(?:a|an|the)\s+/i;
const FORMERLY = /^formerly\s+(?:(?:a|an|the)\s+)?/i;
const bareRole = (role: string) => role.replace(ROLE_ARTICLE, '').replace(FORMERLY, 'former ');

/** Where a role that ends at `last` ends with its field: "president of the National Judicial Office", "minister for ecology" (up to five words, no function word). */
function fieldEnd(words: string[], last: number): number {
  if (!/^(?:of|for)$/i.test(words[last + 1] ?? '')) return last + 1;
  let k = last + 2;
  if (/^the$/i.test(words[k] ?? '')) k++;
  const from = k;
  while (k < words.length && k - from < 5 && !ROLE_STOP.test(words[k]) && !/^\d/.test(words[k])) k++;
  return k > from ? k : last + 1;
}

// A role word before "of" that is a title of the name after it; a plural ("critics", "allies"; not
// "boss"), a relative or a relation names others: "critics (a rival, the daughter) of President Kais Saied".
const titleBeforeOf = (word: string) => isRoleWord(word) && !/[^s]s$/.test(word.toLowerCase()) && !relatedBy(word);
// A title that ends in "of" before the capitalised run: "Minister of Justice Marat Beketayev".
const TITLE_OF_BEFORE = /\b((?:\p{Lu}[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{Ll}-]+)\s+of\s+(?:the\s+)?$/u;

/** A role written as part of a capitalised run: "President Donald Trump", "Prime Minister Hun Sen", "Minister of Justice Marat Beketayev". */
function runRole(text: string, run: Token[], nameStart: Token): string | null {
  const before = run.slice(0, run.indexOf(nameStart));
  const lastRole = before.map((t) => isTitleInRun(t.text)).lastIndexOf(true);
  // The role ends the run before the name, or one common word after it does ("Chief Executive").
  if (lastRole < 0 || (lastRole !== before.length - 1 && !(lastRole === before.length - 2 && isFieldWord(before[lastRole + 1].text)))) return null;
  let first = lastRole;
  // The office's field in the run too: "Deputy Foreign Affairs Minister" (at most two words, each a
  // common word that ends no clause: not "When President ...", "In March President ...").
  let field = 0;
  while (first > 0) {
    const word = before[first - 1].text;
    if (!isTitleInRun(word) && !ROLE_MODIFIERS.has(word.toLowerCase())) {
      if (field === 2 || !isFieldWord(word)) break;
      field++;
    }
    first--;
  }
  // A title in the plural is each one's ("Presidents Emmanuel Macron and Joe Biden": President).
  const words = before.slice(first).map((t) => t.text);
  const plural = words[words.length - 1];
  const single = singularRole(plural.toLowerCase());
  if (single !== plural.toLowerCase()) words[words.length - 1] = plural[0] + single.slice(1);
  const role = words.join(' ');
  if (first > 0) return role;
  const title = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, run[0].start - 40), run[0].start));
  return title && titleBeforeOf(title[1].split(/\s+/).at(-1)!) ? `${title[0]}${role}` : role;
}

/** A capitalised common word that may name an office's field before its title ("Interior"), not a function word or a month. */
const isFieldWord = (word: string) => isCommonWord(word) && !ROLE_STOP.test(word) && !MONTHS.includes(word.toLowerCase());

// The words a title's field may hold between the title and the run: capitalised words and these.
const FIELD_JOINS = new Set(['of', 'for', 'and', 'the', 'on']);

/**
 * A title whose field runs up to `start`, where a capitalised run goes on with it: "Minister of
 * Labor and" before "Social Protection Tamara Duisenova", "chairman of the" before "National
 * Security Committee Ermek Sagimbayev". The title and the field's words before the run, or null.
 */
function titleOfField(text: string, start: number): string | null {
  const words = text.slice(Math.max(0, start - 100), start).split(/\s+/);
  words.pop(); // the empty string after the last space
  let title = -1;
  for (let k = words.length - 1; k >= 0 && k >= words.length - 10; k--) {
    const w = words[k];
    if (!/^[\p{L}\p{M}'\u2019-]+$/u.test(w)) break;
    const lower = w.toLowerCase();
    if (FIELD_JOINS.has(lower)) continue;
    // A relative's or a rival's word is no title: "the daughter of President Luis Gil" (see titleBeforeOf).
    if (titleBeforeOf(w) && /^(?:of|for)$/i.test(words[k + 1] ?? '')) title = k;
    else if (!startsUpper(w) && !ROLE_MODIFIERS.has(lower)) break;
  }
  if (title < 0) return null;
  // And the words of the title before it: "Prime Minister of", "Chief Justice of".
  while (title > 0 && (ROLE_MODIFIERS.has(words[title - 1].toLowerCase()) || (startsUpper(words[title - 1]) && isRoleWord(words[title - 1])))) title--;
  return words.slice(title).join(' ');
}

// Where a sentence, a heading or a bullet begins.
const OPENS_SENTENCE = /(?:^|[.!?:;]["\u201D\u2019)]*\s+|[\u2022\n]\s*)$/;

/**
 * The run's name comes after capitalised English words that are no title, inside a sentence: the
 * words name a party, a body or a place with it ("United Torah Judaism", "Radio Free Europe").
 */
function namedThing(text: string, run: Token[], nameStart: number, title: () => string | null): boolean {
  if (nameStart === 0 || OPENS_SENTENCE.test(text.slice(Math.max(0, run[0].start - 4), run[0].start)) || title() !== null) return false;
  return run.slice(0, nameStart).every((t) => isCommonWord(t.text) && !isTitleInRun(t.text) && !ROLE_MODIFIERS.has(t.text.toLowerCase()));
}

const UPPER_START = /^\p{Lu}/u;
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}

// Initials inside a name: a capital with a full stop ("George W. Bush", "M.K. Stalin"), or two or
// three capitals ("MJ Akbar", "KP Sharma Oli") that the report never uses alone, as it does an
// acronym ("the US", "the BJP won").
const CAPITALS = /^\p{Lu}{2,3}$/u;
const NAME_WORD_NEXT = /^\.?\s\p{Lu}[\p{Ll}\p{M}]/u;
const WORD_PART = /[\p{L}\p{M}'\u2019-]/u;

/** Whether a word of capitals stands alone somewhere in the texts (not before a capitalised word): an acronym. Asked only of the rare capitals in a name. */
function acronymTest(texts: readonly string[]): (word: string) => boolean {
  return remembered((word: string) =>
    texts.some((text) => {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        const end = i + word.length;
        if ((i > 0 && (WORD_PART.test(text[i - 1]) || text[i - 1] === '.')) || (end < text.length && WORD_PART.test(text[end]))) continue;
        if (!NAME_WORD_NEXT.test(text.slice(end, end + 4))) return true;
      }
      return false;
    }),
  );
}

/** A given name that is no English word ("Mike", "Yassine"; not "Will" or "Grace"): on its own, the shape of a name's first word. */
const isPlainGivenName = (word: string) => isGivenName(word) && !isCommonWord(word);

// A Korean or Taiwanese given name of two syllables joined by a hyphen, the second in lower case
// ("Jae-in", "Ying-jeou", "Ki-moon"). The short word before it is the family name, by which the
// report calls the person ("Moon Jae-in" ... "Moon said"), even where it is an English word (Moon,
// Park, Lee, Ma). Not "Same-sex" or "Short-term" (two English words), nor "Obama-era" or
// "Aviv-based" (a longer first part before an English word).
const HYPHENATED_GIVEN = /^(\p{Lu}\p{Ll}{1,4})-(\p{Ll}{1,5})$/u;
const isHyphenatedGivenName = remembered((word: string): boolean => {
  const m = HYPHENATED_GIVEN.exec(stripPossessive(word));
  return m !== null && !(isCommonWord(m[1]) && isCommonWord(m[2])) && (m[1].length <= 3 || !isCommonWord(m[2]));
});
const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,4}$/u;
// Between two name words, a short English word is a middle name (Vietnamese "Van" (Văn) in
// "Nguyen Van Dai", "Vo Van Thuong"), and "Sheikh" is a part of the name, not a title before it
// (Somali "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed").
const middleName = (word: string) => (word.length <= 3 && isCommonNameWord(word)) || word === 'Sheikh';
// A Chinese name in pinyin: a family name of one syllable, then a given name of one or two, neither
// an English word ("Xi Jinping", "Li Keqiang", "Zhang Zhan"; not "Falun Gong", whose first word is two
// syllables, nor "Sha Tin"). A syllable is an initial and a final of Mandarin's table; a final that
// opens a syllable is one of those written without y or w (a, o, e and their compounds).
const PINYIN_FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u|v)';
const PINYIN_SYLLABLE = `(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)${PINYIN_FINAL}|(?:ang|eng|ai|ao|an|ei|en|er|ou|a|e|o))`;
const PINYIN_FAMILY = new RegExp(`^${PINYIN_SYLLABLE}$`, 'i');
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`, 'i');
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const pinyinName = (family: string, given: string) => {
  const bare = stripPossessive(given);
  return CAPITALISED.test(family) && CAPITALISED.test(bare) && PINYIN_FAMILY.test(family) && PINYIN_GIVEN.test(bare) && !isCommonWord(family) && !isCommonWord(bare);
};
/** "Moon Jae-in": a family name of one short word, then a hyphenated given name; or a Chinese name in pinyin. */
const familyNameFirst = (words: readonly string[]) =>
  words.length === 2 && ((isHyphenatedGivenName(words[1]) && FAMILY_NAME.test(words[0]) && (isNameWord(words[0]) || isCommonNameWord(words[0]))) || pinyinName(words[0], words[1]));
// A Cantonese given name may spell two English words ("Chan Kin-man", "Chan Ho-tin"): it is one
// after a family name that is no English word, where "Same-sex" or "Short-term" never stands.
const cantoneseName = (family: string, given: string) => FAMILY_NAME.test(family) && HYPHENATED_GIVEN.test(stripPossessive(given)) && isNameWord(family) && !isCommonWord(family);

// A month after a word that makes it a date ("in July", "by early May"), not a given name.
const DATE_PREPOSITION_BEFORE = /\b(?:in|on|by|since|until|from|during|through|early|late|mid|last|next|that|this)[\s-]+$/i;
const monthOfDate = (text: string, token: Token) => MONTHS.includes(token.text.toLowerCase()) && DATE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start));

/** A single capital with a full stop after it: "W." in "George W. Bush". */
function dottedInitial(text: string, token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return token.text.length === 1 && c >= 65 && c <= 90 && text.charCodeAt(token.end) === 46;
}

/** "Jr" or "Sr" written with its full stop, which belongs to the name as an initial's does: "Ferdinand Marcos Jr.". */
function dottedGeneration(text: string, token: Token): boolean {
  return (token.text === 'Jr' || token.text === 'Sr') && text.charCodeAt(token.end) === 46;
}

function isInitial(text: string, token: Token, isAcronym: (word: string) => boolean): boolean {
  if (token.text.length === 1) return dottedInitial(text, token);
  // Capitals that spell a role are its title, not initials: "MP Ana Ruiz", "opposition MP Ana Ruiz".
  return CAPITALS.test(token.text) && !isAcronym(token.text) && !isRoleWord(token.text);
}

/** Full-name candidates of a paragraph: runs of two to four name words. */
export function findNameCandidates(text: string, tokens: Token[] = nameTokens(text), isAcronym: (word: string) => boolean = acronymTest([text])): NameCandidate[] {
  const found: NameCandidate[] = [];
  let run: Token[] = [];
  const flush = () => {
    // One word or none makes no full name: most words end a run of length 0 or 1.
    if (run.length < 2) {
      if (run.length) run = [];
      return;
    }
    // A month a preposition makes a date is no part of a name: "In July Trump filed a lawsuit".
    for (let k = run.length - 1; k >= 0; k--) {
      if (!monthOfDate(text, run[k])) continue;
      run = run.slice(k + 1);
      break;
    }
    if (run.length < 2) {
      run = [];
      return;
    }
    // A run that opens with an organisation's word and holds no role names a body, as many
    // languages name one: "Partido Popular", "Chama Cha Mapinduzi", "Mouvement Patriotique du Salut".
    if (FOREIGN_ORGANISATION_WORDS.has(run[0].text.toLowerCase()) && !run.some((t) => isRoleWord(t.text))) {
      run = [];
      return;
    }
    // Keep the longest tail of name words: "National Security Committee Samat Abish" -> "Samat Abish".
    // A regnal number or generation ends it, part of a name of one word ("King Mswati III", "King
    // Mohammed VI", "Mohammed VI's government"); after a full name the report may drop it ("Chanda
    // Chimba III", then "Chanda Chimba"): the name is kept without it.
    const last = run.length >= 2 && NUMERAL.test(stripPossessive(run[run.length - 1].text)) && isNameWord(run[run.length - 2].text) ? run.length - 1 : run.length;
    // After a given name, a word of a country's name or a given name that is also a place or a
    // faith is a surname: "António Costa", "Manuel Pinto da Costa", "Rozina Islam"; so is a month
    // right after a plain given name, which no preposition reads as a date: "Prime Minister Theresa May".
    const lastWord = last >= 2 ? run[last - 1].text : '';
    const otherSurname =
      last >= 2 &&
      (((isPlaceSurname(lastWord) || (isAnyGivenName(lastWord) && !isCommonWord(lastWord))) && run.slice(0, last - 1).some((t) => isAnyGivenName(t.text))) ||
        (MONTHS.includes(stripPossessive(lastWord).toLowerCase()) && isPlainGivenName(run[last - 2].text)));
    // After "bin" comes the father's given name, whatever English word it spells ("Qaboos bin Said");
    // a faith's name between a given name and a family name with the Arabic article is part of the
    // name ("Mohammed Shia al-Sudani").
    const nameAt = (k: number) =>
      isNameWord(run[k].text) ||
      (otherSurname && k === last - 1) ||
      (k > 0 && PATRONYMICS.has(run[k - 1].text) && startsUpper(run[k].text)) ||
      (k > 0 && k + 1 < last && isGroupWord(run[k].text) && isGivenName(run[k - 1].text) && ARTICLE_NAME.test(run[k + 1].text));
    let i = last;
    while (i > 0 && (nameAt(i - 1) || (i < last && (PARTICLES.has(run[i - 1].text) || isInitial(text, run[i - 1], isAcronym) || (i >= 2 && middleName(run[i - 1].text) && nameAt(i - 2)))))) i--;
    if (i === last && last >= 2 && cantoneseName(run[last - 2].text, run[last - 1].text)) i = last - 2;
    // The title whose field runs into the run, looked for once and only where asked.
    const runStart = run[0].start;
    let titleBefore: string | null | undefined;
    const title = () => (titleBefore === undefined ? (titleBefore = titleOfField(text, runStart)) : titleBefore);
    // "Mayor of Kyiv Vitali Klitschko": after a title's "of", a run of name words opens with the
    // field (a place, a body) and a given name opens the holder's name.
    if (i === 0 && last >= 3) {
      const given = run.findIndex((t, k) => k >= 1 && k <= last - 2 && isPlainGivenName(t.text) && !isPlaceSurname(t.text));
      if (given > 0 && title() !== null) i = given;
    }
    // The run opens with the rest of a title's field and ends with its holder's name: the name
    // words alone ("Minister of Labor and Social Protection Tamara Duisenova").
    const field = i > 0 && last - i >= 2 ? title() : null;
    // After a role, a common word may be part of the name: "President Donald Trump".
    const roleInRun = run.slice(0, i).some((t) => isTitleInRun(t.text));
    const runEnd = run[run.length - 1].end;
    // A cue after the name ("Win Myint, one of the leader's aides", "Ales Bialiatski lost his
    // appeal") lets common words in only where the name would otherwise be lost.
    const cueAfter = run.length - i < 2 && personCueAfter(text, runEnd, appositiveRole(text, run[0].start, runEnd));
    // (After a title's field, the name is the name words alone.)
    if (field === null && run.length >= 2 && (roleInRun || cueAfter || roleBefore(text, run[0].start) !== null)) {
      let j = last;
      // A given name before a surname opens the name: a common word before it is the role's ("Chief
      // Executive Carrie Lam"); a given name that ends the name may be a surname ("Representative Young Kim").
      const opened = (k: number) => k < last - 1 && isPlainGivenName(run[k].text);
      while (j > 0 && last - j < 4 && (nameAt(j - 1) || (isCommonNameWord(run[j - 1].text) && !opened(j)) || (j < last && (isAnyGivenName(run[j - 1].text) || PARTICLES.has(run[j - 1].text) || isInitial(text, run[j - 1], isAcronym))))) j--;
      // "vice president Mike Pence": a given name opens a name whose words are all common too.
      if (j < i && (run.slice(j, last).some((_, k) => nameAt(j + k)) || (run.length - j >= 2 && isGivenName(run[j].text)))) i = j;
    } else {
      // A given name that is also an English word, a faith or a place opens the name: "Maria
      // Ressa", "José Maria Neves", "Islam Karimov".
      // (Not over a title's field: "Chief Justice of Kenya Martha Koome", "President of Sierra Leone Julius Maada Bio".)
      while (field === null && i > 0 && i < last && isAnyGivenName(run[i - 1].text)) {
        i--;
        while (i > 0 && nameAt(i - 1)) i--;
      }
      // A given name before a surname that is an English word ("Donald Tusk", "Bobi Wine"): a
      // candidate that findPeople takes only where the report uses the word alone as a person's.
      if (i === last && last >= 2 && isPlainGivenName(run[last - 2].text) && isCommonNameWord(run[last - 1].text)) i = last - 2;
      if (last >= 2 && i === last - 1 && familyNameFirst([run[last - 2].text, run[last - 1].text])) i = last - 2;
    }
    // Four words at most, five with a particle ("Luiz Inácio Lula da Silva"): of a longer run, the
    // last ("Daw Aung San Suu Kyi", an honorific before a name of four words, is "Aung San Suu Kyi").
    const tooLong = (from: number) => last - from > (run.slice(from, last).some((w) => PARTICLES.has(w.text)) ? 5 : 4);
    // More than five words before the end are too long whatever they hold: skipped at once, so a
    // long run of capitalised words ("A B C ..." in a copy set in title case) costs no more than its length.
    i = Math.max(i, last - 5);
    while (i < run.length && (PARTICLES.has(run[i].text) || tooLong(i))) i++;
    const words = last < run.length && last - i === 1 ? run.slice(i) : run.slice(i, last);
    const runTokens = run;
    run = [];
    // One word after a title ("Sheikh Hasina", "President Jokowi"): a person where no one's
    // longer name holds the word (findPeople), else that person named by surname.
    const titled = words.length === 1 && i > 0 && isRoleWord(runTokens[i - 1].text) && isNameWord(words[0].text) && !GENERATION.test(words[0].text);
    if (words.length < 2 && !titled) return;
    const start = words[0].start;
    const end = words[words.length - 1].end + (dottedGeneration(text, words[words.length - 1]) ? 1 : 0);
    const surface = text.slice(start, end);
    const possessive = endsPossessive(surface);
    const inRun = field !== null ? `${field} ${text.slice(runTokens[0].start, runTokens[i - 1].end)}` : runRole(text, runTokens, words[0]);
    const appositive = appositiveRole(text, start, end);
    const described = [inRun ?? roleBefore(text, start), appositive].filter((r): r is string => r !== null);
    const roles = described.map(cleanRole).filter((r): r is string => r !== null);
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 30), start);
    const afterPlace = PLACE_OPENING_BEFORE.test(before) && !possessive;
    found.push({
      // An initial keeps its full stop: "George W. Bush"; so does a generation: "Ferdinand Marcos Jr.".
      words: words.map((w) => (dottedInitial(text, w) || dottedGeneration(text, w) ? `${w.text}.` : stripPossessive(w.text))),
      start,
      end,
      surface,
      possessive,
      roles,
      cue: (described.length > 0 || personCueAfter(text, end, appositive) || (PEOPLE_VERBS.test(after) && LAST_OF_LIST.test(before)) || PERSON_OBJECT_BEFORE.test(before) || listOfPeopleBefore(text, start)) && !(afterPlace || OFFICE_OF_BEFORE.test(before)),
      organisation: ORGANISATION_BEFORE.test(before) || (WHICH_AFTER.test(after) && CLAUSE_START_BEFORE.test(before)) || (THE_BEFORE.test(before) && NO_NOUN_AFTER.test(text.slice(end, end + 2))) || namedThing(text, runTokens, i, title),
      tail: i > 0,
      afterPlace,
    });
  };
  for (let k = 0; k < tokens.length; k++) {
    const written = tokens[k];
    // "Ben Ali-era judges", "the Fidesz-led coalition": a name joined to a participle or "era" is
    // an adjective; the name ends before the hyphen, as it does before an en dash ("Ben Ali\u2013era").
    const adjective = written.text.includes('-') ? NAME_ADJECTIVE.exec(written.text) : null;
    const token = adjective ? { text: adjective[1], start: written.start, end: written.start + adjective[1].length } : written;
    const previous = run[run.length - 1];
    const adjacent = previous && !endsPossessive(previous.text) && ((token.start === previous.end + 1 && text.charCodeAt(previous.end) === 32) || (token.start === previous.end + 2 && quotedNickname(text, previous, token)) || afterInitial(text, previous, token));
    const capitalised = startsUpper(token.text) || ARTICLE_NAME.test(token.text);
    const particle = run.length > 0 && PARTICLES.has(token.text);
    const joins = (capitalised || particle) && (run.length === 0 || adjacent);
    if (!joins) flush();
    if (joins || capitalised) run.push(token);
    if (adjective) flush();
  }
  flush();
  return found;
}

// A capitalised word, a hyphen, then a participle or "era": "Trump-era", "Republican-led",
// "Kremlin-backed". (Not a Korean given name's second syllable: "Ki-moon", "Jae-in".)
const NAME_ADJECTIVE = /^(\p{Lu}[\p{L}\p{M}'\u2019-]*?)-(?:\p{Ll}+ed|era)$/u;

// "Mada Masr, which had criticized the government, was closed": "which" after the subject says the
// name is a thing's ("who" would say a person's). After an object it may be the occurrence's:
// "police arrested Ahmed Mansoor, which drew condemnation".
const WHICH_AFTER = /^,\s*which\b/;
// The start of a sentence or clause, perhaps after an opening phrase set off by a comma ("In 2021, ").
const CLAUSE_START_BEFORE = /(?:^|[.!?;:]['"\u2019\u201D)]?\s+|\b(?:and|but|while|whereas)\s+)(?:(?:In|On|At|By|During|After|Before|Since|Following|Meanwhile|However|Separately|Subsequently|Later|Then)\b[^,.;:]{0,40},\s+)?$/;

// "Kem Sokha's daughter", "Biden's son", "Nazarbayev's late nephew": only a person has relatives
// (WordNet's, scripts/wordnet-lexicon.ts), perhaps with a word before the relation; a body's
// "parent party" or "sister organization" is no relative.
const KIN_WORDS: ReadonlySet<string> = new Set(KIN.words);
const KIN_AFTER = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${KIN.words.join('|')})\\b(?!-)(?!\\s+(?:${[...ORGANISATION_WORDS].join('|')}|newspapers?|outlets?|publications?|papers?|firms?|groups?)\\b)`, 'u');

/** A role (the name's appositive, found by the caller), a verb, a his / her or a relative right after a name: what marks it as a person's. */
function personCueAfter(text: string, end: number, appositive: string | null): boolean {
  const after = text.slice(end, end + 60);
  return appositive !== null || PERSON_VERBS.test(after) || PERSON_AFTER.test(after) || becameRole(after) || (endsPossessive(text.slice(end - 2, end)) && KIN_AFTER.test(after));
}

// "Elyes Fakhfakh became prime minister", "Abdullah became chief executive" (FIW 2022 Tunisia,
// 2018 Afghanistan), "elected X as president": a name that takes an office is a person's ("Fidesz
// became the largest party" takes none).
const BECAME = /^,?\s+(?:became|took office as|was sworn in as|as)\s+(?:the\s+|a\s+|an\s+)?([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})/u;
function becameRole(after: string): boolean {
  const m = BECAME.exec(after);
  if (!m) return false;
  // The office is the phrase's last word before a function word: "prime minister (in May)", not "a major (threat)".
  const words = m[1].split(/\s+/);
  const stop = words.findIndex((w) => ROLE_STOP.test(w));
  const head = (stop < 0 ? words : words.slice(0, stop)).at(-1);
  return head !== undefined && isRoleWord(head);
}

/** Whether a word of a name the report uses `alone` times alone stands for its owner: a given name of the packages only twice or more (a given name once may be anyone's). */
const standsAloneFor = (word: string, alone: number) => alone >= 2 || !isGivenName(word);

// "critics ..., including", "journalists such as": a list of people follows.
const LIST_INTRO = /\b(?:including|included|includes|include|such as|among them|among whom|namely)\s+$/i;

/** The name opens a list after people named by their role: "opposition leaders, including Ana Ruiz". */
function listOfPeopleBefore(text: string, start: number): boolean {
  // Most names follow no list word: look at the last words first, the clause only after one.
  if (!LIST_INTRO.test(text.slice(Math.max(0, start - 16), start))) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  const intro = LIST_INTRO.exec(before)!;
  const sentence = before.slice(0, intro.index).split(/[.;:!?]\s/).pop() ?? '';
  // People in the plural ("critics", "journalists"): a singular role word may be a rank or an adjective ("major cities").
  return sentence.trim().split(/\s+/).slice(-12).some((w) => {
    const word = w.replace(/[,)]+$/, '').toLowerCase();
    return word.endsWith('s') && isRoleNoun(word);
  });
}

/** Two names side by side in a list: "Ana Ruiz, Pablo Gil and Eva Sanz". */
const LIST_GAP = /^(?:,\s+|,?\s+(?:and|or)\s+)$/;

/** Names listed beside a person are people too: each candidate with evidence passes it to its neighbours in the list. */
function shareAcrossLists(text: string, candidates: NameCandidate[], evidence: (c: NameCandidate) => boolean): Set<NameCandidate> {
  const people = new Set(candidates.filter(evidence));
  const listed = (a: NameCandidate, b: NameCandidate) => !a.possessive && !a.organisation && !b.organisation && LIST_GAP.test(text.slice(a.end, b.start));
  for (let i = 1; i < candidates.length; i++) if (people.has(candidates[i - 1]) && listed(candidates[i - 1], candidates[i])) people.add(candidates[i]);
  for (let i = candidates.length - 2; i >= 0; i--) if (people.has(candidates[i + 1]) && listed(candidates[i], candidates[i + 1])) people.add(candidates[i]);
  return people;
}

/** "W. Bush", "M.K.": a word right after a capital's full stop and at most one space. */
function afterInitial(text: string, previous: Token, token: Token): boolean {
  const gap = token.start - previous.end;
  return previous.text.length === 1 && (gap === 1 || gap === 2) && text.charCodeAt(previous.end) === 46 && (gap === 1 || text.charCodeAt(previous.end + 1) === 32);
}

/** A nickname in quotes inside a name, or the word after it: "Luiz Inácio “Lula” da Silva". */
function quotedNickname(text: string, previous: Token, token: Token): boolean {
  const gap = text.slice(previous.end, token.start);
  if (gap === ' \u201C' || gap === ' "') return text[token.end] === (gap[1] === '"' ? '"' : '\u201D') && text[token.end + 1] === ' ';
  if (gap === '\u201D ' || gap === '" ') return text[previous.start - 1] === (gap[0] === '"' ? '"' : '\u201C');
  return false;
}

export interface PersonInReport {
  /** Key of the full name (see names.ts). */
  key: string;
  words: string[];
  surnameKey: string;
  givenKey: string;
  /** Distinct spellings and roles, in order of appearance (plain arrays: the result is cached as JSON). */
  spellings: string[];
  roles: string[];
}

export interface MentionInReport {
  paragraphIndex: number;
  start: number;
  end: number;
  surface: string;
  form: 'full_name' | 'surname';
  possessive: boolean;
  personKey: string;
}

const QUOTED_WORD = /[\u201C"](\p{Lu}[\p{L}\p{M}'\u2019-]*)[\u201D"]/gu;

// A generation or a regnal number after the name: "Ferdinand Marcos Jr", "Mswati III", "Mohammed VI".
const NUMERALS = 'II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI';
const NUMERAL = new RegExp(`^(?:${NUMERALS})$`);
const GENERATION = new RegExp(`^(?:Jr|Sr|${NUMERALS})\\.?$`);

/** The word of a name that is its surname: the last, or the one before a generation. */
function surnameOf(words: string[]): string {
  return words.length > 1 && GENERATION.test(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1];
}

/** The person the candidates of one name key name. The key of the last word, a generation included, tells father and son apart across reports. */
function personOf(key: string, list: NameCandidate[]): PersonInReport {
  const words = list[0].words;
  return {
    key,
    words,
    surnameKey: wordKey(words[words.length - 1]),
    givenKey: wordKey(words[0]),
    spellings: [...new Set(list.map((c) => c.words.join(' ')))],
    roles: distinctRoles(list.flatMap((c) => c.roles)),
  };
}

/** The key of a surname without its Arabic article ("al-Sisi" -> "sisi"); null for other surnames. */
function bareSurnameKey(word: string): string | null {
  return ARTICLE_NAME.test(word) ? wordKey(word.slice(3)) : null;
}

/** A capitalised word the report writes, alone or ending a name, before a reporting or arrest verb: "Tusk said", "Abdoulaye Wade was arrested". */
function actsAlone(paragraphs: string[], word: string): boolean {
  const bare = stripPossessive(word);
  for (const text of paragraphs) {
    for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
      if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + bare.length] ?? '')) continue;
      if (PERSON_VERBS.test(text.slice(at + bare.length, at + bare.length + 60))) return true;
    }
  }
  return false;
}

// Before a word, what makes it a common noun rather than a surname: "the Jirga", "many Tatars",
// "thousands of Hazaras".
const DETERMINED = new RegExp(String.raw`${WORD_START}(?:the|a|an|many|several|some|most|few|other|these|those|(?:dozens|hundreds|thousands|millions) of)\s+$`, 'iu');

/**
 * The people of one report and every mention of them. A candidate counts as a person when a cue
 * supports it here, or when its surname is used alone elsewhere in the report (people are named
 * in full once, then by surname).
 */
export function findPeople(paragraphs: string[]): { people: Map<string, PersonInReport>; mentions: MentionInReport[] } {
  const tokens = paragraphs.map((text) => nameTokens(text));
  const isAcronym = acronymTest(paragraphs);
  const candidates = paragraphs.map((text, i) => findNameCandidates(text, tokens[i], isAcronym));
  // The words that may name a person alone (a surname), asked once each.
  const nameWords = tokens.map((list) => list.filter((t) => isNameWord(t.text) || isPlaceSurname(t.text)));
  // How often each of some words stands alone, outside a full name: a surname, or the word a report calls someone by.
  const countAlone = (words: Token[][]) => {
    const alone = new Map<string, number>();
    paragraphs.forEach((text, index) => {
      // Candidates and words both run in text order, and candidates do not overlap: one pass over
      // both finds the candidate a word may be inside (the first that does not end before it).
      const spans = candidates[index];
      let span = 0;
      for (const t of words[index]) {
        // "the Jirga", "many Tatars": a common noun, not a person named by surname; tokens of longer names do not count.
        if (DETERMINED.test(text.slice(Math.max(0, t.start - 16), t.start))) continue;
        while (span < spans.length && spans[span].end <= t.start) span++;
        // A word after a title ("President Saïed") is as alone as without it.
        if (span < spans.length && t.start >= spans[span].start && t.end <= spans[span].end && spans[span].words.length > 1) continue;
        const key = wordKey(t.text);
        alone.set(key, (alone.get(key) ?? 0) + 1);
      }
    });
    return alone;
  };
  const usedAlone = countAlone(nameWords);
  const people = new Map<string, PersonInReport>();
  // The keys of the words a person's name holds in quotes, by the person's key.
  const quoted = new Map<string, Set<string>>();
  const byKey = new Map<string, NameCandidate[]>();
  // A given name first ("Mike Pence", "Yassine Ayari") is the shape of a person's name; so is one
  // that is also an English word when ten or more locales list it ("Maria", "Martin", "Peter").
  // An Arabic kunya before a given name ("Abu Mohammed al-Julani", "Umm Kulthum") opens a name as
  // the given name would; and a name of three name words whose middle one is a given name is one
  // of a given name, the father's and the grandfather's, as the Horn of Africa and Arab countries
  // name people ("Abiy Ahmed Ali"), or of a given name in the middle ("Bola Ahmed Tinubu").
  const opensWithGivenName = (words: string[]) => isPlainGivenName(words[0]) || widespreadGivenName(words[0]) || (KUNYA.has(words[0]) && words.length > 2 && isPlainGivenName(words[1]));
  const ofGivenNames = (words: string[]) => words.length === 3 && isNameWord(words[0]) && isPlainGivenName(words[1]) && (isPlainGivenName(words[2]) || isNameWord(words[2]));
  const givenNameFirst = (words: string[]) => (opensWithGivenName(words) && isNameWord(words[words.length - 1])) || familyNameFirst(words) || ofGivenNames(words);
  candidates.forEach((list, index) => {
    // A name after a place word is a place's ("offices in Lin Biao", "In Sidi Bouzid, ..."), unless a cue says otherwise.
    for (const c of shareAcrossLists(paragraphs[index], list, (c) => c.cue || (givenNameFirst(c.words) && !c.afterPlace))) c.cue = true;
  });
  for (const list of candidates) {
    for (const c of list) {
      valueAt(byKey, nameKey(c.words), () => []).push(c);
    }
  }
  const groups = groupNames(paragraphs, tokens);
  const oneWord: [string, NameCandidate[]][] = [];
  for (const [key, list] of byKey) {
    const words = list[0].words;
    if (words.length === 1) {
      oneWord.push([key, list]);
      continue;
    }
    const surnameKey = wordKey(words[words.length - 1]);
    const surname = surnameOf(words);
    const bare = bareSurnameKey(surname);
    // The family name may come first ("Xi" for Xi Jinping, "Tamim" for Tamim bin Hamad al-Thani): a first word that is no given name counts too.
    const familyFirst = isNameWord(words[0]) && !isGivenName(words[0]) && list.some((c) => !c.tail) ? wordKey(words[0]) : null;
    const aloneElsewhere = [surnameKey, wordKey(surname), bare, familyFirst].some((key) => key !== null && (usedAlone.get(key) ?? 0) > 0);
    // A name with a particle ("Rio de Janeiro", "Porta dos Fundos") is as often a place or a title:
    // only a cue makes it a person. "bin" ("son of": "Tamim bin Hamad al-Thani") names people only.
    const hasParticle = words.some((w) => PARTICLES.has(w) && !PATRONYMICS.has(w));
    // A surname that is an English word is used alone as a person's only before a reporting or
    // arrest verb ("Tusk said"); so is a family name first ("Lee said" after "Lee Hsien Loong").
    const firstActs = () => words.length > 2 && isCommonWord(words[0]) && actsAlone(paragraphs, words[0]);
    if (!list.some((c) => c.cue) && !(isCommonWord(surname) ? actsAlone(paragraphs, surname) : aloneElsewhere && !hasParticle) && !firstActs()) continue;
    if (isKnownPlace(words)) continue;
    if (list.some((c) => c.organisation) || groups.has(key)) continue;
    if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) continue;
    for (const c of list) {
      if (!c.surface.includes('\u201C') && !c.surface.includes('"')) continue;
      for (const [, nickname] of c.surface.matchAll(QUOTED_WORD)) valueAt(quoted, key, () => new Set()).add(wordKey(nickname));
    }
    people.set(key, personOf(key, list));
  }

  // A name of one word after a title, whose word begins or ends no longer name.
  if (oneWord.length) {
    // "President Sisi" after "Abdel Fattah al-Sisi": the surname without its article is part of the name too.
    const partOfLonger = new Set([...people.values()].flatMap((p) => [p.givenKey, p.surnameKey, wordKey(surnameOf(p.words)), bareSurnameKey(surnameOf(p.words))].filter((key) => key !== null)));
    for (const [key, list] of oneWord) {
      if (partOfLonger.has(key) || list.some((c) => c.organisation) || isKnownPlace(list[0].words)) continue;
      people.set(key, personOf(key, list));
    }
  }

  // "Ben Taleb" after "Imed Ben Taleb": the tail of a longer name is that person's surname.
  const tailsOfLonger = new Set<string>();
  for (const o of people.values()) for (let k = 1; k < o.words.length; k++) tailsOfLonger.add(`${k} ${nameKey(o.words.slice(-k))}`);
  for (const [key, p] of [...people]) if (tailsOfLonger.has(`${p.words.length} ${key}`)) people.delete(key);
  const tails = new Map<string, PersonInReport>();
  for (const p of people.values()) for (let k = 2; k < p.words.length; k++) tails.set(nameKey(p.words.slice(-k)), p);

  const mentions: MentionInReport[] = [];
  const bySurname = new Map<string, PersonInReport[]>();
  // How many people's names open with each word: a family name first that two share is neither's ("Hun" of Hun Sen and Hun Manet).
  const openingWords = new Map<string, number>();
  for (const p of people.values()) openingWords.set(p.givenKey, (openingWords.get(p.givenKey) ?? 0) + 1);
  for (const p of people.values()) {
    // "Marcos" names Ferdinand Marcos Jr as "Marcos" would name Ferdinand Marcos: the surname before a
    // generation, which alone names no one ("Martin Luther King Jr."). "Moon" for Moon Jae-in: the
    // family name comes first.
    const lastWord = GENERATION.test(p.words[p.words.length - 1]) ? [] : [p.surnameKey];
    const familyFirst = familyNameFirst(p.words) && openingWords.get(p.givenKey) === 1 ? [p.givenKey] : [];
    for (const key of new Set([...lastWord, wordKey(surnameOf(p.words)), ...familyFirst])) valueAt(bySurname, key, () => []).push(p);
  }
  // Other words the report calls a person by, each when it is no one's surname and no one else's:
  // the surname without its Arabic article ("Sisi" after "Abdel Fattah al-Sisi"), and a nickname
  // written in quotes inside the name ("Lula" after "Luiz Inácio “Lula” da Silva").
  const calledBy = new Map<string, Set<PersonInReport>>();
  const callsBy = (key: string, p: PersonInReport) => {
    if (!bySurname.has(key)) valueAt(calledBy, key, () => new Set()).add(p);
  };
  for (const p of people.values()) {
    const bare = bareSurnameKey(surnameOf(p.words));
    if (bare !== null) callsBy(bare, p);
    for (const nickname of quoted.get(p.key) ?? []) callsBy(nickname, p);
  }
  for (const [key, owners] of calledBy) if (owners.size === 1) bySurname.set(key, [...owners]);
  // A name whose first word the report uses alone more than its last ("Xi" for Xi Jinping, "Abiy"
  // for Abiy Ahmed): the family name comes first, or the person goes by the given name. A given
  // name of the package's cultures used alone once, or a first word two people share, is no one's alone.
  const firstWordOwners = new Map<string, PersonInReport[]>();
  for (const p of people.values()) {
    if (p.words.length >= 2 && !PARTICLES.has(p.words[0])) valueAt(firstWordOwners, p.givenKey, () => []).push(p);
  }
  // A first word that is an English word ("Lee" for Lee Hsien Loong) is counted alone only here,
  // where some name begins with it.
  const commonFirst = new Set([...firstWordOwners.values()].filter((owners) => owners.length === 1 && isCommonWord(owners[0].words[0]) && startsUpper(owners[0].words[0])).map((owners) => owners[0].givenKey));
  const commonFirstAlone = commonFirst.size ? countAlone(tokens.map((list) => list.filter((t) => commonFirst.has(wordKey(t.text))))) : new Map<string, number>();
  const commonFirstWords: string[] = [];
  for (const [key, [p, ...others]] of firstWordOwners) {
    const common = commonFirst.has(key);
    const alone = (common ? commonFirstAlone : usedAlone).get(key) ?? 0;
    // An English word used alone once counts only before a reporting or arrest verb ("Lee said").
    if (others.length || bySurname.has(key) || alone <= (usedAlone.get(p.surnameKey) ?? 0) || (common && alone < 2 && !actsAlone(paragraphs, p.words[0]))) continue;
    if (common) commonFirstWords.push(p.words[0]);
    // A given name is the name's own word before "bin" ("Salman" for Salman bin Abdulaziz: what
    // follows is the father's name), or where the report uses it alone twice or more ("Anwar" for
    // Anwar Ibrahim, "Isaias" for Isaias Afwerki: cultures that call people by the given name).
    if (common || (isNameWord(p.words[0]) && (standsAloneFor(p.words[0], alone) || p.words.some((w) => PATRONYMICS.has(w))))) bySurname.set(key, [p]);
  }
  // A word inside a name of three or more that the report uses alone ("Obiang" for Teodoro Obiang
  // Nguema Mbasogo, "Abdo" for Mario Abdo Benítez: the father's surname of a Spanish name) is the
  // person's, when it is no one else's word; a given name must stand alone twice.
  const middleOwners = new Map<string, PersonInReport[]>();
  for (const p of people.values()) {
    for (const word of p.words.slice(1, -1)) {
      const key = wordKey(word);
      const alone = usedAlone.get(key) ?? 0;
      if (!PARTICLES.has(word) && isNameWord(word) && !bySurname.has(key) && alone > 0 && standsAloneFor(word, alone)) valueAt(middleOwners, key, () => []).push(p);
    }
  }
  for (const [key, owners] of middleOwners) if (owners.length === 1) bySurname.set(key, owners);
  // Surnames that are also English words ("Trump", "Pence", "Bush"): once the report names the
  // person in full, the word capitalised is that person; so is such a first word taken above.
  const commonSurnames = new Set([...[...people.values()].map((p) => (familyNameFirst(p.words) ? p.words[0] : surnameOf(p.words))), ...commonFirstWords].filter((surname) => !isNameWord(surname)).map((surname) => wordKey(surname)));
  const surnameWords = commonSurnames.size
    ? tokens.map((list) => list.filter((t) => isNameWord(t.text) || (commonSurnames.has(wordKey(t.text)) && startsUpper(t.text))))
    : nameWords;
  const similarByKey = new Map<string, PersonInReport[]>();
  let lastPerson: PersonInReport | null = null;
  paragraphs.forEach((text, paragraphIndex) => {
    const full = candidates[paragraphIndex].filter((c) => people.has(nameKey(c.words)) || tails.has(nameKey(c.words)));
    let taken = 0; // the first of `full` that does not end before the word (both in text order)
    type Item = { start: number; full?: (typeof full)[number]; token?: { text: string; start: number; end: number; matches: PersonInReport[] } };
    const items: Item[] = full.map((c) => ({ start: c.start, full: c }));
    for (const t of surnameWords[paragraphIndex]) {
      while (taken < full.length && full[taken].end <= t.start) taken++;
      if (taken < full.length && full[taken].start < t.end) continue;
      const key = wordKey(t.text);
      let matches = bySurname.get(key) ?? [];
      if (!matches.length && key.length >= 6) {
        let similar = similarByKey.get(key);
        if (!similar) similarByKey.set(key, (similar = [...people.values()].filter((p) => similarSurnames(p.surnameKey, key))));
        // A spelling a letter away is the same surname transliterated otherwise, not where the
        // paragraph writes the surname itself ("Pashtun rights leader Manzoor Pashteen").
        matches = similar.filter((p) => !text.includes(surnameOf(p.words)));
      }
      if (matches.length) items.push({ start: t.start, token: { text: t.text, start: t.start, end: t.end, matches } });
    }
    items.sort((a, b) => a.start - b.start);
    for (const item of items) {
      if (item.full) {
        const c = item.full;
        const whole = people.get(nameKey(c.words));
        lastPerson = whole ?? tails.get(nameKey(c.words))!;
        mentions.push({ paragraphIndex, start: c.start, end: c.end, surface: c.surface, form: whole ? 'full_name' : 'surname', possessive: c.possessive, personKey: lastPerson.key });
        continue;
      }
      const t = item.token!;
      // Two people share the surname: the one named most recently is meant.
      const person = t.matches.length === 1 ? t.matches[0] : (t.matches.find((m) => m === lastPerson) ?? t.matches[0]);
      lastPerson = person;
      // The person's words one after another, where the name had no evidence of its own here
      // ("The reporters, Wa Lone and ...", a name of common words): one mention of the full name.
      const previous = mentions.at(-1);
      if (previous?.paragraphIndex === paragraphIndex && previous.personKey === person.key && previous.form === 'surname' && !previous.possessive && t.start === previous.end + 1 && /\s/.test(text[previous.end])) {
        const surface = text.slice(previous.start, t.end);
        const joined = nameKey(stripPossessive(surface).split(/\s/));
        if (joined === person.key || person.key.startsWith(`${joined} `)) {
          mentions[mentions.length - 1] = { ...previous, end: t.end, surface, form: joined === person.key ? 'full_name' : 'surname', possessive: endsPossessive(t.text) };
          continue;
        }
      }
      mentions.push({ paragraphIndex, start: t.start, end: t.end, surface: t.text, form: 'surname', possessive: endsPossessive(t.text), personKey: person.key });
    }
  });
  return { people, mentions };
}
