/**
 * Plain-text layouts of a report, as crawled pages and PDF text layers print
 * flattened tables (see the seed reports):
 * - `pipe-debris`: one cell per line ending in ` |`, spanned columns left as `||` debris;
 * - `blank-lines`: one cell per line, blank lines between, empty cells as a lone no-break space;
 * - `space-rows`: a table row per line, cells separated by spaces or tabs, page marks (`- 3 -`) inside tables;
 * - `markdown`: pipe tables, spans flattened to empty cells.
 * Section 四 may instead print as its glued header and a bare line of 15 numbers.
 */
import { expandGrid, type Block } from './document';
import type { Grid, GridCell } from './grid';
import type { Rng } from './rng';

export const TEXT_LAYOUTS = ['pipe-debris', 'blank-lines', 'space-rows', 'markdown'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

export interface TextStyle {
  layout: TextLayout;
  /** Section 四 as `行政复议行政诉讼…` and one line of 15 numbers. */
  appealsBareLine: boolean;
}

/** Blank markers that stay visible when cells are separated only by whitespace. */
const VISIBLE_BLANKS = ['/', '-', '—', '无'];
const NBSP = '\u00a0';

const visible = (cell: GridCell, rng: Rng) => (cell.value && cell.text === '' ? rng.pick(VISIBLE_BLANKS) : cell.text);

function pipeDebris(grid: Grid, rng: Rng, debrisOwnLine: boolean): string[] {
  const lines: string[] = [];
  for (const row of grid.rows) {
    for (const cell of row) lines.push(`${cell.text.replace(/\n/g, ' ')} |`);
    // The columns no cell starts in this row leave pipes behind, as the seeds show.
    const debris = '|'.repeat(Math.max(0, grid.columns - row.length));
    if (debris && debrisOwnLine) lines.push(debris);
    else if (debris) lines[lines.length - 1] += ` ${debris}`;
  }
  return lines;
}

function blankLines(grid: Grid, rng: Rng): string[] {
  const splitJoin = rng.pick(['\n', '\n\n']);
  return grid.rows.flatMap((row) =>
    row.map((cell) => (cell.text === '' ? NBSP : cell.text.replace(/\n/g, splitJoin)) + '\n'),
  );
}

function spaceRows(grid: Grid, rng: Rng): string[] {
  const sep = rng.pick([' ', '  ', '\t', '   ']);
  return grid.rows.map((row) => row.map((cell) => visible(cell, rng).replace(/\n/g, '')).join(sep));
}

function markdown(grid: Grid): string[] {
  const lines = expandGrid(grid).map(
    (row) => `| ${row.map((p) => (p.origin ? p.cell.text.replace(/\n/g, '') : '')).join(' | ')} |`,
  );
  lines.splice(1, 0, `|${' --- |'.repeat(grid.columns)}`);
  return lines;
}

function bareAppeals(grid: Grid, rng: Rng): string[] {
  return grid.rows.map((row) =>
    row.every((c) => c.value)
      ? row.map((c) => visible(c, rng)).join(rng.pick([' ', '  ', '\t']))
      : row.map((c) => c.text.replace(/\n/g, '')).join(''),
  );
}

function tableLines(block: Extract<Block, { kind: 'table' }>, style: TextStyle, rng: Rng, debrisOwnLine: boolean) {
  if (block.section === 'appeals' && style.appealsBareLine) return bareAppeals(block.grid, rng);
  switch (style.layout) {
    case 'pipe-debris':
      return pipeDebris(block.grid, rng, debrisOwnLine);
    case 'blank-lines':
      return blankLines(block.grid, rng);
    case 'space-rows':
      return spaceRows(block.grid, rng);
    case 'markdown':
      return markdown(block.grid);
  }
}

/** Insert `- N -` page marks every 25–45 lines, as PDF text layers carry them. */
function withPageMarks(lines: string[], rng: Rng): string[] {
  const out: string[] = [];
  let page = 1;
  let next = rng.int(25, 45);
  for (const line of lines) {
    out.push(line);
    if (--next === 0) {
      out.push(rng.pick([`- ${page} -`, `— ${page} —`, `-${page}-`]));
      page++;
      next = rng.int(25, 45);
    }
  }
  return out;
}

export function renderText(blocks: readonly Block[], style: TextStyle, rng: Rng): string {
  const debrisOwnLine = rng.chance(0.5);
  const indent = style.layout === 'blank-lines' && rng.chance(0.5) ? '  ' : '';
  const gap = style.layout === 'pipe-debris' ? '' : '\n';
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') lines.push(...tableLines(block, style, rng, debrisOwnLine), ...(gap ? [''] : []));
    else lines.push(`${block.kind === 'title' ? '' : indent}${block.text}${gap}`);
  }
  const all = style.layout === 'space-rows' ? withPageMarks(lines, rng) : lines;
  return all.join('\n') + '\n';
}
