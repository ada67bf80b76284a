// Rules on the extracted tables: mention offsets point at their surface, events dated after the
// coverage year are noted, and people's mention counts agree with the mentions.
import type { Row } from '../../schemas/tables.ts';
import type { CheckContext } from './context.ts';
import { dateRange } from '../tables/people.ts';

/** Code-point substring, as the mention offsets count (plain substring when the text has no surrogate pairs). */
function slice(text: string, astral: boolean, start: number, end: number): string {
  return astral ? Array.from(text).slice(start, end).join('') : text.slice(start, end);
}

/** Adds each mention to its person's count (the people table's `mentions` says how many there are). */
export function countMentions(mentions: Row[], counts: Map<string, number> = new Map()): Map<string, number> {
  for (const m of mentions) counts.set(String(m.person_id), (counts.get(String(m.person_id)) ?? 0) + 1);
  return counts;
}

export function checkMentions(ctx: CheckContext) {
  // Each paragraph's text, and whether it holds a character beyond the BMP (asked once, not per mention).
  const texts = new Map((ctx.tables.paragraphs ?? []).map((p) => [String(p.paragraph_id), { text: String(p.text), astral: /[\uD800-\uDFFF]/.test(String(p.text)) }]));
  const paragraphLine = new Map((ctx.tables.paragraphs ?? []).map((p) => [String(p.paragraph_id), Number(p.source_line)]));
  // Mentions checked apart come with their counts; else they are counted here.
  const counts = ctx.mentionCounts ?? countMentions(ctx.tables.mentions ?? []);
  (ctx.tables.mentions ?? []).forEach((m, index) => {
    const paragraph = texts.get(String(m.paragraph_id));
    if (paragraph === undefined) return; // reported by the foreign-key rule
    const found = slice(paragraph.text, paragraph.astral, Number(m.start), Number(m.end));
    if (found !== m.surface) {
      ctx.row('MENTION_OFFSETS', 'mentions', index, m, 'start', `offsets ${m.start}..${m.end} hold "${found}", not "${m.surface}"`, paragraphLine.get(String(m.paragraph_id)) ?? null);
    }
  });
  (ctx.tables.people ?? []).forEach((p, index) => {
    const n = counts.get(String(p.person_id)) ?? 0;
    if (n !== p.mentions) ctx.row('PERSON_MENTION_COUNT', 'people', index, p, 'mentions', `says ${p.mentions} mentions, the mentions table has ${n}`);
    if (Number(p.first_edition) > Number(p.last_edition)) ctx.row('PERSON_EDITIONS', 'people', index, p, 'first_edition', 'first edition is after the last');
  });
}

export function checkEvents(ctx: CheckContext) {
  const coverage = new Map((ctx.tables.reports ?? []).map((r) => [String(r.report_id), Number(r.coverage_year)]));
  const paragraphs = new Map((ctx.tables.paragraphs ?? []).map((p) => [String(p.paragraph_id), p]));
  // Where the last event's sentence was found in its paragraph: events follow their sentences'
  // order, so each search starts there, and a paragraph is searched about once, not once per event.
  const foundAt = new Map<string, number>();
  (ctx.tables.events ?? []).forEach((e, index) => {
    const year = Number(String(e.date).slice(0, 4));
    const paragraph = paragraphs.get(String(e.paragraph_id));
    const line = paragraph ? Number(paragraph.source_line) : null;
    if (year > (coverage.get(String(e.report_id)) ?? Infinity)) {
      // Extraction never rejects a report: an event the text dates after the coverage year is kept, and noted.
      ctx.row('EVENT_AFTER_COVERAGE', 'events', index, e, 'date', `dated ${e.date}, after the report's coverage year ${coverage.get(String(e.report_id))}`, line, 'warning');
    }
    const precision = String(e.date).length === 4 ? 'year' : String(e.date).length === 7 ? 'month' : 'day';
    if (precision !== e.date_precision) ctx.row('EVENT_PRECISION', 'events', index, e, 'date_precision', `${e.date} has ${precision} precision, not ${e.date_precision}`, line);
    const range = dateRange(String(e.date));
    for (const field of ['year', 'date_start', 'date_end'] as const) {
      if (e[field] !== range[field]) ctx.row('EVENT_DATE_RANGE', 'events', index, e, field, `${field} is ${e[field]}, but ${e.date} gives ${range[field]}`, line);
    }
    if (paragraph) {
      const text = String(paragraph.text);
      const from = foundAt.get(String(e.paragraph_id)) ?? 0;
      let at = text.indexOf(String(e.text), from);
      if (at < 0 && from > 0) at = text.indexOf(String(e.text));
      if (at < 0) ctx.row('EVENT_TEXT', 'events', index, e, 'text', 'the sentence is not in its paragraph', line);
      else foundAt.set(String(e.paragraph_id), at);
    }
    if (paragraph && paragraph.report_id !== e.report_id) ctx.row('EVENT_REPORT', 'events', index, e, 'report_id', 'the paragraph belongs to another report', line);
  });
}
