// Bytes to clean lines: UTF-8 decoding that names the line of a bad byte, one line ending, NFC,
// and one kind of space. Layout (bullets, headings, scores) is left to the parsers.
import { problem, type Problem } from '../problems.ts';

export interface NormalizedText {
  lines: string[];
  problems: Problem[];
}

const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD]/g; // zero-width space, word joiner, stray BOM, soft hyphen
const SPACES = /[\t\p{Zs}]/gu; // non-breaking, narrow and other Unicode spaces become plain spaces
// C0/C1 controls other than tab and line feed carry nothing a reader sees.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// A line of printable ASCII, Latin letters and typographic punctuation needs none of the above
// (none of these characters changes under NFC): most lines take this fast path.
const NOTHING_TO_CLEAN = /^[\u0020-\u007E\u00A1-\u00AC\u00AE-\u024F\u2010-\u2027]*$/;

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

export function normalizeText(bytes: Uint8Array, file: string): NormalizedText {
  const problems: Problem[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    problems.push(problem('INVALID_UTF8', 'the file is not valid UTF-8; save it as UTF-8 and run again', { file, line }));
    return { lines: [], problems };
  }
  if (text.trim() === '') {
    problems.push(problem('EMPTY_FILE', 'the file holds no text', { file, line: 1 }));
    return { lines: [], problems };
  }
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = rawLines.map((raw, index) => {
    if (NOTHING_TO_CLEAN.test(raw)) return raw.endsWith(' ') ? raw.replace(/ +$/, '') : raw;
    // Often the one thing to clean is a non-breaking space.
    const spaced = raw.replaceAll('\u00A0', ' ');
    if (NOTHING_TO_CLEAN.test(spaced)) return spaced.replace(/ +$/, '');
    if (raw.includes('\uFFFD')) {
      problems.push(problem('REPLACEMENT_CHARACTER', 'holds U+FFFD, the mark of an earlier decoding error: the copy lost characters', { file, line: index + 1 }));
    }
    if (CONTROLS.test(raw)) {
      problems.push(problem('CONTROL_CHARACTER', 'control characters removed', { file, line: index + 1, severity: 'warning' }));
    }
    CONTROLS.lastIndex = 0;
    return raw.replace(CONTROLS, '').replace(ZERO_WIDTH, '').replace(SPACES, ' ').normalize('NFC').replace(/ +$/, '');
  });
  return { lines, problems };
}
