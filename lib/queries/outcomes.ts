/** Outcome categories （一）…（六） (总计 column) by group, summed over the period. */
import type { Db } from '../db/client';
import { OUTCOME_CATEGORIES, type OutcomeCategory } from '../report/cells';
import { categorySql, groupTotals, type GroupRow, type Scope } from './scope';

export type OutcomeRow = GroupRow<OutcomeCategory>;

export function outcomesByRegion(db: Db, scope: Scope): Promise<OutcomeRow[]> {
  const exprs = Object.fromEntries(OUTCOME_CATEGORIES.map((c) => [c.key, categorySql(c.key, 'total')]));
  return groupTotals(db, scope, exprs as Record<OutcomeCategory, ReturnType<typeof categorySql>>);
}
