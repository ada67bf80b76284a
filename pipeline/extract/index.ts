// Extract stage: a Report's paragraphs to the people it names (with every mention) and the
// events it dates. Identity across reports is settled later, over all reports (identity.ts).
import { paragraphId, type Report } from '../parse/report.ts';
import type { LINK_BASES } from '../../schemas/tables.ts';
import { extractEvents, opensWithVerb, rulesOf, type CueFilter, type EventDraft } from './events.ts';
import { RELATIONS, ROLE_MODIFIERS, ROLE_WORDS } from './lexicon.ts';
import { findPeople, type MentionInReport, type PersonInReport } from './people.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import KIN from './wordnet-kin.json' with { type: 'json' };

/** The rules that decide who an event is about, by name (scripts/rule-audit.ts turns each off in turn). */
export const LINK_RULES = ['own clause', 'own part', 'relative clause', 'pronoun', 'relative antecedent', 'pronoun points back', 'related before', 'related after'] as const;
export type LinkRule = (typeof LINK_RULES)[number];

/** Which rules may decide who an event is about, and which words of the relations (null: every word). */
interface LinkFilter {
  rule: (name: LinkRule) => boolean;
  relation: ((entry: string) => boolean) | null;
}

/** Where the people linked to an event are named (see `event_people.basis`). */
export type LinkBasis = (typeof LINK_BASES)[number];

export interface ExtractedEvent extends EventDraft {
  paragraph_id: string;
  section: string;
  /** Keys of the people the event is about, of those its sentence names. */
  people: string[];
  /** Where they are named. */
  peopleBasis: LinkBasis;
}

export interface ExtractedMention extends MentionInReport {
  paragraph_id: string;
}

export interface Extraction {
  report_id: string;
  people: PersonInReport[];
  mentions: ExtractedMention[];
  events: ExtractedEvent[];
}

/** `allowed` limits the cues that type events and the rules that decide what is an event and who it is about (see CueFilter): the build uses them all. */
export function extractReport(report: Report, allowed?: CueFilter): Extraction {
  const paragraphs = report.paragraphs.some((p) => TYPED_OTHERWISE.test(p.text)) ? report.paragraphs.map((p) => ({ ...p, text: readingText(p.text) })) : report.paragraphs;
  const links: LinkFilter = { rule: rulesOf<LinkRule>(allowed), relation: allowed ? (entry) => allowed(`relation:${entry}`) : null };
  const { people, mentions } = findPeople(paragraphs.map((p) => p.text));
  const coverageYear = report.edition - 1;
  const paragraphIds = paragraphs.map((p) => paragraphId(report.report_id, p));
  const withIds: ExtractedMention[] = mentions.map((m) => Object.assign(m, { paragraph_id: paragraphIds[m.paragraphIndex] }));
  const events: ExtractedEvent[] = [];
  // Mentions come paragraph by paragraph, each paragraph's in text order without overlaps.
  let first = 0;
  paragraphs.forEach((p, index) => {
    // Freedom House's note on what the report covers ("Prior to its 2011 edition, Freedom in the
    // World featured ...") dates the publication, not anything that happened in the country.
    if (p.section === 'note') return;
    // Key Developments bullets without a date of their own take their heading's year.
    const headingYear = p.section === 'key_developments' ? coverageYear : null;
    const drafts = extractEvents(p.text, coverageYear, headingYear, allowed);
    while (first < mentions.length && mentions[first].paragraphIndex < index) first++;
    let last = first;
    while (last < mentions.length && mentions[last].paragraphIndex === index) last++;
    let sentences: Sentence[] | null = null; // split again only for a pronoun's antecedent
    const paragraph: ParagraphMentions = { text: p.text, mentions, first, last, links, sentences: () => (sentences ??= splitSentences(p.text)) };
    // What is published of the text is as written: the reading copy differs from it one character for one.
    const written = report.paragraphs[index].text;
    for (const draft of drafts) {
      const { people: who, basis } = whoOf(draft, paragraph);
      if (written !== p.text) draft.text = written.slice(draft.sentenceStart, draft.sentenceStart + draft.text.length);
      events.push(Object.assign(draft, { paragraph_id: paragraphIds[index], section: p.section, people: who, peopleBasis: basis }));
    }
  });
  if (paragraphs !== report.paragraphs) for (const m of withIds) m.surface = report.paragraphs[m.paragraphIndex].text.slice(m.start, m.end);
  return { report_id: report.report_id, people: [...people.values()], mentions: withIds, events };
}

// Characters some copies type otherwise, read as those the name finder, the sentence splitter and
// the cues know, one for one so that every offset holds: apostrophes (the modifier letter wherever
// it stands, "M\u02BCMembe", "organization.\u02BC"; an acute accent, a prime or a backtick after a
// letter, "Brazil\u00B4s" in FIW 2020 Brazil) as \u2019, and Unicode's hyphen and the non-breaking
// hyphen (a word processor's "Kassym\u2011Jomart") as the hyphen-minus.
const TYPED_OTHERWISE = /[\u02BC\u00B4\u2032`\u2010\u2011]/;
const APOSTROPHE_LIKE = /\u02BC|(?<=\p{L})[\u00B4\u2032`]/gu;
const HYPHEN_LIKE = /[\u2010\u2011]/g;
const readingText = (text: string) => text.replace(APOSTROPHE_LIKE, '\u2019').replace(HYPHEN_LIKE, '-');

/** A paragraph's text and its mentions (mentions[first, last), in text order), as whoOf reads them. */
interface ParagraphMentions {
  text: string;
  mentions: MentionInReport[];
  first: number;
  last: number;
  links: LinkFilter;
  /** The paragraph's sentences, split when a pronoun's antecedent is looked for. */
  sentences: () => Sentence[];
}

/** Who an event is about, of the people its sentence (or, through a pronoun, the one before) names, and where they are named (`event_people.basis`). */
function whoOf(draft: EventDraft, { text, mentions, first, last, links, sentences }: ParagraphMentions): { people: string[]; basis: LinkBasis } {
  const linkRule = links.rule;
  const inSentence = firstAtOrAfter(mentions, first, last, draft.sentenceStart);
  // A name inside a relative clause about people, cut out of the date's clause, describes someone
  // else ("Ana Ruiz, a lawyer who represented Luis Gil, was detained": not Luis Gil). What a
  // thing's clause names may be what the thing is about ("legislation that had offered X immunity").
  const holes = linkRule('relative clause') ? (draft.clauseHoles ?? []).filter(([a]) => aboutPeople(RELATIVE_OPENING.exec(draft.text.slice(a, a + 12)))) : [];
  const inHole = (m: MentionInReport) => holes.some(([a, b]) => m.start - draft.sentenceStart >= a && m.end - draft.sentenceStart <= b);
  const namedIn = ([from, to]: [number, number]) => {
    const end = draft.sentenceStart + to;
    const named: string[] = [];
    for (let m = from ? firstAtOrAfter(mentions, inSentence, last, draft.sentenceStart + from) : inSentence; m < last && mentions[m].start < end; m++) {
      if (mentions[m].end <= end && !inHole(mentions[m]) && !onlyRelatedTo(text, mentions[m].start, mentions[m].end, links)) named.push(mentions[m].personKey);
    }
    return named;
  };
  const span = (linkRule('own part') ? draft.peopleSpan : undefined) ?? (linkRule('own clause') ? draft.clauseSpan : undefined);
  const whole = !span || (span[0] === 0 && span[1] >= draft.text.length);
  let named = namedIn(span ?? [0, draft.text.length]);
  let basis: LinkBasis = whole ? 'sentence' : 'clause';
  // A clause that names no one: a relative clause is about the one it describes ("Lula, who
  // was convicted in 2017": not Moro, named earlier in the sentence), and nobody's when "which"
  // or "whose" opens it (a thing's, or a relative's); any other is about everyone the sentence
  // names when it points back to them ("and in June he was sentenced", "and was sentenced in
  // June"), else nobody's.
  if (!named.length && !whole && span === draft.clauseSpan) {
    const clause = draft.text.slice(span[0], span[1]);
    const relative = linkRule('relative antecedent') ? RELATIVE_OPENING.exec(clause) : null;
    if (relative) {
      // The last one the sentence names before the clause ("Chawki Tabib, a former INLUCC
      // president who had been dismissed"), not as an owner ("X's lawyer, who") or a relation.
      const before = firstAtOrAfter(mentions, inSentence, last, draft.sentenceStart + span[0]) - 1;
      const antecedent = before >= inSentence ? mentions[before] : null;
      const describes = antecedent && !antecedent.possessive && !onlyRelatedTo(text, antecedent.start, antecedent.end, links);
      named = aboutPeople(relative) && describes ? [antecedent.personKey] : [];
      basis = 'antecedent';
    } else if (!linkRule('pronoun points back') || pointsBack(clause)) {
      named = namedIn([0, draft.text.length]);
      basis = 'other_clause';
    }
  }
  // "He was detained for four months": a sentence whose subject is a pronoun is about the
  // subject of the sentence before, the first person it names (not as an owner or a relation).
  if (!named.length && PRONOUN_SUBJECT.test(draft.text) && linkRule('pronoun')) {
    const antecedent = subjectBefore(text, sentences(), mentions.slice(first, inSentence), links);
    if (antecedent) {
      named.push(antecedent.personKey);
      basis = 'previous_sentence';
    }
  }
  return { people: [...new Set(named)], basis };
}

// A clause that opens with a relative pronoun (splitClauses cuts them out of the clause around them).
const RELATIVE_OPENING = /^[\s,]*(who|whom|which|whose)\b/i;
/** Whether a relative clause's pronoun is a person's (who, whom, whose), not a thing's (which). */
const aboutPeople = (opening: RegExpExecArray | null) => opening !== null && /^who/i.test(opening[1]);
// A clause points back to someone named elsewhere in its sentence with a person's pronoun ("and
// in June he was sentenced"), or by having no subject of its own ("and was sentenced in June").
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|him)\b/i;
const pointsBack = (clause: string) => PERSONAL_PRONOUN.test(clause) || opensWithVerb(clause);

// "He ...", "In November, she ...": the sentence's subject is a pronoun.
const PRONOUN_SUBJECT = /^(?:[^,;]{0,40},\s+)?(?:he|she)\b/i;

/** Of the mentions before a sentence, the first person named in the nearest sentence that names one, not as an owner ("Lungu's motorcade") or a relation. */
function subjectBefore(text: string, sentences: Sentence[], before: MentionInReport[], links: LinkFilter): MentionInReport | null {
  const named = before.filter((x) => !x.possessive && !onlyRelatedTo(text, x.start, x.end, links));
  const nearest = named.at(-1);
  const sentence = nearest && sentences.find((s) => s.start <= nearest.start && nearest.start < s.end);
  return sentence ? named.find((x) => x.start >= sentence.start)! : null;
}

/** The first of mentions[from, to) (in text order) that starts at or after `start`. */
function firstAtOrAfter(mentions: MentionInReport[], from: number, to: number, start: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

// A person named only as the one others are critical of, allied to, support, fans, relatives or members of
// ("political figures who were critical of Saïed", "describing Saïed's plan as insufficient", "a
// former Maduro ally", "Nazarbayev's nephew", "the son of Nazarbayev", "Lungu's cabinet members",
// "members of the Bouden government", "officials of the Trump administration", "areas that tend to
// support Maduro"), or as the source of what is told ("according to opposition leader X"), or as the
// time of a rule ("during the Trump presidency", "a Trump-era ban", "the pre-2011 regime of Ben
// Ali") is not who the event is about.
// The relations a person is named by (lexicon's RELATIONS), before "of" or after the name (perhaps with its possessive).
// Relatives are WordNet's (scripts/wordnet-lexicon.ts: its words for a person related by blood or
// marriage, "nephew", "cousins", "son-in-law"), general English rather than words read off the
// gold: one entry, which no evaluation leaves out.
const KIN_WORDS = KIN.words.join('|');
// Between the relation and the name, the name's own role in lower case ("the son of opposition leader X").
const ROLE_IN_LOWER_CASE = [...ROLE_WORDS, ...ROLE_MODIFIERS].filter((w) => /^[a-z-]+$/.test(w)).join('|');
// What a possessive owns ("X's cabinet", "a X-era ban"), by the word that names it; a party by its
// name too: "Ghannouchi's Ennahda party" (FIW 2022 Tunisia) as "Toqaev's party" (FIW 2024 Kazakhstan).
const OWNED: Record<string, string> = { '-era': '-era', cabinet: 'cabinet', party: String.raw`(?:\p{Lu}[\p{L}-]*\s+){0,3}party`, era: 'era', presidency: 'presidency' };
/**
 * The words and phrases that make a person only related to an event, each an entry of its own as
 * each type cue is (`relation:<name>` to the filter), so that the evaluation can leave out those the
 * gold of too few countries vouches for: a relation word wherever it stands ("the son of X", "X's
 * son"), what is said of a person before the name ("critical of X", "members of the X government"),
 * and what comes after the name ("X's cabinet", "a X-era ban").
 */
export const RELATION_ENTRIES: readonly { name: string; before?: string; after?: string; general?: true }[] = [
  { name: 'kin', before: `(?:${KIN_WORDS}) of`, after: KIN_WORDS, general: true },
  ...RELATIONS.map((word) => ({ name: word, before: `${word} of`, after: word })),
  ...['close to', 'critical of', 'criticism (?:of|from)', 'interview(?:s|ed)? with', '(?:criticiz|condemn|denounc)(?:ed|ing)', 'describing', 'loyal(?:ists?)? to', '(?:regime|presidency|rule|tenure) of', '(?:members?|officials?) of', 'support(?:ed|ing|s)?(?: for)?'].map((before) => ({ name: before, before })),
  // The source, perhaps by its relation set off by a comma ("according to their lawyer, X").
  { name: 'according to', before: String.raw`according to(?: (?:his|her|their|its) [\w-]+(?: [\w-]+)?,)?` },
  ...Object.entries(OWNED).map(([word, after]) => ({ name: `'s ${word}`, after })),
];
const beforeName = (entries: string[]) => new RegExp(`\\b(?:${entries.join('|')})\\s+(?:(?:former |then |the |\\p{Lu}[\\p{L}.]* |(?:${ROLE_IN_LOWER_CASE}) )*)$`, 'u');
const afterName = (words: string[]) => new RegExp(`^(?:['\u2019]s?)?(?:${words.map((w) => (w.startsWith('-') ? w : `\\s+(?:${w})`)).join('|')})\\b`, 'u');
const RELATED_BEFORE = beforeName(RELATION_ENTRIES.flatMap((e) => (e.before ? [e.before] : [])));
const RELATED_AFTER = afterName(RELATION_ENTRIES.flatMap((e) => (e.after ? [e.after] : [])));
// Each entry alone, for a reading that leaves some out.
const EACH_BEFORE = RELATION_ENTRIES.flatMap((e) => (e.before ? [[e.name, beforeName([e.before])] as const] : []));
const EACH_AFTER = RELATION_ENTRIES.flatMap((e) => (e.after ? [[e.name, afterName([e.after])] as const] : []));
// The relations are written in lower case; a sentence's first word is not ("Supporters of X were
// detained"): the words before a name are read with each sentence's first letter in lower case.
const SENTENCE_FIRST = /([.!?]["'\u201D\u2019)]*\s+)(\p{Lu})(?=\p{Ll})/gu;
const lowerSentenceFirst = (text: string) => text.replace(SENTENCE_FIRST, (_, end: string, letter: string) => end + letter.toLowerCase());
/** Whether the relations (all in one expression, or each entry the filter lets through) read a window. */
const relates = (all: RegExp, each: readonly (readonly [string, RegExp])[], relation: LinkFilter['relation'], window: string) =>
  relation ? each.some(([entry, re]) => relation(entry) && re.test(window)) : all.test(window);
function onlyRelatedTo(text: string, start: number, end: number, { rule: linkRule, relation }: LinkFilter): boolean {
  if (linkRule('related before')) {
    const from = Math.max(0, start - 60);
    // A window that opens the paragraph opens a sentence: ". " stands for the end of the one before.
    if (relates(RELATED_BEFORE, EACH_BEFORE, relation, lowerSentenceFirst(`${from === 0 ? '. ' : ''}${text.slice(from, start)}`))) return true;
  }
  return linkRule('related after') && relates(RELATED_AFTER, EACH_AFTER, relation, text.slice(end, end + 40));
}
