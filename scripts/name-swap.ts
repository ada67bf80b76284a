// The gold reports' own sentences with other people in them: every gold person's names replaced by
// those of a public figure of name-probe.ts's lists (every region), in the raw text and in the gold
// alike; each report is then extracted and scored as score.mjs scores people and who. The gold
// holds the names the development reports hold; the hidden gold holds names of every culture in
// sentences like these. Seeded, so every run replaces the same names. Printed by `npm run
// evaluate`, held by its ratchet.
import { extractReport } from '../pipeline/extract/index.ts';
import { loadCountries } from '../pipeline/ingest/folder.ts';
import { countLinks, fold, matchPeople, parseSource, readGoldSources, type GoldReport } from './gold.ts';
import { PUBLIC_FIGURES } from './name-probe.ts';

type Figure = (typeof PUBLIC_FIGURES)[number];

/** Numbers in [0, 1), the same for the same seed (a linear congruential generator). */
function random(seed: number): () => number {
  let state = (seed * 7919 + 1) % 2147483648;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with each surface replaced by its new one where it stands as a whole word; the longest first, and nothing replaced twice. */
export function replaceNames(text: string, replacements: readonly (readonly [string, string])[]): string {
  const placed: string[] = [];
  for (const [from, to] of [...replacements].sort((a, b) => b[0].length - a[0].length)) {
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{M}])${escape(from)}(?![\\p{L}\\p{M}])`, 'gu'), () => `\u0000${placed.push(to) - 1}\u0001`);
  }
  return text.replace(/\u0000(\d+)\u0001/g, (_, i: string) => placed[Number(i)]);
}

/** A gold person's surfaces, each with the figure's name that takes its place: the full name for the fullest ones (several words, at least 60% as long as the longest), else the word used alone. */
export function surfaceReplacements(surfaces: readonly string[], figure: Figure): [string, string][] {
  const longest = Math.max(...surfaces.map((s) => s.length));
  const pairs = surfaces.map((s): [string, string] => [s, s.split(/\s+/).length >= 2 && s.length >= 0.6 * longest ? figure.full : figure.short]);
  if (!pairs.some(([, to]) => to === figure.full)) pairs.find(([s]) => s.length === longest)![1] = figure.full;
  return pairs;
}

export interface NameSwap {
  seeds: number;
  /** People the extraction found, and those that hold a surface of the gold's. */
  foundPeople: number;
  foundRight: number;
  /** score.mjs's who, pooled. */
  links: { gold: number; found: number; right: number };
  /** The names not found ("Name for gold-id (report id)"), with how many seeds missed them. */
  missed: Map<string, number>;
  /** Gold people swapped (over all seeds) and those found under one of their new surfaces, by the region of the figure whose names they were given. */
  byRegion: Map<string, { people: number; found: number }>;
}

/** Gold people swapped and found, over every region. */
export const swapTotals = (swap: NameSwap) => [...swap.byRegion.values()].reduce((a, r) => ({ people: a.people + r.people, found: a.found + r.found }), { people: 0, found: 0 });

/**
 * Seeds 1..`seeds`: in each, every gold person whose surfaces no other gold person of the report
 * shares gets a figure no other person of that seed has, the same in every report of theirs (the
 * FIW and NIT reports of one country), and none whose words the report already holds.
 */
export function swapNames(seeds = 12, sources = readGoldSources()): NameSwap {
  const countries = loadCountries();
  const result: NameSwap = { seeds, foundPeople: 0, foundRight: 0, links: { gold: 0, found: 0, right: 0 }, missed: new Map(), byRegion: new Map() };
  for (let seed = 1; seed <= seeds && sources.length; seed++) {
    const next = random(seed);
    const figureOf = new Map<string, Figure>();
    const taken = new Set<Figure>();
    for (const { gold, source_file, bytes } of sources) {
      const original = bytes.toString('utf8');
      const owners = new Map<string, number>();
      for (const p of gold.people ?? []) for (const s of p.surfaces) owners.set(s, (owners.get(s) ?? 0) + 1);
      const replacements: [string, string][] = [];
      const swapped: GoldReport = { ...gold, people: [], events: [] };
      const figures = new Map<string, Figure>();
      for (const p of gold.people ?? []) {
        if (p.surfaces.some((s) => owners.get(s)! > 1)) {
          swapped.people!.push(p);
          continue;
        }
        let figure = figureOf.get(p.id);
        while (!figure) {
          const f = PUBLIC_FIGURES[Math.floor(next() * PUBLIC_FIGURES.length)];
          if (taken.has(f) || original.includes(f.short)) continue;
          figureOf.set(p.id, (figure = f));
          taken.add(f);
        }
        figures.set(p.id, figure);
        const pairs = surfaceReplacements(p.surfaces, figure);
        replacements.push(...pairs);
        swapped.people!.push({ id: p.id, surfaces: [...new Set(pairs.map(([, to]) => to))] });
      }
      swapped.events = gold.events.map((e) => ({ ...e, quote: replaceNames(e.quote, replacements) }));
      const report = parseSource({ source_file, bytes: Buffer.from(replaceNames(original, replacements)) }, countries);
      const extraction = report ? extractReport(report) : { mentions: [], events: [] };
      const { surfaces, found } = matchPeople(swapped, extraction.mentions);
      const goldSurfaces = new Set(swapped.people!.flatMap((p) => p.surfaces.map(fold)));
      result.foundPeople += surfaces.size;
      for (const s of surfaces.values()) if ([...s].some((x) => goldSurfaces.has(x))) result.foundRight++;
      for (const p of swapped.people!) {
        const figure = figures.get(p.id);
        if (!figure) continue;
        const region = result.byRegion.get(figure.region) ?? result.byRegion.set(figure.region, { people: 0, found: 0 }).get(figure.region)!;
        region.people++;
        if (found.has(p.id)) region.found++;
        else {
          const key = `${figure.full} for ${p.id} (${gold.report_id})`;
          result.missed.set(key, (result.missed.get(key) ?? 0) + 1);
        }
      }
      const links = countLinks(swapped, extraction);
      result.links.gold += links.gold;
      result.links.found += links.found;
      result.links.right += links.right;
    }
  }
  return result;
}
