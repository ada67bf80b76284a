import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IRREGULAR_VERBS, regularPast } from '../pipeline/extract/events.ts';
import { formatKin, formatLexicon, formatNouns, KIN_FILE, LEXICON_FILE, NOUN_FILE, plural, wordnetKin, wordnetLexicon, wordnetNouns } from '../scripts/wordnet-lexicon.ts';

describe('the WordNet lexicon of event verbs', () => {
  // Read from WordNet's files once for the file's tests.
  const forms = wordnetLexicon();
  it('is what WordNet 3.1 gives (npm run lexicon writes it again)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8')).toBe(formatLexicon(forms));
  });
  it('files each verb under the type of its first sense, seeds and their troponyms', () => {
    expect([forms.arrested, forms.kidnapped, forms.massacred, forms.beheaded, forms.died, forms.sentenced, forms.ousted]).toEqual(['arrest_detention', 'arrest_detention', 'violence', 'violence', 'death', 'sentencing', 'dismissal_resignation']);
    // "expire" is first "lose validity", "charge" first "rush at": neither is a death or a prosecution.
    // A fine is a penalty a sentence imposes (fine#1), an ambush an attack (ambush#1), a gag a ban on speaking out (gag#1).
    expect([forms.fined, forms.ambushed, forms.gagged]).toEqual(['sentencing', 'violence', 'ban_restriction']);
    expect(forms.expired).toBeUndefined();
    expect(forms.charged).toBeUndefined();
    // A first sense SemCor never counted is no most frequent one ("circumvent", "lambaste"), unless it is the only sense ("lynch").
    expect([forms.circumvented, forms.lambasted, forms.lynched]).toEqual([undefined, undefined, 'violence']);
    expect(Object.keys(forms)).toEqual(Object.keys(forms).sort());
    // The pipeline looks up only words in -ed (events.ts), and phrases.
    expect(Object.keys(forms).filter((form) => !form.endsWith('ed') && !form.includes(' '))).toEqual([]);
  });
  it('puts phrases in the past by their head, irregular or not, and leaves out those that end in a preposition', () => {
    expect([forms['gunned down'], forms['stepped down'], forms['walked out'], forms['left office'], forms['put behind bars']]).toEqual(['violence', 'dismissal_resignation', 'protest', 'dismissal_resignation', 'arrest_detention']);
    // To put to death is to execute (execute#1, as the noun execution#1): a death, not any killing.
    expect([forms['put to death'], forms.executed]).toEqual(['death', 'death']);
    // Only the regular past English writes ("committed", not "commited"); none of a head with an irregular one ("putted").
    expect([forms['committed suicide'], forms['commited suicide'], forms['putted to death']]).toEqual(['violence', undefined, undefined]);
    // "kept in power", "set on fire": a phrase ending in a preposition reads as the verb and what follows; two verbs are no head and particle.
    expect([forms['kept in'], forms['set on'], forms['drew and quarter']]).toEqual([undefined, undefined, undefined]);
    // A phrase's head is a past: in -ed, or irregular.
    const heads = Object.keys(forms).filter((form) => form.includes(' ')).map((form) => form.split(' ')[0]);
    expect(heads.filter((head) => !head.endsWith('ed') && ![...IRREGULAR_VERBS.values()].includes(head))).toEqual([]);
  });
  it('makes regular past forms', () => {
    expect(['ban', 'free', 'bury', 'kidnap', 'arrest', 'stab', 'acquit'].map(regularPast)).toEqual([['banned'], ['freed'], ['buried'], ['kidnaped', 'kidnapped'], ['arrested'], ['stabbed'], ['acquited', 'acquitted']]);
  });
});

describe('the WordNet lexicon of event nouns', () => {
  const nouns = wordnetNouns();
  it('is what WordNet 3.1 gives (npm run lexicon writes it again)', () => {
    expect(readFileSync(NOUN_FILE, 'utf8')).toBe(formatNouns(nouns));
  });
  it('files each noun under the type of its first sense, seeds and their kinds one level down, with plurals', () => {
    const typeOf = (...words: string[]) => words.map((word) => nouns[word]);
    expect(typeOf('arrest', 'custody', 'lynchings', 'massacre', 'genocide', 'walkout', 'hunger strike', 'riot', 'plebiscite', 'impeachment', 'prison terms', 'clampdown')).toEqual(['arrest_detention', 'arrest_detention', 'violence', 'violence', 'violence', 'protest', 'protest', 'protest', 'election', 'charge_prosecution', 'sentencing', 'ban_restriction']);
    // A kind two types' seeds claim goes to neither, unless it is a seed itself: "riot" is a kind of
    // violence#1 and the seed riot#1 of protest, so a protest.
    // A word with another sense that is a seed of another type says neither: "charge" (a rush, an
    // accusation), "dismissal" (a judgment, a firing), "execution" (capital punishment, a murder).
    expect(typeOf('charge', 'charges', 'dismissal', 'execution')).toEqual([undefined, undefined, undefined, undefined]);
    // What one accuses another of is said, not prosecuted: accusation#1 is no seed, and its kinds
    // are out ("accusation" itself is a kind of charge#2, the criminal one).
    expect(typeOf('allegations', 'blame', 'recrimination')).toEqual([undefined, undefined, undefined]);
    // A first sense of another kind keeps a word out: "protest" is first a formal declaration, "release" a record.
    expect(typeOf('protest', 'release', 'resignation')).toEqual([undefined, undefined, undefined]);
    // A phrase's plural is its head's; a word in -s is left as it is.
    expect(typeOf('judgment on the merits', 'judgment on the meritses', 'banns', 'bannses')).toEqual(['court_ruling', undefined, 'policy_announcement', undefined]);
    expect(Object.keys(nouns)).toEqual(Object.keys(nouns).sort());
  });
});

describe('WordNet’s words for relatives', () => {
  const words = wordnetKin();
  it('is what WordNet 3.1 gives (npm run lexicon writes it again)', () => {
    expect(readFileSync(KIN_FILE, 'utf8')).toBe(formatKin(words));
  });
  it('holds the words whose first sense is a relative, with their plurals, and no names or phrases', () => {
    for (const word of ['nephew', 'nephews', 'daughter', 'sons', 'wife', 'wives', 'cousins', 'parents', 'son-in-law', 'sons-in-law', 'grandchildren', 'kinsmen', 'relatives']) expect(words, word).toContain(word);
    // Biblical and historical names under relative#1 ("Abraham", "Ruth"), phrases ("first_lady")
    // and words whose first sense is something else ("issue": a question in dispute) are out.
    for (const word of ['abraham', 'ruth', 'first_lady', 'first-lady', 'issue', 'heir', 'family']) expect(words, word).not.toContain(word);
    expect(words).toEqual([...words].sort());
  });
  it('makes plurals', () => {
    expect(['nephew', 'wife', 'son-in-law', 'grandchild', 'kinsman', 'granny', 'cousin-german', 'sis'].map(plural)).toEqual(['nephews', 'wives', 'sons-in-law', 'grandchildren', 'kinsmen', 'grannies', 'cousin-germans', 'sises']);
    // Only wife, life and knife turn -fe into -ves: the nouns of events hold "strafe".
    expect(['strafe', 'life'].map(plural)).toEqual(['strafes', 'lives']);
  });
});
