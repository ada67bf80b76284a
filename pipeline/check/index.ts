// Check stage: every rule over the tables, each problem collected (never stopping at the
// first), for in-memory tables and for the files in dist/ alike.
import type { Tables } from '../../schemas/tables.ts';
import type { Problem } from '../problems.ts';
import { CheckContext } from './context.ts';
import { checkKeys, checkSchemas, checkText } from './rows.ts';
import { checkEvents, checkMentions } from './extraction.ts';
import { checkFiwScores, checkNitScores, checkScoreRanges } from './scores.ts';

export const RULES: ((ctx: CheckContext) => void)[] = [checkSchemas, checkKeys, checkText, checkScoreRanges, checkFiwScores, checkNitScores, checkMentions, checkEvents];

/** Every rule over `tables`; `reference` tables are looked up in but not checked (see CheckContext). */
export function checkTables(tables: Tables, tableFiles?: (table: string) => string, reference?: Tables): Problem[] {
  const ctx = new CheckContext(tables, tableFiles, reference);
  for (const rule of RULES) rule(ctx);
  return ctx.problems;
}
