/**
 * Text items of a PDF page and the two things every table step asks of them:
 * is this item a printed value (a number or a blank marker), and which items
 * of a line belong to one cell (a gap wider than ~0.8 em starts a new cell).
 */
export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

const VALUE = /^(?:[+-]?\d[\d,]*(?:\.\d+)?(?:万?元)?|[/\\\-—–－无]|——)$/;
export const isValue = (item: Item) => VALUE.test(item.str.trim());
export const center = (item: Item) => item.x + item.width / 2;

/** Gap between two items of a line, in em of the larger glyphs. */
export const gapEm = (prev: Item, item: Item) => (item.x - (prev.x + prev.width)) / Math.max(prev.size, item.size);

/** A line (items sorted by x) as its cells: runs of items closer than ~0.8 em. */
export function cellsOf(line: readonly Item[]): Item[][] {
  const cells: Item[][] = [];
  line.forEach((item, i) => {
    if (i > 0 && gapEm(line[i - 1], item) <= 0.8) cells[cells.length - 1].push(item);
    else cells.push([item]);
  });
  return cells;
}
