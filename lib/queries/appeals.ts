/** Section 四: 行政复议 and the two kinds of 行政诉讼, by result, by group. */
import type { Db } from '../db/client';
import { APPEAL_GROUPS, APPEAL_ITEMS, appealKey } from '../report/cells';
import { cell, groupTotals, type GroupRow, type Scope } from './scope';

export const APPEAL_KEYS = APPEAL_GROUPS.flatMap((g) => APPEAL_ITEMS.map((i) => appealKey(g.key, i.key)));

export const appealExprs = () => Object.fromEntries(APPEAL_KEYS.map((k) => [k, cell(k)]));

export function appealsByRegion(db: Db, scope: Scope): Promise<GroupRow[]> {
  return groupTotals(db, scope, appealExprs());
}
