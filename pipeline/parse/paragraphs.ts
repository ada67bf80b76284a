// Collects a report's paragraphs in order: footnote numbers split off, and a line that a copy
// hard-wrapped mid-sentence joined back to the paragraph it continues.
import { FootnoteSplitter, type Line } from './lines.ts';
import type { ParsedParagraph } from './report.ts';

export class ParagraphCollector {
  readonly paragraphs: ParsedParagraph[] = [];
  private readonly footnotes = new FootnoteSplitter();
  private lastLine: Line | null = null;
  private readonly ordinals = new Map<string, number>();

  add(section: string, indicator: string | null, line: Line): ParsedParagraph | null {
    const { text, footnotes } = this.footnotes.split(line.text);
    const previous = this.paragraphs[this.paragraphs.length - 1];
    // A wrapped line: straight after the previous one, which ends mid-sentence, starting lower case.
    if (
      previous &&
      this.lastLine &&
      !line.bullet &&
      previous.section === section &&
      line.number === this.lastLine.number + 1 &&
      !/[.!?:;"'\u201D\u2019)\]]$/.test(previous.text) &&
      /^[a-z]/.test(text)
    ) {
      previous.text = `${previous.text} ${text}`;
      previous.footnotes.push(...footnotes);
      this.lastLine = line;
      return previous;
    }
    this.lastLine = line;
    if (!text) return null;
    const ordinal = (this.ordinals.get(section) ?? 0) + 1;
    this.ordinals.set(section, ordinal);
    const paragraph: ParsedParagraph = { section, ordinal, indicator, text, footnotes, line: line.number };
    this.paragraphs.push(paragraph);
    return paragraph;
  }
}
