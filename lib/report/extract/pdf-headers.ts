/**
 * Table columns read from the header printed above the values. A blank cell
 * prints nothing, and a table with one value row (section 四; the 2019
 * （八）（九） rows, whose values sit in widened cells) gives no other row to
 * compare against, but its header still names every column. Nothing here
 * depends on where a particular producer (Word, WPS, our renderer) puts text
 * inside a cell: only on header cells of different columns not overlapping.
 */
import { cellsOf, center, isValue, type Item } from './pdf-items';

export interface Column {
  left: number;
  right: number;
}

const span = (cell: readonly Item[]): Column => {
  const last = cell[cell.length - 1];
  return { left: cell[0].x, right: last.x + last.width };
};

/**
 * The leaf columns of a header (its lines top to bottom). Read bottom-up, a
 * header cell overlapping no column already found is a column: a leaf, or a
 * label spanning down (行政复议's 结果维持 beside 行政诉讼's two groups). One
 * overlapping a column found below is that column's wrapped label (结果|维持)
 * or a group title over several (法人或其他组织, 未经复议直接起诉): no column.
 */
export function headerColumns(lines: readonly (readonly Item[])[]): Column[] {
  const columns: Column[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const spans = cellsOf(lines[i]).map(span);
    columns.push(...spans.filter((s) => !columns.some((c) => s.left < c.right && c.left < s.right)));
  }
  return columns.sort((a, b) => a.left - b.left);
}

/** Where a row's leading labels end (-Infinity when it has none); its values start after. */
export function labelEnd(row: readonly Item[]): number {
  let end = -Infinity;
  for (const item of row) {
    if (isValue(item)) break;
    end = Math.max(end, item.x + item.width);
  }
  return end;
}

/** Index of the column a value belongs to: boundaries sit midway between neighbouring header cells. */
function columnOf(x: number, columns: readonly Column[]): number {
  let at = 0;
  while (at < columns.length - 1 && x > (columns[at].right + columns[at + 1].left) / 2) at++;
  return at;
}

/**
 * The row's cells under the header: its leading labels as printed, then one
 * cell per column right of `labelsEnd` (the table's label area), empty where
 * nothing is printed, each value under the column nearest its centre. A label
 * running into the first value column does not hide it: the column of the
 * first value is a value column. Null when the row does not fit (two values
 * under one column: not this header's row).
 */
export function cellsUnderHeader(row: readonly Item[], columns: readonly Column[], labelsEnd: number): Item[][] | null {
  const first = row.findIndex(isValue);
  if (first < 0 || columns.length === 0) return null;
  const clear = columns.findIndex((c) => c.left >= labelsEnd);
  const start = Math.min(clear < 0 ? columns.length : clear, columnOf(center(row[first]), columns));
  const valueColumns = columns.slice(start);
  const cells: Item[][] = valueColumns.map(() => []);
  for (const item of row.slice(first)) cells[columnOf(center(item), valueColumns)].push(item);
  if (cells.some((cell) => cell.filter(isValue).length > 1)) return null;
  return [...cellsOf(row.slice(0, first)), ...cells];
}
