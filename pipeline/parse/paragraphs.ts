// Collects a report's paragraphs in order: footnote numbers split off, and a line that a copy
// hard-wrapped joined back to the paragraph it continues.
import { continuesFrom, ENDS_A_SENTENCE, FootnoteSplitter, joinLines, writtenWords, type Line } from './lines.ts';
import type { ParsedParagraph } from './report.ts';

// A page number alone on its line ("12"); other page furniture never reaches here (contentLines).
const PAGE_NUMBER = /^\d{1,4}$/;

interface Open {
  section: string;
  indicator: string | null;
  /** The lines' text joined, footnote numbers still in (a copy wrapped at a fixed width). */
  raw: string;
  line: number;
}

export class ParagraphCollector {
  private readonly collected: ParsedParagraph[] = [];
  private readonly footnotes = new FootnoteSplitter();
  private lastLine: Line | null = null;
  private readonly ordinals = new Map<string, number>();
  private open: Open | null = null;
  // The text of the last line in the last paragraph collected. A paragraph's text grows line by
  // line: only its last line is looked at, as reading the end of the whole text each time would
  // copy it each time (a text joined from pieces is flattened to be read).
  private lastText = '';

  /**
   * `hardWrapped`: the copy is wrapped at a fixed width (see isHardWrapped), so only a blank line
   * ends a paragraph, and footnote numbers are looked for in the joined paragraph: at the end of
   * a wrapped line, `taking 55.1` may go on with `percent`.
   */
  constructor(
    private readonly hardWrapped = false,
    /** The report's lines: a word a line's end hyphenates is joined as the report writes it elsewhere. */
    private readonly lines: readonly Line[] = [],
  ) {}

  private words: Set<string> | null = null;
  private readonly written = () => (this.words ??= writtenWords(this.lines));

  add(section: string, indicator: string | null, line: Line): void {
    const previousLine = this.lastLine;
    const adjacent = previousLine !== null && !line.bullet && continuesFrom(line, previousLine);
    // A page number (or a lost footnote number) alone on its line, not going on from text: no
    // paragraph of a report is one.
    if (PAGE_NUMBER.test(line.text) && !(adjacent && this.hardWrapped)) return;
    this.lastLine = line;
    if (this.hardWrapped) {
      // Adjacent and in the open paragraph's section: the line before is that paragraph's last.
      if (this.open && adjacent && this.open.section === section) {
        this.open.raw = joinLines(this.open.raw, line.text, previousLine!.text, this.written);
        return;
      }
      this.close();
      this.open = { section, indicator, raw: line.text, line: line.number };
      return;
    }
    const { text, footnotes } = this.footnotes.split(line.text);
    const previous = this.collected[this.collected.length - 1];
    // A wrapped line: straight after the previous one, which ends mid-sentence.
    if (previous && adjacent && previous.section === section && !ENDS_A_SENTENCE.test(this.lastText.slice(-1)) && /^[\p{L}\d(\u201C\u2018"']/u.test(text)) {
      previous.text = joinLines(previous.text, text, this.lastText, this.written);
      this.lastText = text;
      previous.footnotes.push(...footnotes);
      return;
    }
    this.push(section, indicator, text, footnotes, line.number);
  }

  /** Every paragraph, in order. */
  get paragraphs(): ParsedParagraph[] {
    this.close();
    return this.collected;
  }

  private close() {
    if (!this.open) return;
    const { section, indicator, raw, line } = this.open;
    this.open = null;
    const { text, footnotes } = this.footnotes.split(raw);
    this.push(section, indicator, text, footnotes, line);
  }

  private push(section: string, indicator: string | null, text: string, footnotes: number[], line: number) {
    if (!text) return;
    const ordinal = (this.ordinals.get(section) ?? 0) + 1;
    this.ordinals.set(section, ordinal);
    this.collected.push({ section, ordinal, indicator, text, footnotes, line });
    this.lastText = text;
  }
}
