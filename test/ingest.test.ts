import { describe, expect, it } from 'vitest';
import { countryKey } from '../pipeline/ingest/countries.ts';
import { ingestFile, parseSourcePath } from '../pipeline/ingest/document.ts';
import { formatManifest, parseManifest } from '../pipeline/ingest/manifest.ts';
import { normalizeText } from '../pipeline/ingest/normalize.ts';
import { countries, parseText, readSeed, SEED_FIW, SEED_NIT } from './helpers.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('normalizeText', () => {
  it('drops the BOM, folds CRLF and CR, Unicode spaces and zero-width characters', () => {
    const { lines, problems } = normalizeText(bytes('\uFEFFTitle\r\nA\u00a0/\u202F4\rB\u200Bc  \n'), 'f.txt');
    expect(lines).toEqual(['Title', 'A / 4', 'Bc', '']);
    expect(problems).toEqual([]);
  });

  it('names the line of an invalid UTF-8 byte', () => {
    const data = new Uint8Array([...bytes('one \u2019\ntwo\nth'), 0xff, ...bytes('ree\n')]);
    const { problems } = normalizeText(data, 'fiw/2024/x.txt');
    expect(problems).toMatchObject([{ code: 'INVALID_UTF8', file: 'fiw/2024/x.txt', line: 3 }]);
  });

  it('reads a file saved as Windows-1252 (no UTF-8 in it at all), with a warning at its first such byte', () => {
    // "Côte d’Ivoire — “Free”" and a bullet, one byte each, as a Windows editor saves them.
    const data = new Uint8Array([...bytes('Title\nC'), 0xf4, ...bytes('te d'), 0x92, ...bytes('Ivoire '), 0x97, 0x20, 0x93, ...bytes('Free'), 0x94, 0x0a, 0x95, ...bytes(' item\n')]);
    const { lines, problems } = normalizeText(data, 'fiw/2024/x.txt');
    expect(lines).toEqual(['Title', 'C\u00F4te d\u2019Ivoire \u2014 \u201CFree\u201D', '\u2022 item', '']);
    expect(problems).toMatchObject([{ code: 'WINDOWS_1252', file: 'fiw/2024/x.txt', line: 2, severity: 'warning' }]);
    // A byte Windows-1252 leaves undefined (0x81) is no such file; nor is one with no byte of its own (0x80-0x9F).
    expect(normalizeText(new Uint8Array([...bytes('a'), 0xc3, 0x28]), 'f.txt').problems).toMatchObject([{ code: 'INVALID_UTF8' }]);
    expect(normalizeText(new Uint8Array([...bytes('a'), 0x81]), 'f.txt').problems).toMatchObject([{ code: 'INVALID_UTF8' }]);
  });

  it('reads HTML character references as their characters, with a warning at the first line that holds one', () => {
    const { lines, problems } = normalizeText(bytes('AT&T and R&D; a Q&A\nFreedom House&rsquo;s &ldquo;farce&rdquo; &amp; more&#8212;all&#x2019;s&nbsp;x &bogus;\n'), 'fiw/2024/x.txt');
    expect(lines).toEqual(['AT&T and R&D; a Q&A', 'Freedom House\u2019s \u201Cfarce\u201D & more\u2014all\u2019s x &bogus;', '']);
    expect(problems).toMatchObject([{ code: 'HTML_REFERENCES', file: 'fiw/2024/x.txt', line: 2, severity: 'warning' }]);
    // An ampersand that starts no reference is text.
    expect(normalizeText(bytes('AT&T and R&D; a Q&A\n'), 'f.txt').problems).toEqual([]);
  });

  it('rejects a copy whose UTF-8 was read as Windows-1252 or Latin-1 and saved again, naming its first such line', () => {
    // "São Paulo’s", misread as Windows-1252 ("SÃ£o Pauloâ€™s") and as Latin-1 (with C1 controls).
    const windows = 'S\u00c3\u00a3o Paulo\u00e2\u20ac\u2122s';
    const latin1 = Buffer.from(bytes('S\u00e3o Paulo\u2019s')).toString('latin1');
    for (const line of [windows, latin1]) {
      const { lines, problems } = normalizeText(bytes(`Title\n\n${line} court\n${line}\n`), 'fiw/2024/x.txt');
      expect(lines).toEqual([]);
      expect(problems).toMatchObject([{ code: 'MOJIBAKE', file: 'fiw/2024/x.txt', line: 3, severity: 'error' }]);
      expect(problems[0].message).toMatch(/^holds "\u00c3\u00a3" \(2 lines hold such pairs\): UTF-8 read as Windows-1252 or Latin-1 and saved again/);
    }
    // Accented capitals of real names stay text: "SÃO PAULO", "ÂNGELA".
    expect(normalizeText(bytes('S\u00c3O PAULO and \u00c2NGELA\n'), 'f.txt').problems).toEqual([]);
  });

  it('rejects an empty file and warns about control characters', () => {
    expect(normalizeText(bytes(' \n\n'), 'e.txt').problems[0].code).toBe('EMPTY_FILE');
    const { lines, problems } = normalizeText(bytes('ok\nbad\u0007bell\n'), 'c.txt');
    expect(lines[1]).toBe('badbell');
    expect(problems).toMatchObject([{ code: 'CONTROL_CHARACTER', line: 2, severity: 'warning' }]);
  });
});

describe.each([
  ['FIW', SEED_FIW, 'fiw/2024/kazakhstan.txt'],
  ['NIT', SEED_NIT, 'nit/2024/kazakhstan.txt'],
])('%s seed saved as Windows-1252, as UTF-16 or with HTML references', (_name, path, file) => {
  const text = readSeed(path);
  const plain = parseText(text, file);
  /** A copy in another form reads as the plain copy, with one warning (`code`) before the plain copy's problems. */
  const readsAsPlain = (copy: string | Uint8Array, code: string) => {
    const copied = parseText(copy, file);
    expect(copied.problems.map((p) => p.code)).toEqual([code, ...plain.problems.map((p) => p.code)]);
    expect(copied.report.scores).toEqual(plain.report.scores);
    expect(copied.report.paragraphs).toEqual(plain.report.paragraphs);
    expect(copied.extraction).toEqual(plain.extraction);
    return copied;
  };

  it('reads as the UTF-8 copy, with one warning', () => {
    // The seed's characters outside Latin-1, and their Windows-1252 bytes.
    const single: Record<string, number> = { '\u2013': 0x96, '\u2014': 0x97, '\u2018': 0x91, '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2022': 0x95 };
    const encoded = new Uint8Array([...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code <= 0xff && !(code >= 0x80 && code <= 0x9f)) return code;
      if (single[c] === undefined) throw new Error(`no Windows-1252 byte for U+${code.toString(16)}`);
      return single[c];
    }));
    readsAsPlain(encoded, 'WINDOWS_1252');
  });

  it('reads a copy saved as UTF-16, with its byte order mark or without, as the UTF-8 copy, with one warning', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(text, 'utf16le').swap16(); // big-endian, no byte order mark
    for (const [bytes, order] of [[little, 'little-endian'], [big, 'big-endian']] as const) {
      expect(readsAsPlain(new Uint8Array(bytes), 'UTF_16').problems[0].message).toContain(`UTF-16 (${order})`);
    }
    // A broken UTF-16 file is an error, not a guess.
    expect(normalizeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), file).problems).toMatchObject([{ code: 'INVALID_UTF16', severity: 'error' }]);
  });

  it('reads a copy of the page source, with its characters as HTML references, as the plain copy, with one warning', () => {
    const references: Record<string, string> = { '&': '&amp;', '\u2013': '&ndash;', '\u2014': '&mdash;', '\u2018': '&lsquo;', '\u2019': '&rsquo;', '\u201C': '&#8220;', '\u201D': '&#x201D;', '\u2022': '&bull;' };
    readsAsPlain(text.replace(/[&\u2013\u2014\u2018\u2019\u201C\u201D\u2022]/g, (c) => references[c]), 'HTML_REFERENCES');
  });
});

describe('country codes', () => {
  it('resolves Freedom House names, file-name slugs and territories', () => {
    const code = (name: string) => countries.resolve(name)?.code;
    expect(code('Kazakhstan')).toBe('KAZ');
    expect(code('united-states')).toBe('USA');
    expect(code('Congo (Kinshasa)')).toBe('COD');
    expect(code('congo-brazzaville')).toBe('COG');
    expect(code('The Gambia')).toBe('GMB');
    expect(code('St. Vincent and the Grenadines')).toBe('VCT');
    expect(code('Côte d\u2019Ivoire')).toBe('CIV');
    expect(code('Kosovo')).toBe('XKX');
    expect(countries.resolve('Abkhazia')).toMatchObject({ code: 'XAB', territory: true });
    expect(countries.resolve('Hong Kong')).toMatchObject({ code: 'HKG', territory: true });
    // Other spellings Freedom House's pages and files use for a name.
    expect(code('democratic-republic-congo')).toBe('COD');
    expect(code('republic-congo')).toBe('COG');
    expect(code('st-vincent-and-grenadines')).toBe('VCT');
    expect(code('Korea, North')).toBe('PRK');
    expect(code('Kyrgyz Republic')).toBe('KGZ');
    expect(code('Atlantis')).toBeUndefined();
    expect(countryKey('São Tomé & Príncipe')).toBe('saotomeandprincipe');
  });

  it('names a country known by its file name alone (a report without a title line) as ISO 3166 writes it', () => {
    const name = (slug: string) => countries.resolve(slug)?.name;
    // The name the slug spells, with its accents, apostrophes and hyphens; not the slug's words capitalised.
    expect(name('cote-divoire')).toBe('Côte d\'Ivoire');
    expect(name('guinea-bissau')).toBe('Guinea-Bissau');
    expect(name('turkiye')).toBe('Türkiye');
    expect(name('russia')).toBe('Russia');
    expect(name('bosnia-and-herzegovina')).toBe('Bosnia and Herzegovina');
    // A title's name stays as printed, and the override table's names come first.
    expect(name('Cote d\'Ivoire')).toBe('Cote d\'Ivoire');
    expect(name('congo-kinshasa')).toBe('Congo (Kinshasa)');
  });
});

describe('raw paths and manifest', () => {
  it('accepts <publication>/<edition>/<country>.txt and refuses escapes', () => {
    expect(parseSourcePath('fiw/2024/kazakhstan.txt')).toEqual({ publication: 'fiw', edition: 2024, slug: 'kazakhstan' });
    expect(parseSourcePath('../fiw/2024/x.txt')).toMatch(/leaves/);
    expect(parseSourcePath('fiw/../../etc/passwd')).toMatch(/leaves|expected/);
    expect(parseSourcePath('/etc/fiw/2024/x.txt')).toMatch(/absolute/);
    expect(parseSourcePath('fiw/2024/x\0.txt')).toMatch(/NUL/);
    expect(parseSourcePath('fiw/x.txt')).toMatch(/expected/);
  });

  it('gives a report id from the path and refuses a hash the manifest disagrees with', () => {
    const entry = { source_file: 'fiw/2021/bolivia.txt', publication: 'fiw', edition: 2021, country: 'Bolivia', country_code: 'BOL', sha256: '0'.repeat(64), line: 2 };
    const { document, problems } = ingestFile({ source_file: 'fiw/2021/bolivia.txt', bytes: bytes('text') }, entry, countries);
    expect(document).toBeNull();
    // The line is the manifest's, not the report's: named in the message, with what to do.
    expect(problems).toMatchObject([{ code: 'HASH_MISMATCH', line: null, message: expect.stringMatching(/on its line 2 .*run `npm run manifest`$/) }]);
    const ok = ingestFile({ source_file: 'nit/2022/north-macedonia.txt', bytes: bytes('text') }, null, countries);
    expect(ok.document?.report_id).toBe('nit-2022-mkd');
  });

  it('writes and reads back a manifest, listing every problem with its line', () => {
    const text = formatManifest([{ source_file: 'nit/2024/a.txt', publication: 'nit', edition: 2024, country: 'A, B', country_code: 'AAA', sha256: 'a'.repeat(64) }]);
    expect(text).toBe(`source_file,publication,edition,country,country_code,sha256\r\nnit/2024/a.txt,nit,2024,"A, B",AAA,${'a'.repeat(64)}\r\n`);
    expect(parseManifest(text, 'm.csv').entries[0]).toMatchObject({ country: 'A, B', edition: 2024, line: 2 });
    const bad = parseManifest('source_file,publication,edition,country,country_code,sha256\nx,fiw,2024,X,,nothex\n', 'm.csv');
    expect(bad.problems.map((p) => `${p.code}:${p.line}`)).toEqual(['MANIFEST_FIELD_MISSING:2', 'MANIFEST_BAD_HASH:2']);
  });
});
