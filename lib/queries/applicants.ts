/** 本年新收 by applicant type (the six applicant columns of section 三), by group. */
import type { Db } from '../db/client';
import { APPLICANT_COLUMNS, requestKey } from '../report/cells';
import { cell, groupTotals, type GroupRow, type Scope } from './scope';

export const applicantExprs = () => Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, cell(requestKey('received', c.key))]));

export function applicantsByRegion(db: Db, scope: Scope): Promise<GroupRow[]> {
  return groupTotals(db, scope, applicantExprs());
}
