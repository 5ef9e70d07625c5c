/**
 * Section 二: label groups → items of the 第二十条 tables of the report's template.
 */
import type { Template } from '../cells';
import type { Warning } from '../record';
import { hasNumber, matchGroupLabel, printedText, type Group } from './align';
import type { CellToken } from './readings';
import { PROACTIVE_SLOTS, proactiveItemMatcher, type ProactiveItemSlot } from './slots';

export interface PrintedItem {
  slot: ProactiveItemSlot;
  cells: CellToken[];
}

const ACCEPT = 0.6;

export function alignProactive(groups: readonly Group[], template: Template): { items: PrintedItem[]; warnings: Warning[] } {
  const slots = PROACTIVE_SLOTS[template];
  const found = new Map<string, PrintedItem>();
  const warnings: Warning[] = [];
  for (const g of groups) {
    if (g.cells.length === 0) continue;
    const m = matchGroupLabel(g.labels, proactiveItemMatcher);
    const slot = m && m.score >= ACCEPT ? slots.find((s) => s.item === m.value) : undefined;
    // Empty cells after a header label (span fillers) are not an item's row.
    if (!hasNumber(g) && (!slot || g.cells.length < slot.keys.length)) continue;
    if (!slot || found.has(slot.item)) {
      if (hasNumber(g)) {
        warnings.push({
          code: slot ? 'duplicate-row' : 'unknown-label',
          message: `二: ${slot ? 'repeated' : 'unrecognised'} item "${g.labels.join(' ')}" with values "${printedText(g.cells)}" kept aside`,
        });
      }
      continue;
    }
    found.set(slot.item, { slot, cells: g.cells });
  }
  return { items: [...found.values()], warnings };
}
