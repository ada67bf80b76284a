// Bytes to clean lines: UTF-8 decoding that names the line of a bad byte (UTF-16 and Windows-1252
// read with a warning, UTF-8 misread and saved again refused), one line ending, NFC, one kind of
// space, HTML's character references and ligatures read as their characters. Layout (bullets,
// headings, scores) is left to the parsers.
import { decodeHTMLStrict } from 'entities';
import { problem, type Problem } from '../common/problems.ts';

export interface NormalizedText {
  lines: string[];
  problems: Problem[];
}

const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD]/g; // zero-width space, word joiner, stray BOM, soft hyphen
// An HTML character reference (`&rsquo;`, `&#8217;`, `&#x2019;`): a copy of a page's source, not of its text.
const HTML_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
// UTF-8 read as Windows-1252 or Latin-1 and saved again ("mojibake"): "Ã©" for "é", "Â " for a
// non-breaking space, "â€™" (or "â" and two C1 controls) for "’". No report writes these pairs.
const MOJIBAKE = /[\u00C2\u00C3][\u0080-\u00BF]|\u00E2[\u0080-\u009F\u20AC][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u2122]/;
// Latin ligatures (ﬁ, ﬂ, ﬀ ...) are what a PDF's text layer gives for letter pairs; Freedom House's text has the letters.
const LIGATURES = /[\uFB00-\uFB06]/g;
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

// Windows-1252's characters for the bytes 0x80-0x9F (0 where it has none); 0xA0-0xFF are Latin-1's,
// the same code points. (Node's TextDecoder reads 'windows-1252' as Latin-1, C1 controls for these.)
const WINDOWS_1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * The text of a file saved in Windows-1252 (a Windows editor's "ANSI": curly quotes, dashes and
 * accents as single bytes), or null. Only a file with one of that encoding's own characters (a
 * byte 0x80-0x9F: curly quotes, dashes, bullets; a report has many) and no UTF-8 sequence of two
 * bytes or more at all is taken for one: a UTF-8 file with a broken byte stays an error.
 */
function windows1252(bytes: Uint8Array): string | null {
  if (!bytes.some((b) => b >= 0x80 && b <= 0x9f)) return null;
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      units[i] = b;
      continue;
    }
    // A UTF-8 lead byte followed by the continuation bytes it needs: this file is UTF-8.
    const needs = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (needs && i + needs < bytes.length && bytes.subarray(i + 1, i + 1 + needs).every((c) => c >= 0x80 && c <= 0xbf)) return null;
    const code = b < 0xa0 ? WINDOWS_1252_80_9F[b - 0x80] : b;
    if (!code) return null;
    units[i] = code;
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

/**
 * A file saved as UTF-16 ("Unicode" in Windows editors): known by its byte order mark, or, without
 * one, by the zero byte that half of its characters carry (a report's text is mostly ASCII, so
 * one byte of each pair is zero, always on the same side); its text, or null if it does not decode.
 */
function utf16(bytes: Uint8Array): { order: 'little-endian' | 'big-endian'; text: string | null } | null {
  let order: 'little-endian' | 'big-endian' | null = null;
  let from = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [order, from] = ['little-endian', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [order, from] = ['big-endian', 2];
  else if (bytes.length >= 8) {
    const pairs = Math.min(bytes.length >> 1, 4096);
    // A UTF-8 report has no zero byte: one native scan settles most files without the loop below.
    if (!bytes.subarray(0, 2 * pairs).includes(0)) return null;
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < pairs; i++) {
      if (bytes[2 * i] === 0) evenZero++;
      if (bytes[2 * i + 1] === 0) oddZero++;
    }
    if (oddZero > pairs / 2 && evenZero === 0) order = 'little-endian';
    else if (evenZero > pairs / 2 && oddZero === 0) order = 'big-endian';
  }
  if (order === null) return null;
  try {
    return { order, text: new TextDecoder(order === 'little-endian' ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(from)) };
  } catch {
    return { order, text: null };
  }
}

/** The file's text: UTF-8, or UTF-16 or Windows-1252 read so with a warning; null (with the error) when it is none. */
function decodeText(bytes: Uint8Array, file: string, problems: Problem[]): string | null {
  const wide = utf16(bytes);
  if (wide) {
    if (wide.text === null) {
      problems.push(problem('INVALID_UTF16', `the file is UTF-16 (${wide.order}) but not valid UTF-16; save it as UTF-8 and run again`, { file, line: 1 }));
      return null;
    }
    problems.push(problem('UTF_16', `the file is not UTF-8 but UTF-16 (${wide.order}), and was read so; save it as UTF-8 to be sure`, { file, line: 1, severity: 'warning' }));
    return wide.text;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    const legacy = windows1252(bytes);
    if (legacy === null) {
      problems.push(problem('INVALID_UTF8', 'the file is not valid UTF-8; save it as UTF-8 and run again', { file, line }));
      return null;
    }
    problems.push(problem('WINDOWS_1252', 'the file is not UTF-8 but reads as Windows-1252 (single-byte quotes, dashes and accents), and was read so; save it as UTF-8 to be sure', { file, line, severity: 'warning' }));
    return legacy;
  }
}

// Files of another kind saved under a .txt name, known by their first bytes.
const NOT_TEXT: { kind: string; test: (head: string) => boolean; advice: string }[] = [
  { kind: 'a PDF file', test: (h) => h.startsWith('%PDF-'), advice: 'extract its text (e.g. `pdftotext -layout report.pdf report.txt`) and save that as UTF-8' },
  { kind: 'a zip archive (a .docx, .xlsx or .zip)', test: (h) => h.startsWith('PK\x03\x04'), advice: 'open it, copy the report\'s text and save it as plain UTF-8 text' },
  { kind: 'a Word 97-2003 document (.doc)', test: (h) => h.startsWith('\xD0\xCF\x11\xE0'), advice: 'open it in a word processor and save the report as plain UTF-8 text' },
  { kind: 'an HTML page', test: (h) => /^(?:\xEF\xBB\xBF)?\s*<(?:!doctype html|html\b|head\b|body\b)/i.test(h), advice: 'save the country page as text (or copy its text) instead of as HTML' },
];

export function normalizeText(bytes: Uint8Array, file: string): NormalizedText {
  const problems: Problem[] = [];
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  const other = NOT_TEXT.find((k) => k.test(head));
  if (other) {
    problems.push(problem('NOT_TEXT', `this is ${other.kind}, not a text copy of a report: ${other.advice}`, { file, line: 1 }));
    return { lines: [], problems };
  }
  const text = decodeText(bytes, file, problems);
  if (text === null) return { lines: [], problems };
  if (text.trim() === '') {
    problems.push(problem('EMPTY_FILE', 'the file holds no text', { file, line: 1 }));
    return { lines: [], problems };
  }
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  // Three plain scans for the pairs' first characters rule out most files faster than the expression.
  if ((text.includes('\u00C2') || text.includes('\u00C3') || text.includes('\u00E2')) && MOJIBAKE.test(text)) {
    const misread = rawLines.flatMap((l, index) => (MOJIBAKE.test(l) ? [index] : []));
    // Shown with its invisible characters (C1 controls, the non-breaking space) as escapes.
    const pair = MOJIBAKE.exec(rawLines[misread[0]])![0].replace(/[\u0080-\u00A0]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    const count = misread.length;
    problems.push(problem('MOJIBAKE', `holds "${pair}" (${count} line${count === 1 ? ' holds' : 's hold'} such pairs): UTF-8 read as Windows-1252 or Latin-1 and saved again, so its accents, quotes and dashes are misread; copy the report again from the original, saved as UTF-8`, { file, line: misread[0] + 1 }));
    return { lines: [], problems };
  }
  let firstReference = 0;
  const lines = rawLines.map((written, index) => {
    // HTML's references are read as the characters they stand for (the HTML standard's list; only those closed by ";").
    let raw = written;
    if (raw.includes('&') && HTML_REFERENCE.test(raw)) {
      raw = decodeHTMLStrict(raw).replace(/[\r\n]/g, ' ');
      if (raw !== written) firstReference ||= index + 1;
    }
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
    return raw.replace(CONTROLS, '').replace(ZERO_WIDTH, '').replace(LIGATURES, (l) => l.normalize('NFKC')).replace(SPACES, ' ').normalize('NFC').replace(/ +$/, '');
  });
  if (firstReference) {
    problems.push(problem('HTML_REFERENCES', 'holds HTML character references (such as &rsquo; or &#8217;), the mark of a copy of a page\'s source: they were read as the characters they stand for; save the page\'s text instead to be sure', { file, line: firstReference, severity: 'warning' }));
  }
  return { lines, problems };
}
