// The name swap of `npm run evaluate` (scripts/name-swap.ts): how a gold report's names are
// replaced, on a sentence of FIW 2020 Brazil.
import { describe, expect, it } from 'vitest';
import { replaceNames, surfaceReplacements } from '../scripts/name-swap.ts';

const figure = { region: 'middle_east', full: 'Omar al-Bashir', short: 'Bashir' };

describe('name swap', () => {
  it('gives the fullest surfaces the full name and the others the word used alone', () => {
    expect(surfaceReplacements(['Jair Bolsonaro', 'Bolsonaro'], figure)).toEqual([
      ['Jair Bolsonaro', 'Omar al-Bashir'],
      ['Bolsonaro', 'Bashir'],
    ]);
    // A surface of several words under 60% of the fullest's length is a short form too.
    expect(surfaceReplacements(['Luiz Inácio “Lula” da Silva', 'Lula da Silva', 'Lula'], figure)).toEqual([
      ['Luiz Inácio “Lula” da Silva', 'Omar al-Bashir'],
      ['Lula da Silva', 'Bashir'],
      ['Lula', 'Bashir'],
    ]);
    expect(surfaceReplacements(['Qasym-Jomart Toqaev', 'Kassym-Jomart Tokayev', 'Toqaev', 'Tokayev'], figure).map(([, to]) => to)).toEqual(['Omar al-Bashir', 'Omar al-Bashir', 'Bashir', 'Bashir']);
    // One word alone: it becomes the full name, so the swapped report names the figure in full.
    expect(surfaceReplacements(['Jesus'], figure)).toEqual([['Jesus', 'Omar al-Bashir']]);
  });

  it('replaces whole words only, the longest first, and never a replacement again', () => {
    const text = 'Senator Flávio Bolsonaro, a son of President Jair Bolsonaro, was still under investigation; Bolsonaro’s allies and the Bolsonarista base objected.';
    const replaced = replaceNames(text, [
      ['Jair Bolsonaro', 'Omar al-Bashir'],
      ['Bolsonaro', 'Bashir'],
      ['Flávio Bolsonaro', 'Idriss Déby'],
      ['Omar', 'Jair'],
    ]);
    expect(replaced).toBe('Senator Idriss Déby, a son of President Omar al-Bashir, was still under investigation; Bashir’s allies and the Bolsonarista base objected.');
  });
});
