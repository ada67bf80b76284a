// Check stage: every rule over the tables, each problem collected (never stopping at the
// first), for in-memory tables and for the files in dist/ alike.
import type { Tables } from '../../schemas/tables.ts';
import type { Problem } from '../common/problems.ts';
import { CheckContext, type CheckOptions } from './context.ts';
import { checkKeys, checkSchemas, checkText } from './rows.ts';
import { checkEvents, checkMentions } from './extraction.ts';
import { checkFiwScores, checkNitScores, checkScoreRanges } from './scores.ts';

export const RULES: ((ctx: CheckContext) => void)[] = [checkSchemas, checkKeys, checkText, checkScoreRanges, checkFiwScores, checkNitScores, checkMentions, checkEvents];

/** Every rule over `tables` (see CheckOptions for what else a check may be given). */
export function checkTables(tables: Tables, options: CheckOptions = {}): Problem[] {
  const ctx = new CheckContext(tables, options);
  for (const rule of RULES) rule(ctx);
  // One cause, one message: a score out of range is reported on the scores row it was read
  // from, not again by the schema of the wide table that repeats it ("Add Q" is add_q,
  // "Civil Society" civil_society).
  if (!ctx.anyOutOfRange) return ctx.problems;
  const wideColumn = /^(?:fiw|nit)_all_data\.(.+)$/;
  return ctx.problems.filter((p) => {
    const column = p.code === 'SCHEMA' ? wideColumn.exec(p.field ?? '')?.[1] : undefined;
    return !(column && p.report_id && ctx.isOutOfRange(p.report_id, column));
  });
}
