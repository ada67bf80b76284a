// What a report says must not depend on how its copy was typed. COPIES are the ways a real copy
// differs from the published text (quotes, spaces, dashes, apostrophes, line ends, bullets, a
// wrap, footnote numbers, ligatures). test/perturbed.test.ts holds each `same` copy of the seeds
// and the development corpus to the people, mentions and events of the plain copy; this script
// builds every gold report (raw/ and ../shared/corpus/dev) as each copy and prints how it scores
// against the gold, and how many of its paragraphs are the plain copy's (or those paragraphs with
// the copy's characters), beside the plain copy's figures. The gold's scorer folds ’ and ʼ to ',
// not ´: its figures for the copy with acute accents count quotes it cannot find.
//   npm run copies
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildForScoring, GOLD_DIR, SHARED, writeGoldRaw } from './gold.ts';
import { wrapText } from './synthetic.ts';

export interface Copy {
  name: string;
  change: (text: string) => string;
  /** Whether the copy must name the same people, mentions and events as the plain one (test/perturbed.test.ts). */
  same: boolean;
}

// Every fifth space a non-breaking one.
const nonBreaking = (t: string) => {
  let n = 0;
  return t.replace(/ /g, () => (++n % 5 === 0 ? '\u00a0' : ' '));
};

/**
 * A footnote number glued after every fourth sentence that ends a word, counting up through the
 * report (numbers out of a report's own sequence are not footnotes: for a report that has its own,
 * the NIT seed, this copy is not one a real copy would be).
 */
export const footnoted = (t: string) => {
  let n = 0;
  let note = 0;
  return t.replace(/([a-z]\.)( [A-Z])/g, (whole, end, next) => (++n % 4 === 0 ? `${end}${++note}${next}` : whole));
};

// Also one glued inside sentences, after every third comma or closing quote that follows a word
// (`the law,45 which`), counting up with the others; not in a scored question (none has one).
export const footnotedInside = (t: string) => {
  let n = 0;
  let note = 0;
  const glue = (line: string) => line.replace(/([a-z]\.|[a-z][,\u201D])( [A-Za-z])/g, (whole, end, next) => (++n % 3 === 0 ? `${end}${++note}${next}` : whole));
  return t.split('\n').map((line) => (/\d\s*\/\s*\d+\s*$/.test(line) ? line : glue(line))).join('\n');
};

/** Words of eight letters or more that straddle the margin are hyphenated there, as a PDF's text layer may give them. */
const hyphenatedWrap = (width: number) => (t: string) => wrapText(t, width, (word) => /^\p{L}{8,}[,.;:]?$/u.test(word));

export const COPIES: Copy[] = [
  { name: 'straight quotes', change: (t) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"'), same: true },
  { name: 'non-breaking spaces', change: nonBreaking, same: true },
  { name: 'CRLF line ends', change: (t) => t.replace(/\n/g, '\r\n'), same: true },
  { name: 'a wrap at 80 characters', change: (t) => wrapText(t, 80), same: true },
  { name: 'hyphens for bullets', change: (t) => t.replace(/^(\s*)\u2022\s*/gm, '$1- '), same: true },
  { name: 'two spaces after a sentence, a comma and before a score', change: (t) => t.replace(/([.?,]) (?=\S)/g, '$1  '), same: true },
  { name: 'two hyphens for a dash', change: (t) => t.replace(/\u2014/g, '--'), same: true },
  { name: 'a spaced hyphen for a dash', change: (t) => t.replace(/\u2014/g, ' - '), same: true },
  // "Ben Ali\u2013era judges" (FIW 2022 Tunisia) as "Ben Ali-era judges"; "2015\u20132016" as "2015-2016".
  { name: 'hyphens for en dashes', change: (t) => t.replace(/\u2013/g, '-'), same: true },
  // The modifier letter for every apostrophe and closing single quote ("M\u02BCMembe", "organization.\u02BC49").
  { name: 'modifier-letter apostrophes', change: (t) => t.replace(/\u2019/g, '\u02BC'), same: true },
  // An acute accent for an apostrophe after a letter, as FIW 2020 Brazil writes "Brazil\u00B4s" once.
  { name: 'acute accents for apostrophes', change: (t) => t.replace(/(?<=\p{L})\u2019/gu, '\u00B4'), same: true },
  // What a word processor gives for a hyphen it must not break at, or Unicode's own hyphen: "Kassym\u2011Jomart".
  { name: 'non-breaking hyphens within words', change: (t) => t.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011'), same: true },
  { name: 'Unicode hyphens within words', change: (t) => t.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2010'), same: true },
  // What a PDF's text layer gives for letter pairs ("ofﬁcials", "conﬂict").
  { name: 'ligatures for ff, fi, fl, ffi and ffl', change: (t) => t.replace(/ffi/g, '\uFB03').replace(/ffl/g, '\uFB04').replace(/ff/g, '\uFB00').replace(/fi/g, '\uFB01').replace(/fl/g, '\uFB02'), same: true },
  // Nothing in a report says how a word written closed only once was cut ("pro-" / "regime"): measured, not held equal.
  { name: 'a wrap at 78 characters, long words hyphenated at the margin', change: hyphenatedWrap(78), same: false },
];

interface Figures {
  people: number;
  events: number;
  type: number;
  who: number;
  /** Each paragraph's text by paragraph id. */
  paragraphs: Map<string, string>;
}

/** The figures of one build: score.mjs's pooled ones, and its paragraphs. */
function measure(raw: string, out: string): Figures {
  const build = buildForScoring(raw, out);
  if (build.status !== 0) throw new Error(`copies: the build of ${raw} failed:\n${build.stderr}`);
  const scored = spawnSync(process.execPath, [join(GOLD_DIR, 'score.mjs'), '--dist', out, '--json'], { encoding: 'utf8' });
  const pooled = JSON.parse(scored.stdout) as Record<string, number>;
  const paragraphs = JSON.parse(readFileSync(join(out, 'json', 'paragraphs.json'), 'utf8')) as { paragraph_id: string; text: string }[];
  return { people: pooled.people_f1, events: pooled.events_f1, type: pooled.event_type_accuracy, who: pooled.event_people_f1, paragraphs: new Map(paragraphs.map((p) => [p.paragraph_id, p.text])) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(`npm run copies -- [--help]
Builds every report with gold in ../shared/eval as each kind of copy (quotes, spaces, dashes,
apostrophes, hyphens, line ends, bullets, wraps, ligatures) and prints how each scores against
the gold, and how many of its paragraphs are the plain copy's, beside the plain copy (checked
against Freedom House's values).
example: npm run copies`);
    process.exit(0);
  }
  if (!existsSync(GOLD_DIR)) {
    console.error(`copies: no gold at ${GOLD_DIR}`);
    process.exit(1);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'frd-copies-'));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  try {
    console.error('copies: the plain copy');
    writeGoldRaw(join(scratch, 'raw'));
    const plain = measure(join(scratch, 'raw'), join(scratch, 'out'));
    const truth = spawnSync(process.execPath, [join(GOLD_DIR, 'check-truth.mjs'), join(scratch, 'out'), join(SHARED, 'corpus', 'dev', 'truth')], { encoding: 'utf8' });
    console.log(`the plain copy against Freedom House's values: ${(truth.stdout + truth.stderr).trim().split('\n').at(-1)}`);
    console.log(`${'copy'.padEnd(62)} ${'people'.padStart(7)} ${'events'.padStart(7)} ${'type'.padStart(7)} ${'who'.padStart(7)}  paragraphs as the plain copy's`);
    const row = (name: string, m: Figures, same: number) => console.log(`${name.padEnd(62)} ${pct(m.people).padStart(7)} ${pct(m.events).padStart(7)} ${pct(m.type).padStart(7)} ${pct(m.who).padStart(7)}  ${same}/${plain.paragraphs.size}`);
    row('the plain copy', plain, plain.paragraphs.size);
    for (const [index, { name, change }] of COPIES.entries()) {
      console.error(`copies: ${name}`);
      const raw = join(scratch, `raw-${index}`);
      writeGoldRaw(raw, change);
      const m = measure(raw, join(scratch, `out-${index}`));
      // A paragraph is read right when it is the plain copy's, or that paragraph as the copy changes its characters.
      const same = [...plain.paragraphs].filter(([id, text]) => m.paragraphs.get(id) === text || m.paragraphs.get(id) === change(text)).length;
      row(name, m, same);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
