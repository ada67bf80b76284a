// What the two publications' report headers share: the title line and status names.
import { HEADING_MAX, headingKey } from './lines.ts';

export interface Title {
  publication: 'fiw' | 'nit';
  edition: number;
  country: string;
}

const PUBLICATION_NAMES: [RegExp, 'fiw' | 'nit'][] = [
  [/^freedom in the world$/i, 'fiw'],
  [/^nations in transit$/i, 'nit'],
];

/** Words every title holds: a cheap test before matchTitle. */
const TITLE_WORDS = /freedom in the world|nations in transit/i;

/** `Freedom in the World 2024 - Chile`, `... 2024: Chile` or `Chile: Freedom in the World 2024`. */
export function matchTitle(text: string): Title | null {
  const forward = /^(freedom in the world|nations in transit)\s+(\d{4})\s*[-\u2013\u2014:|]\s*(.+)$/i.exec(text);
  const backward = /^(.+?)\s*[-\u2013\u2014:|]\s*(freedom in the world|nations in transit)\s+(\d{4})$/i.exec(text);
  const [name, edition, country] = forward ? [forward[1], forward[2], forward[3]] : backward ? [backward[2], backward[3], backward[1]] : [];
  if (!name || !edition || !country) return null;
  const publication = PUBLICATION_NAMES.find(([re]) => re.test(name))![1];
  return { publication, edition: Number(edition), country: country.trim() };
}

/** A title line (what contentLines sets aside when a page repeats it as a running header). */
export const isTitleLine = (text: string): boolean => TITLE_WORDS.test(text) && matchTitle(text) !== null;

/** The canonical spelling of a status printed in any case (`NOT FREE` -> `Not Free`). */
export function matchStatus(text: string, statuses: readonly string[]): string | null {
  if (text.length > HEADING_MAX) return null;
  const key = headingKey(text);
  return statuses.find((s) => s.toLowerCase() === key) ?? null;
}

/** `23 / 100 Not Free`, `23 100 Not Free`, `5 / 100 Consolidated Authoritarian Regime`. */
export function matchScoreAndStatus(text: string, statuses: readonly string[]): { value: number; status: string } | null {
  const m = /^(-?\d+(?:\.\d+)?)\s*\/?\s*100\s+(.+)$/.exec(text);
  if (!m) return null;
  const status = matchStatus(m[2], statuses);
  return status ? { value: Number(m[1]), status } : null;
}
