/**
 * A report as a sequence of blocks (title, headings, paragraphs, tables) that
 * every output format renders: the order and the wording are decided once here.
 */
import { reportGrids, type Grid, type GridStyle } from './grid';
import { narrative } from './narrative';
import type { Rng } from './rng';
import type { ReportSource } from './source';

export type TableSection = 'proactive' | 'requests' | 'appeals';

export type Block =
  | { kind: 'title' | 'heading' | 'paragraph'; text: string }
  | { kind: 'table'; section: TableSection; grid: Grid };

export function reportBlocks(source: ReportSource, style: GridStyle, rng: Rng): Block[] {
  const prose = narrative(source, rng);
  const grids = reportGrids(source, style, rng);
  const heading = (text: string): Block => ({ kind: 'heading', text });
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
  return [
    ...prose.title.map((text): Block => ({ kind: 'title', text })),
    paragraph(prose.intro),
    heading('一、总体情况'),
    ...prose.overview.map(paragraph),
    heading('二、主动公开政府信息情况'),
    { kind: 'table', section: 'proactive', grid: grids.proactive },
    heading('三、收到和处理政府信息公开申请情况'),
    { kind: 'table', section: 'requests', grid: grids.requests },
    heading('四、政府信息公开行政复议、行政诉讼情况'),
    { kind: 'table', section: 'appeals', grid: grids.appeals },
    heading('五、存在的主要问题及改进情况'),
    ...prose.problems.map(paragraph),
    heading('六、其他需要报告的事项'),
    paragraph(prose.other),
  ];
}

/** The same blocks with every piece of text passed through `convert` (e.g. simplified → traditional). */
export function mapBlockText(blocks: readonly Block[], convert: (text: string) => string): Block[] {
  return blocks.map((b) =>
    b.kind === 'table'
      ? { ...b, grid: { ...b.grid, rows: b.grid.rows.map((r) => r.map((c) => ({ ...c, text: convert(c.text) }))) } }
      : { ...b, text: convert(b.text) },
  );
}

export interface Placed {
  cell: Grid['rows'][number][number];
  /** True where the cell starts; false on the positions its spans cover. */
  origin: boolean;
}

/** The grid as a full matrix: each position holds the cell covering it (rowspans resolved). */
export function expandGrid(grid: Grid): Placed[][] {
  const matrix: (Placed | undefined)[][] = grid.rows.map(() => new Array(grid.columns));
  grid.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (matrix[r][c]) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1) && r + dr < grid.rows.length; dr++) {
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          matrix[r + dr][c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += cell.colspan ?? 1;
    }
  });
  const empty = { cell: { text: '' }, origin: false };
  return matrix.map((row) => Array.from({ length: grid.columns }, (_, c) => row[c] ?? empty));
}
