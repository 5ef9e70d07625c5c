/**
 * Blank cells in a PDF table print nothing, so a row's text items alone cannot
 * say which cell is blank. The columns can: within a block of table rows, the
 * value items of most rows line up in columns, and a column a row has no item
 * in (between two of its items, or after its last value) is a blank cell there.
 */
export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const VALUE = /^(?:[+-]?\d[\d,]*(?:\.\d+)?(?:万?元)?|[/\\\-—–－无]|——)$/;
const isValue = (item: Item) => VALUE.test(item.str.trim());
const center = (item: Item) => item.x + item.width / 2;

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

/** Column centres: value positions shared by at least two rows and a third of the block's value rows. */
function columns(block: Item[][]): number[] {
  const valueRows = block.filter((r) => r.some(isValue));
  const points = valueRows.flatMap((r, i) => r.filter(isValue).map((it) => ({ x: center(it), row: i, em: it.size })));
  points.sort((a, b) => a.x - b.x);
  const found: number[] = [];
  let group: typeof points = [];
  const close = () => {
    const rows = new Set(group.map((p) => p.row)).size;
    if (rows >= 2 && rows >= valueRows.length / 3) found.push(group.reduce((s, p) => s + p.x, 0) / group.length);
    group = [];
  };
  for (const p of points) {
    if (group.length > 0 && p.x - group[group.length - 1].x > p.em) close();
    group.push(p);
  }
  if (group.length > 0) close();
  return found;
}

/** The row's cells in order, with null where a column of its block has no item. */
function withBlanks(row: Item[], cols: number[]): (Item | null)[] {
  const values = row.filter(isValue);
  // A row whose values do not sit on the columns (a cell spanning columns) is left as printed.
  const aligned = values.every((v) => cols.some((c) => Math.abs(c - center(v)) <= v.size));
  if (values.length === 0 || !aligned) return row;
  const cells: (Item | null)[] = [];
  const missingBetween = (left: number, right: number) => cols.filter((c) => c > left && c < right).length;
  row.forEach((item, i) => {
    if (i > 0) {
      const prev = row[i - 1];
      const gap = missingBetween(prev.x + prev.width + 0.3 * item.size, item.x - 0.3 * item.size);
      for (let k = 0; k < gap; k++) cells.push(null);
    }
    cells.push(item);
  });
  const last = row[row.length - 1];
  for (let k = missingBetween(last.x + last.width + 0.3 * last.size, Infinity); k > 0; k--) cells.push(null);
  return cells;
}

/** Every row of the page with blank cells made explicit (null) inside table blocks. */
export function rowsWithBlanks(rows: Item[][]): (Item | null)[][] {
  const byRow = new Map<Item[], (Item | null)[]>();
  for (const block of blocks(rows)) {
    const cols = columns(block);
    for (const row of block) byRow.set(row, withBlanks(row, cols));
  }
  return rows.map((row) => byRow.get(row) ?? row);
}
