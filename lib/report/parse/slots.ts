/**
 * What each section's printed labels can be matched to, built from the registry in cells.ts.
 */
import {
  ALL_CELLS,
  APPEAL_GROUPS,
  APPEAL_ITEMS,
  OTHER_DISPOSAL_SINGLE_ROW,
  OTHER_DISPOSAL_SUBROWS,
  REQUEST_COLUMNS,
  appealKey,
  requestKey,
  requestRows,
  templateCells,
  type Template,
} from '../cells';
import { LabelMatcher } from './labels';

// ---------------------------------------------------------------- section 三

export interface RequestRowSlot {
  rowKey: string;
  /** Printed position; the one-row （六） shares its position with the first sub-row. */
  order: number;
  /** Position of the row that follows it in print. */
  next: number;
  keys: string[];
}

const SUB_ROW_KEYS = new Set(OTHER_DISPOSAL_SUBROWS.map((r) => r.key));

function buildRequestSlots(): RequestRowSlot[] {
  const rows = requestRows(false);
  const slots: RequestRowSlot[] = rows.map((row, i) => ({
    rowKey: row.key,
    order: i,
    next: i + 1,
    keys: REQUEST_COLUMNS.map((c) => requestKey(row.key, c.key)),
  }));
  const firstSub = rows.findIndex((r) => SUB_ROW_KEYS.has(r.key));
  slots.push({
    rowKey: OTHER_DISPOSAL_SINGLE_ROW.key,
    order: firstSub,
    next: firstSub + OTHER_DISPOSAL_SUBROWS.length,
    keys: REQUEST_COLUMNS.map((c) => requestKey(OTHER_DISPOSAL_SINGLE_ROW.key, c.key)),
  });
  return slots;
}

export const REQUEST_SLOTS: readonly RequestRowSlot[] = buildRequestSlots();
export const isOtherDisposalSubRow = (slot: RequestRowSlot) => SUB_ROW_KEYS.has(slot.rowKey);
export const isOtherDisposalSingleRow = (slot: RequestRowSlot) => slot.rowKey === OTHER_DISPOSAL_SINGLE_ROW.key;

const rowLabel = (key: string) =>
  key === OTHER_DISPOSAL_SINGLE_ROW.key ? OTHER_DISPOSAL_SINGLE_ROW.label : requestRows(false).find((r) => r.key === key)?.label ?? key;

export const requestRowMatcher = new LabelMatcher(REQUEST_SLOTS.map((slot) => ({ label: rowLabel(slot.rowKey), value: slot })));

// ---------------------------------------------------------------- section 四

export const APPEAL_KEYS: readonly string[] = APPEAL_GROUPS.flatMap((g) => APPEAL_ITEMS.map((it) => appealKey(g.key, it.key)));

// ---------------------------------------------------------------- section 二

export interface ProactiveItemSlot {
  /** Key prefix of the item's cells, e.g. `proactive.licensing`. */
  item: string;
  keys: string[];
}

const itemOf = (key: string) => key.slice(0, key.lastIndexOf('.'));

/** Items of the template in printed order, each with the keys of its printed columns. */
function buildProactiveSlots(template: Template): ProactiveItemSlot[] {
  const slots = new Map<string, ProactiveItemSlot>();
  for (const def of templateCells(template)) {
    if (def.section !== 'proactive') continue;
    const item = itemOf(def.key);
    const slot = slots.get(item) ?? { item, keys: [] };
    slot.keys.push(def.key);
    slots.set(item, slot);
  }
  return [...slots.values()];
}

export const PROACTIVE_SLOTS: Readonly<Record<Template, readonly ProactiveItemSlot[]>> = {
  '2021': buildProactiveSlots('2021'),
  '2019': buildProactiveSlots('2019'),
};

/** Item labels of both templates (`规范性文件` and `行政规范性文件` are the same item). */
export const proactiveItemMatcher = new LabelMatcher(
  [...new Map(ALL_CELLS.filter((d) => d.section === 'proactive').map((d) => [d.rowLabel, itemOf(d.key)])).entries()].map(
    ([label, value]) => ({ label, value }),
  ),
);

// ---------------------------------------------------------------- all printed keys

const PRINTED_KEYS = new Map<string, readonly string[]>();

/** Keys the template prints, in printed order (memoised: asked once per report). */
export function printedKeys(template: Template, otherDisposalAsOneRow: boolean): readonly string[] {
  const id = `${template}/${otherDisposalAsOneRow}`;
  let keys = PRINTED_KEYS.get(id);
  if (!keys) {
    keys = templateCells(template, otherDisposalAsOneRow).map((d) => d.key);
    PRINTED_KEYS.set(id, keys);
  }
  return keys;
}
