/**
 * Derived metrics: values no report prints but every comparison needs (category subtotals,
 * rates). Defined once here, with the Chinese definition shown next to every figure that
 * uses them. Pure: the SQL aggregates take the same part lists from `categoryParts`.
 *
 * A blank input makes the result unknown (null), never zero: a blank cell is a gap in
 * what the office printed, and a sum that silently treats it as 0 would be a number
 * the report never stated.
 */
import {
  OTHER_DISPOSAL_SINGLE_ROW,
  OUTCOME_CATEGORIES,
  outcomeRows,
  requestKey,
  type OutcomeCategory,
  type RequestColumn,
} from './cells';

export type Cells = Readonly<Record<string, number | null | undefined>>;

/** Chinese definitions, shown wherever the figure appears (tables, chart notes, overview). */
export const DEFINITIONS = {
  categorySubtotal:
    '类别小计 = 该类下各分项之和（报告未印小计，由本站计算）；任一分项空白则小计未知。',
  otherDisposal:
    '（六）其他处理：按一行印制的取印制值，按三个分项印制的取三项之和。',
  disclosureRate: '公开率 =（予以公开 + 部分公开）÷ 办理结果总计。',
  correctionRate: '复议纠错率 = 行政复议结果纠正 ÷（行政复议总计 − 尚未审结）。',
  share: '占比 = 该类办理结果件数 ÷ 六类办理结果件数之和。',
  gap: '空白表示报告未填写或无报告，不按 0 计。',
} as const;

/**
 * Row keys (section 三) whose sum is the category's subtotal. A category with no sub-rows is
 * its own printed row; （六）其他处理 is the printed row when the report printed it as one row.
 */
export function categoryParts(category: OutcomeCategory, otherDisposalOneRow: boolean): string[] {
  if (category === 'otherDisposal' && otherDisposalOneRow) return [OTHER_DISPOSAL_SINGLE_ROW.key];
  return outcomeRows(otherDisposalOneRow)
    .filter((r) => r.category === category)
    .map((r) => r.key);
}

/** Sum where every part is known; null when any part is blank or missing. */
export function sumKnown(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    sum += v;
  }
  return sum;
}

/** Subtotal of one outcome category in one column of one report. */
export function categorySubtotal(
  cells: Cells,
  category: OutcomeCategory,
  column: RequestColumn,
  otherDisposalOneRow: boolean,
): number | null {
  return sumKnown(categoryParts(category, otherDisposalOneRow).map((row) => cells[requestKey(row, column)]));
}

/** All six category subtotals of one column, in printed order. */
export function categorySubtotals(
  cells: Cells,
  column: RequestColumn,
  otherDisposalOneRow: boolean,
): Record<OutcomeCategory, number | null> {
  return Object.fromEntries(
    OUTCOME_CATEGORIES.map((c) => [c.key, categorySubtotal(cells, c.key, column, otherDisposalOneRow)]),
  ) as Record<OutcomeCategory, number | null>;
}

const ratio = (num: number | null, den: number | null): number | null =>
  num === null || den === null || den <= 0 ? null : num / den;

/** 公开率 from the three inputs (one report or sums over complete reports). */
export function disclosureRate(granted: number | null, partlyGranted: number | null, total: number | null): number | null {
  return ratio(sumKnown([granted, partlyGranted]), total);
}

/** 复议纠错率: corrected among the reviews that were decided. */
export function correctionRate(corrected: number | null, total: number | null, pending: number | null): number | null {
  const decided = total === null || pending === null ? null : total - pending;
  return ratio(corrected, decided);
}

/** Share of each value in the sum of the known values (stacked-percentage charts). */
export function shares<K extends string>(values: Record<K, number | null>): Record<K, number | null> {
  const known = Object.values<number | null>(values).filter((v): v is number => v !== null);
  const sum = known.reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries<number | null>(values).map(([k, v]) => [k, v === null || sum === 0 ? null : v / sum]),
  ) as Record<K, number | null>;
}

/** 12.3% style, or 「—」 for a gap. */
export function formatRate(rate: number | null, digits = 1): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(digits)}%`;
}
