// Extract stage: a Report's paragraphs to the people it names (with every mention) and the
// events it dates. Identity across reports is settled later, over all reports (identity.ts).
import { paragraphId, type Report } from '../parse/report.ts';
import { extractEvents, type EventDraft } from './events.ts';
import { findPeople, type MentionInReport, type PersonInReport } from './people.ts';

export interface ExtractedEvent extends EventDraft {
  paragraph_id: string;
  section: string;
  /** Keys of the people named in the event's sentence. */
  people: string[];
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

export function extractReport(report: Report): Extraction {
  const paragraphs = report.paragraphs;
  const { people, mentions } = findPeople(paragraphs.map((p) => p.text));
  const coverageYear = report.edition - 1;
  const paragraphIds = paragraphs.map((p) => paragraphId(report.report_id, p));
  const withIds: ExtractedMention[] = mentions.map((m) => Object.assign(m, { paragraph_id: paragraphIds[m.paragraphIndex] }));
  const events: ExtractedEvent[] = [];
  // Mentions come paragraph by paragraph, each paragraph's in text order without overlaps.
  let first = 0;
  paragraphs.forEach((p, index) => {
    // Key Developments bullets without a date of their own take their heading's year.
    const headingYear = p.section === 'key_developments' ? coverageYear : null;
    const drafts = extractEvents(p.text, coverageYear, headingYear);
    while (first < mentions.length && mentions[first].paragraphIndex < index) first++;
    let last = first;
    while (last < mentions.length && mentions[last].paragraphIndex === index) last++;
    for (const draft of drafts) {
      const end = draft.sentenceStart + draft.text.length;
      const named: string[] = [];
      for (let m = firstAtOrAfter(mentions, first, last, draft.sentenceStart); m < last && mentions[m].start < end; m++) {
        if (mentions[m].end <= end) named.push(mentions[m].personKey);
      }
      events.push(Object.assign(draft, { paragraph_id: paragraphIds[index], section: p.section, people: [...new Set(named)] }));
    }
  });
  return { report_id: report.report_id, people: [...people.values()], mentions: withIds, events };
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
