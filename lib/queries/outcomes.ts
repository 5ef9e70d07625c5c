/** Outcome categories （一）…（六） (总计 column) by group, summed over the period. */
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { OUTCOME_CATEGORIES, type OutcomeCategory } from '../report/cells';
import { categorySql, groupTotals, type GroupRow, type Scope } from './scope';

export type OutcomeRow = GroupRow<OutcomeCategory>;

export const outcomeExprs = (): Record<OutcomeCategory, SQL> =>
  Object.fromEntries(OUTCOME_CATEGORIES.map((c) => [c.key, categorySql(c.key, 'total')])) as Record<OutcomeCategory, SQL>;

export function outcomesByRegion(db: Db, scope: Scope): Promise<OutcomeRow[]> {
  return groupTotals(db, scope, outcomeExprs());
}
