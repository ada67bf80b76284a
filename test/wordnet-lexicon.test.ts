import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLexicon, LEXICON_FILE, regularPast, wordnetLexicon } from '../scripts/wordnet-lexicon.ts';

describe('the WordNet lexicon of event verbs', () => {
  // Read from WordNet's files once for the file's tests.
  const forms = wordnetLexicon();
  it('is what WordNet 3.1 gives (npm run lexicon writes it again)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8')).toBe(formatLexicon(forms));
  });
  it('files each verb under the type of its first sense, seeds and their troponyms', () => {
    expect([forms.arrested, forms.kidnapped, forms.massacred, forms.beheaded, forms.died, forms.sentenced, forms.ousted]).toEqual(['arrest_detention', 'arrest_detention', 'violence', 'violence', 'death', 'sentencing', 'dismissal_resignation']);
    // "expire" is first "lose validity", "charge" first "rush at": neither is a death or a prosecution.
    expect(forms.expired).toBeUndefined();
    expect(forms.charged).toBeUndefined();
    // A first sense SemCor never counted is no most frequent one ("circumvent", "lambaste"), unless it is the only sense ("lynch").
    expect([forms.circumvented, forms.lambasted, forms.lynched]).toEqual([undefined, undefined, 'violence']);
    expect(Object.keys(forms)).toEqual(Object.keys(forms).sort());
    // The pipeline looks up only words in -ed (events.ts).
    expect(Object.keys(forms).filter((form) => !form.endsWith('ed'))).toEqual([]);
  });
  it('makes regular past forms', () => {
    expect(['ban', 'free', 'bury', 'kidnap', 'arrest', 'stab', 'acquit'].map(regularPast)).toEqual([['banned'], ['freed'], ['buried'], ['kidnaped', 'kidnapped'], ['arrested'], ['stabbed'], ['acquited', 'acquitted']]);
  });
});
