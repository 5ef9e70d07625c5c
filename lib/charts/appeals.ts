/**
 * Section 四: for each group, three bars side by side (行政复议, the two 行政诉讼), each
 * stacked by result. 总计 is not drawn (it is the stack's height) but is in the table.
 */
import { APPEAL_GROUPS, APPEAL_ITEMS, appealKey } from '../report/cells';
import { DEFINITIONS } from '../report/derived';
import type { GroupRow } from '../queries/scope';
import { stackedOption, stackedTable, type Part } from './stacked';
import type { ChartOption, DataTable } from './types';

const SHORT: Record<string, string> = { review: '复议', suitDirect: '直接起诉', suitAfterReview: '复议后起诉' };

const CHART_PARTS: Part[] = APPEAL_GROUPS.flatMap((g) =>
  APPEAL_ITEMS.filter((i) => i.key !== 'total').map((i) => ({ key: appealKey(g.key, i.key), label: `${SHORT[g.key]}·${i.label}`, stack: g.key })),
);
const TABLE_PARTS: Part[] = APPEAL_GROUPS.flatMap((g) =>
  APPEAL_ITEMS.map((i) => ({ key: appealKey(g.key, i.key), label: `${g.label}·${i.label}` })),
);

export function appealsOption(rows: readonly GroupRow[]): ChartOption {
  const option = stackedOption(rows, { parts: CHART_PARTS, unit: '件' });
  // Twelve series: the legend scrolls rather than covering the bars.
  return { ...option, legend: { top: 8, type: 'scroll' }, grid: { left: 24, right: 24, top: 64, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } };
}

export const appealsTable = (rows: readonly GroupRow[]): DataTable =>
  stackedTable(rows, { parts: TABLE_PARTS, unit: '件' }, [
    '四、行政复议、行政诉讼情况，所选期间合计（单位：件）。',
    DEFINITIONS.correctionRate,
    DEFINITIONS.gap,
  ]);
