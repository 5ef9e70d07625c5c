/** Drill-down: the sub-reasons of one outcome category, stacked per group. */
import { OUTCOME_CATEGORIES, type OutcomeCategory } from '../report/cells';
import { DEFINITIONS } from '../report/derived';
import type { Reason } from '../queries/outcome-reasons';
import type { GroupRow } from '../queries/scope';
import { stackedOption, stackedTable } from './stacked';
import type { ChartOption, DataTable } from './types';

export const categoryLabel = (c: OutcomeCategory) => OUTCOME_CATEGORIES.find((x) => x.key === c)?.label ?? c;

export const reasonsOption = (rows: readonly GroupRow[], reasons: readonly Reason[]): ChartOption =>
  stackedOption(rows, { parts: reasons, unit: '件' });

export const reasonsTable = (rows: readonly GroupRow[], reasons: readonly Reason[], category: OutcomeCategory): DataTable =>
  stackedTable(rows, { parts: reasons, unit: '件' }, [
    `${categoryLabel(category)}的各分项，“总计”列，所选期间合计（单位：件）。`,
    ...(category === 'otherDisposal' ? [DEFINITIONS.otherDisposal] : []),
    DEFINITIONS.gap,
  ]);
