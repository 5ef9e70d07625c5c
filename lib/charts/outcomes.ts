/** 办理结果 by category, stacked, as counts or as shares of each group's total. */
import { OUTCOME_CATEGORIES } from '../report/cells';
import { DEFINITIONS } from '../report/derived';
import type { GroupRow } from '../queries/scope';
import { stackedOption, stackedTable, type StackedSpec } from './stacked';
import type { ChartOption, DataTable } from './types';

const spec = (asShares: boolean): StackedSpec => ({ parts: OUTCOME_CATEGORIES, asShares, unit: asShares ? '占比' : '件' });
const notes = (asShares: boolean) => [
  '办理结果取“总计”列（单位：件），所选期间合计。',
  DEFINITIONS.categorySubtotal,
  DEFINITIONS.otherDisposal,
  ...(asShares ? [DEFINITIONS.share] : []),
  DEFINITIONS.gap,
];

export const outcomesOption = (rows: readonly GroupRow[], asShares: boolean): ChartOption => stackedOption(rows, spec(asShares));
export const outcomesTable = (rows: readonly GroupRow[], asShares: boolean): DataTable =>
  stackedTable(rows, spec(asShares), notes(asShares));
