/**
 * The sub-reasons of one outcome category (总计 column) by group: the drill-down of the
 * outcomes chart. （六）其他处理 lists its three 2021 sub-rows plus the one-row printing
 * (2019 template and some 2021 reports), which cannot be split.
 */
import type { Db } from '../db/client';
import { OTHER_DISPOSAL_SINGLE_ROW, outcomeRows, requestKey, type OutcomeCategory } from '../report/cells';
import { cell, groupTotals, type GroupRow, type Scope } from './scope';

export interface Reason {
  key: string;
  label: string;
}

export function reasonsOf(category: OutcomeCategory): Reason[] {
  const rows = outcomeRows(false).filter((r) => r.category === category);
  const withOneRow = category === 'otherDisposal' ? [...rows, { ...OTHER_DISPOSAL_SINGLE_ROW, label: '（六）其他处理（未分项印制）' }] : rows;
  return withOneRow.map((r) => ({ key: r.key, label: r.label }));
}

export const reasonExprs = (category: OutcomeCategory) =>
  Object.fromEntries(reasonsOf(category).map((r) => [r.key, cell(requestKey(r.key, 'total'))]));

export function reasonsByRegion(db: Db, scope: Scope, category: OutcomeCategory): Promise<GroupRow[]> {
  return groupTotals(db, scope, reasonExprs(category));
}
