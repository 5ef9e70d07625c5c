/**
 * Section 三: label groups → rows of the request table, in printed order.
 */
import type { Warning } from '../record';
import { hasNumber, matchGroupLabel, printedText, type Group } from './align';
import type { CellToken } from './readings';
import {
  REQUEST_SLOTS,
  isOtherDisposalSingleRow,
  isOtherDisposalSubRow,
  requestRowMatcher,
  type RequestRowSlot,
} from './slots';

export interface PrintedRow {
  slot: RequestRowSlot;
  cells: CellToken[];
}

export interface RequestTable {
  rows: PrintedRow[];
  /** （六）其他处理 printed as one row (2019 template, some 2021 tables); null if neither form was found. */
  otherDisposalAsOneRow: boolean | null;
  warnings: Warning[];
}

const ACCEPT = 0.6;
const REQUEST_COLUMN_COUNT = REQUEST_SLOTS[0].keys.length;
const ACCEPT_EXPECTED = 0.45;
const ACCEPT_BLANK_ROW = 0.8;

export function alignRequests(groups: readonly Group[]): RequestTable {
  const found = new Map<string, PrintedRow>();
  const warnings: Warning[] = [];
  let expected = 0;
  for (const g of groups) {
    // Empty cells after a header label (span fillers) are not a row; an all-blank row prints all its cells.
    if (!hasNumber(g) && g.cells.length < REQUEST_COLUMN_COUNT) continue;
    const m = matchGroupLabel(g.labels, requestRowMatcher, (slot) => slot.order === expected);
    // A row of blanks only is taken on a clear label: header rows are padded with empty cells too.
    const accepted =
      m &&
      (hasNumber(g)
        ? m.score >= ACCEPT || (m.value.order === expected && m.score >= ACCEPT_EXPECTED)
        : m.score >= ACCEPT_BLANK_ROW);
    if (!m || !accepted) {
      if (hasNumber(g)) {
        warnings.push({
          code: 'unknown-label',
          message: `三: unrecognised row "${g.labels.join(' ')}" with values "${printedText(g.cells)}" kept aside`,
        });
      }
      continue;
    }
    if (found.has(m.value.rowKey)) {
      if (hasNumber(g)) {
        warnings.push({
          code: 'duplicate-row',
          message: `三: row "${m.text}" printed again with "${printedText(g.cells)}"; the first one is kept`,
          keys: m.value.keys,
        });
      }
      continue;
    }
    found.set(m.value.rowKey, { slot: m.value, cells: g.cells });
    expected = m.value.next;
  }

  const rows = [...found.values()];
  const subRows = rows.some((r) => isOtherDisposalSubRow(r.slot));
  const single = rows.find((r) => isOtherDisposalSingleRow(r.slot));
  if (subRows && single) {
    // The category label of a 2021 table, padded with empty cells: not a printed row.
    if (hasNumber({ labels: [], cells: single.cells })) {
      warnings.push({
        code: 'unknown-label',
        message: `三: （六）其他处理 printed both as one row ("${printedText(single.cells)}") and with sub-rows; the sub-rows are kept`,
      });
    }
    rows.splice(rows.indexOf(single), 1);
  }
  rows.sort((a, b) => REQUEST_SLOTS.indexOf(a.slot) - REQUEST_SLOTS.indexOf(b.slot));
  return { rows, otherDisposalAsOneRow: subRows ? false : single ? true : null, warnings };
}
