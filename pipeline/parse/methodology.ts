// Facts of Freedom House's methodologies, in one place. Nothing here is about any one report.
import { FIW_QUESTION_CODES_BY_SUBCATEGORY, NIT_CATEGORIES } from '../../schemas/tables.ts';

export { FIW_QUESTION_CODES_BY_SUBCATEGORY };

// FIW checklist: 10 political rights questions (A-C) and 15 civil liberties questions (D-G),
// each 0-4 points (FIW methodology, "Scoring process").
export const FIW_SUBCATEGORIES: { code: string; name: string; group: 'pr' | 'cl' }[] = [
  { code: 'A', name: 'Electoral Process', group: 'pr' },
  { code: 'B', name: 'Political Pluralism and Participation', group: 'pr' },
  { code: 'C', name: 'Functioning of Government', group: 'pr' },
  { code: 'D', name: 'Freedom of Expression and Belief', group: 'cl' },
  { code: 'E', name: 'Associational and Organizational Rights', group: 'cl' },
  { code: 'F', name: 'Rule of Law', group: 'cl' },
  { code: 'G', name: 'Personal Autonomy and Individual Rights', group: 'cl' },
];
export const FIW_QUESTION_CODES: string[] = FIW_SUBCATEGORIES.flatMap((s) => FIW_QUESTION_CODES_BY_SUBCATEGORY[s.code]);
export const FIW_PR_QUESTIONS = FIW_QUESTION_CODES.filter((c) => 'ABC'.includes(c[0]));
export const FIW_CL_QUESTIONS = FIW_QUESTION_CODES.filter((c) => 'DEFG'.includes(c[0]));
export const FIW_QUESTION_MAX = 4;
export const FIW_PR_MAX = 40;
export const FIW_CL_MAX = 60;
// Discretionary questions: Add Q subtracts 0-4 points; Add A (editions before 2018) adds 0-4.
export const FIW_ADD_Q_MIN = -4;
export const FIW_ADD_A_MAX = 4;
export const FIW_LAST_EDITION_WITH_ADD_A = 2017;

// Score bands to 1-7 ratings (FIW methodology, "Key to Scores, PR and CL Ratings, Status");
// each entry is [lowest score of the band, rating]. Scores below the last band get 7.
export const PR_RATING_BANDS: [number, number][] = [[36, 1], [30, 2], [24, 3], [18, 4], [12, 5], [6, 6]];
export const CL_RATING_BANDS: [number, number][] = [[53, 1], [44, 2], [35, 3], [26, 4], [17, 5], [8, 6]];

export function ratingFromScore(score: number, bands: [number, number][]): number {
  for (const [lowest, rating] of bands) if (score >= lowest) return rating;
  return 7;
}

// Status from the mean of the PR and CL ratings (same source): 1.0-2.5 Free, 3.0-5.0 Partly
// Free, 5.5-7.0 Not Free.
export function statusFromRatings(prRating: number, clRating: number): 'Free' | 'Partly Free' | 'Not Free' {
  const mean = (prRating + clRating) / 2;
  if (mean <= 2.5) return 'Free';
  if (mean <= 5.0) return 'Partly Free';
  return 'Not Free';
}

// NIT: seven categories rated 1-7 in quarter points (NIT methodology). The 2018 edition turned
// the scale so that 7 is most democratic; the Democracy Percentage was introduced in 2020.
export { NIT_CATEGORIES };
export const NIT_RATING_MIN = 1;
export const NIT_RATING_MAX = 7;
export const NIT_RATING_STEP = 0.25;
export const NIT_FIRST_EDITION_MOST_DEMOCRATIC_IS_7 = 2018;

/** Democracy Percentage from the unrounded Democracy Score (NIT methodology). */
export function democracyPercentage(meanScore: number, sevenIsMostDemocratic: boolean): number {
  const towardDemocracy = sevenIsMostDemocratic ? meanScore - 1 : 7 - meanScore;
  return (towardDemocracy / 6) * 100;
}

export const FIW_STATUS_ABBREVIATION: Record<string, 'F' | 'PF' | 'NF'> = { Free: 'F', 'Partly Free': 'PF', 'Not Free': 'NF' };
