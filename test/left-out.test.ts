// The honest estimates `npm run evaluate` holds (scripts/left-out.ts): each gold report read again
// without the type cues and the rules that fewer than two (then one) other countries' gold vouches
// for. Three reports of three countries, each the FIW seed with one paragraph of sentences from the
// development reports (adapted) put in its place, and gold for those sentences alone.
import { describe, expect, it } from 'vitest';
import type { GoldRead, GoldReport } from '../scripts/gold.ts';
import { auditRules, eventsMeasure, leftOutFigures, typedRight, typesLeftOut, WHO_KEYS, whoMeasure } from '../scripts/left-out.ts';
import { extractReport } from '../pipeline/extract/index.ts';
import { parseText, readSeed, SEED_FIW } from './helpers.ts';

const PARAGRAPH = /^President Nursultan Nazarbaev ruled Kazakhstan.*$/m;

function goldRead(country: string, sentences: string[], events: GoldReport['events']): GoldRead {
  const { report } = parseText(readSeed(SEED_FIW).replace(PARAGRAPH, sentences.join(' ')), `fiw/2024/${country}.txt`);
  return { gold: { report_id: report.report_id, events }, report };
}

// Kazakhstan 2024 (NIT, independent media) and Zambia 2018 (E1): a car set on fire is the violence
// only Kazakhstan's sentence shows; a protest is in all three.
const kaz = goldRead(
  'kazakhstan',
  ['In April, the car of a local journalist was set on fire.', 'In May, hundreds protested against the new law in Almaty.'],
  [
    { date: '2023-04', section: 'A1', type: 'violence', quote: 'the car of a local journalist was set on fire' },
    { date: '2023-05', section: 'A1', type: 'protest', quote: 'hundreds protested against the new law' },
  ],
);
const zmb = goldRead('zambia', ['In September, students protested over unpaid stipends.'], [{ date: '2023-09', section: 'A1', type: 'protest', quote: 'students protested over unpaid stipends' }]);
const bra = goldRead('brazil', ['In June, teachers protested against pension cuts.'], [{ date: '2023-06', section: 'A1', type: 'protest', quote: 'teachers protested against pension cuts' }]);
const reports = [bra, kaz, zmb];

describe('the type with each report left out (typesLeftOut)', () => {
  const inSample = reports.map((r) => ({ ...r, ...extractReport(r.report) }));
  const [braOut, kazOut] = typesLeftOut(inSample);

  it('withholds from a report the cue no other country vouches for, and types its event without it', () => {
    expect(typedRight(kaz.gold, inSample[1].events)).toEqual({ found: 2, right: 2 });
    expect([...kazOut.withheld[0]]).toContain('verb:set on fire');
    expect([...kazOut.withheld[1]]).toContain('verb:set on fire');
    expect(typedRight(kaz.gold, kazOut.held[0])).toEqual({ found: 2, right: 1 });
  });

  it('keeps a cue that two other countries vouch for, and one other when one is enough', () => {
    // "protested": right in Brazil, Kazakhstan and Zambia; Kazakhstan's own is vouched for by two others.
    expect([...kazOut.withheld[0]]).not.toContain('verb:protested');
    // Brazil's by Kazakhstan and Zambia: kept both ways.
    expect([...braOut.withheld[0]]).toEqual([]);
    expect(typedRight(bra.gold, braOut.held[0])).toEqual({ found: 1, right: 1 });
  });
});

describe('the rules with each report left out (auditRules)', () => {
  it('puts a gold event down to the rule that finds it, and leaves the rule out where no other country vouches for it', () => {
    const withSentence = goldRead(
      'kazakhstan',
      ['In April, police detained the editor of a local newspaper.', 'He was released within a few days.'],
      [
        { date: '2023-04', section: 'A1', type: 'arrest_detention', quote: 'police detained the editor' },
        { date: '2023-04', section: 'A1', type: 'release', quote: 'He was released within a few days' },
      ],
    );
    const { effects, reports: leftOut } = auditRules([bra, withSentence, zmb], ['rule:pronoun'], eventsMeasure);
    expect(effects[0].given).toEqual(new Map([['kaz', 1]]));
    expect([...effects[0].helpsIn]).toEqual(['kaz']);
    const kazakhstan = leftOut[1];
    expect(kazakhstan.withheld).toEqual([['rule:pronoun'], ['rule:pronoun']]);
    expect(kazakhstan.inSample.hits).toEqual([true, true]);
    expect(kazakhstan.held[0].hits).toEqual([true, false]);
    // One country vouches for it: withheld from Brazil's reading where two must, kept where one
    // may; there it changes nothing.
    expect(leftOut[0].withheld).toEqual([['rule:pronoun'], []]);
    expect(leftOut[0].held[0]).toEqual(leftOut[0].inSample);
  });
});

describe('the words of the relations with each report left out (auditRules, WHO_KEYS)', () => {
  it('leaves out a relation word only one country vouches for, and the person it spared is linked again', () => {
    // Venezuela 2018: "a former Maduro ally"; the gold links the ally alone.
    const ally = goldRead('venezuela', ['In August 2023, the assembly dismissed chief prosecutor Luisa Ortega, a former Nicolás Maduro ally.'], [
      { date: '2023-08', section: 'A1', type: 'dismissal_resignation', people: ['luisa-ortega'], quote: 'dismissed chief prosecutor Luisa Ortega' },
    ]);
    ally.gold.people = [
      { id: 'luisa-ortega', surfaces: ['Luisa Ortega'] },
      { id: 'nicolas-maduro', surfaces: ['Nicolás Maduro'] },
    ];
    const { effects, reports: leftOut } = auditRules([bra, ally, zmb], WHO_KEYS, whoMeasure);
    expect(effects.find((e) => e.name === 'relation:all(?:y|ies)')!.spared).toEqual(new Map([['ven', 1]]));
    const venezuela = leftOut[1];
    expect(venezuela.withheld[0]).toContain('relation:all(?:y|ies)');
    expect(venezuela.inSample).toMatchObject({ found: 1, right: 1 });
    expect(venezuela.held[0]).toMatchObject({ found: 2, right: 1 });
  });
  it('never leaves out WordNet’s relatives: general English, not words read off the gold', () => {
    // Kazakhstan 2024 (NIT): "Nazarbayev's nephew"; the gold links the nephew alone.
    const nephew = goldRead('kazakhstan', ['In 2023, Kairat Satybaldy, Nursultan Nazarbayev’s nephew, was sentenced to six years in prison.'], [
      { date: '2023', section: 'A1', type: 'sentencing', people: ['kairat-satybaldy'], quote: 'was sentenced to six years in prison' },
    ]);
    nephew.gold.people = [
      { id: 'kairat-satybaldy', surfaces: ['Kairat Satybaldy'] },
      { id: 'nursultan-nazarbayev', surfaces: ['Nursultan Nazarbayev'] },
    ];
    expect(WHO_KEYS).not.toContain('relation:kin');
    const { effects, reports: leftOut } = auditRules([bra, nephew, zmb], WHO_KEYS, whoMeasure);
    expect(effects.map((e) => e.name)).not.toContain('relation:kin');
    expect(leftOut[1].inSample).toMatchObject({ found: 1, right: 1 });
    for (const withheld of leftOut[1].withheld) expect(withheld).not.toContain('relation:kin');
  });
});

describe('the figures the ratchet holds (leftOutFigures)', () => {
  it('gives each figure with two other countries vouching no higher than with one', () => {
    const figures = leftOutFigures(reports);
    expect(figures.type_left_out_2).toBe(3 / 4);
    expect(figures.type_left_out_1).toBe(3 / 4);
    expect(figures.events_f1_left_out_2).toBeLessThanOrEqual(figures.events_f1_left_out_1);
    expect(figures.who_f1_left_out_2).toBeLessThanOrEqual(figures.who_f1_left_out_1);
  });
});
