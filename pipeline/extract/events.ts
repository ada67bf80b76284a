// Events: each dated occurrence in a sentence, with its date at the precision the text gives and
// a type read from the words nearest the date.
import { findDates, type DateMention, type DatePrecision, type Qualifier } from './dates.ts';
import { splitSentences } from './sentences.ts';
import type { EVENT_TYPES } from '../../schemas/tables.ts';

export type EventType = (typeof EVENT_TYPES)[number];

// Cue words per type; the cue nearest to the date decides, earlier entries winning ties.
const TYPE_CUES: [EventType, RegExp][] = [
  ['sentencing', /\b(?:sentenced|sentence|sentences|prison term|years? in prison|years? of imprisonment|suspended (?:prison )?term|found guilty|convicted)\b/gi],
  ['release', /\b(?:released|freed|pardoned|parole|amnestied|acquitted)\b/gi],
  ['arrest_detention', /\b(?:arrested|arrests?|detained|detention|detaining|jailed|abducted|taken into custody|imprisoned|rounded up|held incommunicado)\b/gi],
  ['charge_prosecution', /\b(?:charged|charges|indicted|prosecuted|prosecution|accused|criminal case|under investigation|investigation into|investigated|summoned|face charges|lawsuit|sued)\b/gi],
  ['court_ruling', /\b(?:ruled|ruling|annulled|overturned|upheld|struck down|verdict|court (?:decided|found|ordered)|constitutional court)\b/gi],
  ['death', /\b(?:killed|died|death|deaths|dead|murdered|assassinated|executed)\b/gi],
  ['violence', /\b(?:attacked|attacks?|beaten|beating|tortured|torture|assaulted|set on fire|bomb(?:ed|s|ing)?|exploded|violence|violent|shot|clashes|threats?)\b/gi],
  ['protest', /\b(?:protests?|protested|protesters|rall(?:y|ies)|demonstrations?|demonstrators|strikes?|striking|hunger strike|marches?|unrest)\b/gi],
  ['election', /\b(?:elections?|elected|reelected|re-elected|polls?|vote|voted|voting|ballots?|won (?:\d+|a|the)|seats|electoral|referendum|by-elections?)\b/gi],
  ['appointment', /\b(?:appointed|reappointed|named|nominated|sworn in|installed|took office)\b/gi],
  ['dismissal_resignation', /\b(?:dismissed|resigned|resignation|removed from|stepped down|stood down|fired|ousted|sacked|impeached|dissolved the (?:board|government|cabinet)|removed)\b/gi],
  ['registration', /\b(?:registration|registered|register|deregistered|accreditation|accredited|licensed|licence|license)\b/gi],
  ['ban_restriction', /\b(?:banned|ban|blocked|blocking|throttl\w*|shut down|closed|suspended|dissolved|liquidated|outlawed|restricted|barred|prohibited|censored|deported|expelled|travel ban)\b/gi],
  ['legislation', /\b(?:law|laws|bill|bills|legislation|amendments?|amended|adopted|passed|signed|ratified|treaty|decree|code|constitutional changes|came into force|took effect|entered into force|introduced|approved|enacted|reading)\b/gi],
  ['policy_announcement', /\b(?:announced|pledged|promised|called for|proposed|launched|unveiled|declared|stated|emphasized|instructed|ordered|reported|program|programme|plan|reform)\b/gi],
];

/** Type of the occurrence dated at [start, end) of a sentence. */
export function classifyEvent(sentence: string, start: number, end: number): EventType {
  let best: { type: EventType; distance: number; rank: number } | null = null;
  TYPE_CUES.forEach(([type, re], rank) => {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      const distance = b <= start ? start - b : a >= end ? a - end : 0;
      if (!best || distance < best.distance || (distance === best.distance && rank < best.rank)) best = { type, distance, rank };
    }
  });
  return (best as { type: EventType } | null)?.type ?? 'other';
}

export interface EventDraft {
  /** Sentence number within the paragraph, from 1. */
  sentence: number;
  text: string;
  /** Offset of the sentence in its paragraph. */
  sentenceStart: number;
  date: string;
  precision: DatePrecision;
  qualifier: Qualifier | null;
  dateText: string;
  dateSource: 'text' | 'context' | 'heading';
  type: EventType;
}

// A sentence that carries on the occurrence before it ("Then", "In response,").
const CONTINUATION = /^(?:then|in response|later|subsequently|afterward|afterwards|shortly after(?:ward)?|soon after|following (?:this|that)|as a result)\b/i;
// Standing conditions are in the present tense: no past-tense verb, no occurrence.
const PAST_TENSE = /\b(?:\w+ed|won|held|took|began|made|led|met|said|told|went|sent|set|fled|sought|gave|brought|came|became|rose|fell|left|ran|saw|struck|broke|paid|spent|lost|built|chose|drew|grew|hid|kept|put|shut|stood|wrote|was|were|had)\b/i;

/**
 * The events of one paragraph. `headingYear` dates a Key Developments bullet that gives no date
 * of its own (its heading's year).
 */
export function extractEvents(text: string, coverageYear: number, headingYear: number | null): EventDraft[] {
  const drafts: EventDraft[] = [];
  const sentences = splitSentences(text);
  let last: Pick<EventDraft, 'date' | 'precision' | 'qualifier' | 'dateText'> | null = null;
  let anyDate = false;
  sentences.forEach((s, index) => {
    const dates = findDates(s.text, coverageYear);
    if (dates.length) anyDate = true;
    const seen = new Set<string>();
    let dated = false;
    for (const d of dates) {
      if (!d.occurrence) continue;
      const resolved = resolveRelative(d, last);
      if (!resolved || seen.has(resolved.date)) continue;
      seen.add(resolved.date);
      dated = true;
      if (!PAST_TENSE.test(s.text)) continue;
      const draft: EventDraft = {
        sentence: index + 1,
        text: s.text,
        sentenceStart: s.start,
        ...resolved,
        dateText: d.text,
        dateSource: d.relative ? 'context' : 'text',
        type: classifyEvent(s.text, d.start, d.end),
      };
      drafts.push(draft);
      last = draft;
    }
    if (!dated && last && CONTINUATION.test(s.text) && PAST_TENSE.test(s.text)) {
      drafts.push({ sentence: index + 1, text: s.text, sentenceStart: s.start, ...last, dateSource: 'context', type: classifyEvent(s.text, 0, 0) });
    }
  });
  if (!anyDate && headingYear !== null && sentences.length && PAST_TENSE.test(sentences[0].text)) {
    const s = sentences[0];
    drafts.push({ sentence: 1, text: s.text, sentenceStart: s.start, date: String(headingYear), precision: 'year', qualifier: null, dateText: '', dateSource: 'heading', type: classifyEvent(s.text, 0, s.text.length) });
  }
  return drafts;
}

function resolveRelative(d: DateMention, last: Pick<EventDraft, 'date' | 'precision' | 'qualifier'> | null) {
  if (!d.relative) return { date: d.date, precision: d.precision, qualifier: d.qualifier };
  if (!last) return d.relative === 'same_year' ? { date: d.date, precision: d.precision, qualifier: d.qualifier } : null;
  if (d.relative === 'same_month' && last.precision !== 'year') return { date: last.date.slice(0, 7), precision: 'month' as const, qualifier: null };
  if (d.relative === 'same_day' && last.precision === 'day') return { date: last.date, precision: 'day' as const, qualifier: null };
  return { date: last.date.slice(0, 4), precision: 'year' as const, qualifier: null };
}
