/**
 * Section 四: one printed row of 15 cells, whatever header precedes it (often glued:
 * `行政复议行政诉讼`), sometimes split over several lines or printed as three rows.
 */
import type { CellToken } from './readings';
import { hasNumber, type Group } from './align';
import { APPEAL_KEYS } from './slots';

/** A label this long after the numbers is narrative (五、存在的主要问题…), not the table. */
const NARRATIVE_LABEL = 25;

export function appealCells(groups: readonly Group[]): CellToken[] {
  const cells: CellToken[] = [];
  // The row starts with the first group holding a number (or a full row of blanks): a few blanks
  // among the headers are span fillers.
  const first = groups.findIndex((g) => hasNumber(g) || g.cells.length >= APPEAL_KEYS.length);
  if (first < 0) return cells;
  for (const g of groups.slice(first)) {
    if (cells.length > 0 && (cells.length >= APPEAL_KEYS.length || g.labels.some((l) => l.length > NARRATIVE_LABEL))) break;
    cells.push(...g.cells);
  }
  return cells;
}
