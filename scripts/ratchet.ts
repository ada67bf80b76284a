// The evaluation's ratchet (scripts/ratchet.json): the best figure recorded for each measure, and
// the gold it was measured on (gold.ts goldFingerprint). On the same gold a figure may not fall; on
// other gold (../shared/eval grows, an annotation is mended) the figures measured on it are not
// comparable, so they are printed and not held until they are recorded anew. Figures that owe the
// gold nothing (the name probes) are held whatever the gold.

export interface Ratchet {
  figures: Record<string, number>;
  /** The fingerprint of the gold the figures were measured on (absent in a ratchet older than it: taken as the same gold). */
  gold?: string;
}

export function parseRatchet(text: string): Ratchet {
  const { gold_sha256: gold, ...figures } = JSON.parse(text) as Record<string, number> & { gold_sha256?: string };
  return { figures, gold };
}

/** Whether figures measured on `gold` can be held against the ratchet's. */
export const comparable = (ratchet: Ratchet, gold: string) => ratchet.gold === undefined || ratchet.gold === gold;

/** The figures that fell below their record: on other gold, only those that owe the gold nothing (`goldFree`). */
export function dropped(ratchet: Ratchet, result: Partial<Record<string, number>>, gold: string, goldFree: readonly string[] = []): string[] {
  const held = (figure: string) => comparable(ratchet, gold) || goldFree.includes(figure);
  return Object.entries(result).flatMap(([figure, value]) => (held(figure) && value !== undefined && value < (ratchet.figures[figure] ?? 0) - 1e-9 ? [figure] : []));
}

/**
 * The ratchet after recording `result` on `gold`, as the file's text: on the same gold (and for a
 * figure that owes the gold nothing) each figure rises to the new one if higher; on other gold each
 * is the new one. A figure not computed (undefined) keeps its record. Figures are kept to four
 * decimals, rounded down.
 */
export function recordRatchet(ratchet: Ratchet, result: Partial<Record<string, number>>, gold: string, figures: readonly string[], goldFree: readonly string[] = []): string {
  const kept = (f: string) => {
    const value = result[f];
    if (value === undefined) return ratchet.figures[f] ?? 0;
    const floor = Math.floor(value * 10000) / 10000;
    return comparable(ratchet, gold) || goldFree.includes(f) ? Math.max(ratchet.figures[f] ?? 0, floor) : floor;
  };
  return `${JSON.stringify({ ...Object.fromEntries(figures.map((f) => [f, kept(f)])), gold_sha256: gold }, null, 2)}\n`;
}
