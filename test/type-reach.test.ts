// What score.mjs can judge (scripts/gold.ts typeReach, sharedGoldEvents): gold events of one
// sentence and date are all matched to the first extracted event that holds them, so one type and
// one set of people are judged for all; the evaluation prints how many types can be right at most,
// and who F1 on the gold events matched alone and on the shared ones. The sentences and
// the gold's quotes and types have the shape of FIW 2022 Tunisia's (A2), in other words.
import { describe, expect, it } from 'vitest';
import { sharedGoldEvents, typeReach, type GoldReport } from '../scripts/gold.ts';

const SUCCESSION = 'Ali Haddad took over from Karim Nasri in July 2020, after a graft affair forced his resignation.';
const SUSPENSION = 'On July 25, President Mansour suspended the assembly and dismissed Haddad despite protests from the largest party and the assembly speaker.';
const gold: GoldReport = {
  report_id: 'fiw-2022-tun',
  events: [
    { date: '2020-07', section: 'A2', type: 'appointment', quote: 'Ali Haddad took over from Karim Nasri in July 2020' },
    { date: '2020-07', section: 'A2', type: 'dismissal_resignation', quote: 'after a graft affair forced his resignation' },
    { date: '2021-07-25', section: 'A2', type: 'ban_restriction', quote: 'On July 25, President Mansour suspended the assembly' },
    { date: '2021-07-25', section: 'A2', type: 'dismissal_resignation', quote: 'suspended the assembly and dismissed Haddad' },
  ],
};

describe('typeReach', () => {
  it('judges the gold events of one sentence and date by one event: one of two types can be right', () => {
    const events = [
      { text: SUCCESSION, date: '2020-07', type: 'dismissal_resignation' },
      // A second row for the same sentence and date is never matched: the first holds both quotes.
      { text: SUCCESSION, date: '2020-07', type: 'appointment' },
      { text: SUSPENSION, date: '2021-07-25', type: 'ban_restriction' },
    ];
    expect(typeReach(gold, events)).toEqual({ found: 4, shared: 4, reachable: 2, alone: 0, aloneRight: 0 });
  });

  it('counts a gold event no event finds nowhere, and one found alone by whether its type is right', () => {
    const events = [{ text: SUCCESSION, date: '2020', type: 'appointment' }, { text: 'Ali Haddad took over from Karim Nasri in July 2020.', date: '2020-07', type: 'appointment' }];
    expect(typeReach(gold, events)).toEqual({ found: 1, shared: 0, reachable: 0, alone: 1, aloneRight: 1 });
  });

  it('names the gold events that share their event, for the who figures apart', () => {
    const events = [{ text: SUCCESSION, date: '2020-07' }, { text: SUSPENSION.replace(' and dismissed Haddad', ''), date: '2021-07-25' }];
    expect([...sharedGoldEvents(gold, events)].map((g) => g.type)).toEqual(['appointment', 'dismissal_resignation']);
  });
});
