/**
 * Blank cells in a PDF table print nothing, so a row's text items alone cannot
 * say which cell is blank. Two things can. The header printed above the values
 * names every column (pdf-headers.ts): that is read first. Where no header is
 * at hand (a table without one, or one that did not fit the row), the value
 * rows themselves: within a block of table rows the value items of most rows
 * line up in columns, and a column a row has no item in (between two of its
 * items, or after its last value) is a blank cell there.
 */
import { cellsUnderHeader, headerColumns, labelEnd, type Column } from './pdf-headers';
import { cellsOf, center, gapEm, isValue, type Item } from './pdf-items';

export type { Item } from './pdf-items';

/** A footer page number (`- 3 -`, `第3页`): not part of what it interrupts. */
const PAGE_MARK = /^[\s\-—–－]*(?:第\s*)?\d+\s*页?[\s\-—–－]*$/;
const isPageMark = (row: readonly Item[]) => PAGE_MARK.test(row.map((it) => it.str).join(''));

/**
 * Rows with at least two values form a block, with up to two single-item rows
 * between them (a rowspan label, a page mark). A header row (several items, no
 * values) starts a new block: the next rows may have other columns.
 */
function blocks(rows: Item[][]): Item[][][] {
  const out: Item[][][] = [];
  let current: Item[][] = [];
  let pending: Item[][] = [];
  for (const row of rows) {
    if (row.filter(isValue).length >= 2) {
      current.push(...pending, row);
      pending = [];
    } else if (current.length > 0 && pending.length < 2 && row.length === 1) {
      pending.push(row);
    } else {
      if (current.length > 0) out.push(current);
      current = [];
      pending = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Column centres: value positions shared by a third of the block's value rows (in a block of two, either). */
function columns(block: Item[][]): number[] {
  const valueRows = block.filter((r) => r.some(isValue));
  const points = valueRows.flatMap((r, i) => r.filter(isValue).map((it) => ({ x: center(it), row: i, em: it.size })));
  points.sort((a, b) => a.x - b.x);
  const found: number[] = [];
  let group: typeof points = [];
  const close = () => {
    const rows = new Set(group.map((p) => p.row)).size;
    if (rows >= valueRows.length / 3) found.push(group.reduce((s, p) => s + p.x, 0) / group.length);
    group = [];
  };
  for (const p of points) {
    if (group.length > 0 && p.x - group[group.length - 1].x > p.em) close();
    group.push(p);
  }
  if (group.length > 0) close();
  return found;
}

/** The row's cells, with an empty cell where a column of its block has no item. */
function withBlanks(row: Item[], cols: number[]): Item[][] {
  const values = row.filter(isValue);
  // A row whose values do not sit on the columns (a cell spanning columns) is left as printed.
  const aligned = values.every((v) => cols.some((c) => Math.abs(c - center(v)) <= v.size));
  if (values.length === 0 || !aligned) return cellsOf(row);
  const cells: Item[][] = [];
  const missingBetween = (left: number, right: number) => cols.filter((c) => c > left && c < right).length;
  row.forEach((item, i) => {
    if (i > 0) {
      const prev = row[i - 1];
      const missing = missingBetween(prev.x + prev.width + 0.3 * item.size, item.x - 0.3 * item.size);
      for (let k = 0; k < missing; k++) cells.push([]);
      if (missing === 0 && gapEm(prev, item) <= 0.8) return void cells[cells.length - 1].push(item);
    }
    cells.push([item]);
  });
  const last = row[row.length - 1];
  for (let k = missingBetween(last.x + last.width + 0.3 * last.size, Infinity); k > 0; k--) cells.push([]);
  return cells;
}

function cellsFromValueRows(rows: Item[][]): Map<Item[], Item[][]> {
  const byRow = new Map<Item[], Item[][]>();
  for (const block of blocks(rows)) {
    const cols = columns(block);
    for (const row of block) byRow.set(row, withBlanks(row, cols));
  }
  return byRow;
}

const MAX_HEADER_LINES = 8;

/**
 * Every line of the document (pages in order, items sorted by x) as its cells,
 * blank cells of table rows made explicit (empty). Header lines are the lines
 * of several cells and no values above a table's values; a line like that
 * right after a value row is a row left all blank, not a new header. Three
 * lines of prose end a table: its header no longer applies.
 */
export function tableCells(rows: Item[][]): Item[][][] {
  const byValueRows = cellsFromValueRows(rows);
  let header: Item[][] = [];
  let columns: Column[] | null = null;
  let labelsEnd = -Infinity;
  let afterValues = false;
  let prose = 0;
  return rows.map((row) => {
    if (!row.some(isValue)) {
      const several = cellsOf(row).length >= 2;
      if (isPageMark(row)) return cellsOf(row);
      if (header.length > 0 || (several && !afterValues)) {
        header.push(row);
        // No header runs this long: these are lines of prose or a table of text, not a header.
        if (header.length > MAX_HEADER_LINES) header = [];
      } else if (!several && ++prose >= 3) columns = null;
      if (!several) afterValues = false;
      return cellsOf(row);
    }
    if (header.length > 0) {
      columns = headerColumns(header);
      labelsEnd = -Infinity;
      header = [];
    }
    afterValues = true;
    prose = 0;
    if (columns) {
      // A row without labels (a wrapped label printed above and below it) sits under the last row's.
      const end = labelEnd(row);
      if (end > -Infinity) labelsEnd = end;
      const placed = cellsUnderHeader(row, columns, labelsEnd);
      if (placed) return placed;
    }
    return byValueRows.get(row) ?? cellsOf(row);
  });
}
