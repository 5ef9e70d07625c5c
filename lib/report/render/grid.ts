/**
 * The three statistics tables as grids of cells with row/column spans, the way
 * the national templates print them. Every layout (text, HTML, PDF, DOCX)
 * renders these grids, so the table structure is defined once.
 */
import {
  APPEAL_GROUPS,
  APPEAL_ITEMS,
  CELL_BY_KEY,
  OUTCOME_CATEGORIES,
  PROACTIVE_2019,
  PROACTIVE_2021,
  REQUEST_COLUMNS,
  appealKey,
  requestKey,
  requestRows,
  type RequestRow,
} from '../cells';
import { noisyLabel, splitHeader, type LabelNoise } from './labels';
import type { Rng } from './rng';
import { otherDisposalAsOneRow, type ReportSource } from './source';

export interface GridCell {
  /** Printed text; `\n` marks a label that wraps inside its cell. */
  text: string;
  rowspan?: number;
  colspan?: number;
  /** A data cell (number or blank marker), not a label. */
  value?: boolean;
}

export interface Grid {
  columns: number;
  rows: GridCell[][];
}

export interface GridStyle {
  noise: LabelNoise;
  /** Markers a null cell may print as (one picked per cell). */
  blankMarkers: readonly string[];
  /** Print units after 政府集中采购 amounts (`251000元`). */
  amountUnits: boolean;
}

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

interface Ctx {
  source: ReportSource;
  style: GridStyle;
  rng: Rng;
}

const label = (ctx: Ctx, text: string, span: Omit<GridCell, 'text'> = {}): GridCell => ({
  text: noisyLabel(text, ctx.style.noise, ctx.rng),
  ...span,
});
const header = (ctx: Ctx, text: string, span: Omit<GridCell, 'text'> = {}): GridCell => ({
  text: splitHeader(noisyLabel(text, ctx.style.noise, ctx.rng), ctx.style.noise),
  ...span,
});

function formatNumber(ctx: Ctx, key: string, value: number): string {
  const def = CELL_BY_KEY.get(key);
  if (def?.signed && value > 0 && ctx.rng.chance(0.5)) return `+${value}`;
  if (def?.decimal && key.includes('procurement') && ctx.style.amountUnits) {
    return `${value}${ctx.rng.pick(['元', '万元'])}`;
  }
  return String(value);
}

function valueCell(ctx: Ctx, key: string, span: Omit<GridCell, 'text'> = {}): GridCell {
  const v = ctx.source.cells[key];
  const text = v === null || v === undefined ? ctx.rng.pick(ctx.style.blankMarkers) : formatNumber(ctx, key, v);
  return { text, value: true, ...span };
}

/** Section 二: one four-column table, a title row and a header row per 第二十条 block. */
export function proactiveGrid(ctx: Ctx): Grid {
  const tables = ctx.source.template === '2021' ? PROACTIVE_2021 : PROACTIVE_2019;
  const rows: GridCell[][] = [];
  for (const t of tables) {
    // Columns share the three data columns; the last one widens over any left over (2019 （八）（九）).
    const span = (i: number) => (i === t.columns.length - 1 ? 3 - i * Math.floor(3 / t.columns.length) : Math.floor(3 / t.columns.length));
    rows.push([label(ctx, t.block, { colspan: 4 })]);
    rows.push([label(ctx, '信息内容'), ...t.columns.map((c, i) => header(ctx, c.label, { colspan: span(i) }))]);
    for (const item of t.items) {
      const values = t.columns.map((c, i) => valueCell(ctx, `proactive.${item.key}.${c.key}`, { colspan: span(i) }));
      rows.push([label(ctx, item.label), ...values]);
    }
  }
  return { columns: 4, rows };
}

const requestValues = (ctx: Ctx, row: string) => REQUEST_COLUMNS.map((c) => valueCell(ctx, requestKey(row, c.key)));

/** Section 三: three label columns, then the seven applicant columns. */
export function requestsGrid(ctx: Ctx): Grid {
  const rows: GridCell[][] = [
    [
      label(ctx, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { rowspan: 3, colspan: 3 }),
      label(ctx, '申请人情况', { colspan: 7 }),
    ],
    [
      header(ctx, REQUEST_COLUMNS[0].label, { rowspan: 2 }),
      label(ctx, '法人或其他组织', { colspan: 5 }),
      header(ctx, REQUEST_COLUMNS[6].label, { rowspan: 2 }),
    ],
    REQUEST_COLUMNS.slice(1, 6).map((c) => header(ctx, c.label)),
  ];
  const all = requestRows(otherDisposalAsOneRow(ctx.source));
  const outcomes = all.filter((r) => r.category !== undefined);
  const outcomeSpan = outcomes.length + 1; // + （七）总计
  for (const row of all) {
    if (!row.category && row.key !== 'total') {
      rows.push([label(ctx, row.label, { colspan: 3 }), ...requestValues(ctx, row.key)]);
      continue;
    }
    const first: GridCell[] = row === outcomes[0] ? [label(ctx, '三、本年度办理结果', { rowspan: outcomeSpan })] : [];
    rows.push([...first, ...outcomeLabels(ctx, row, all), ...requestValues(ctx, row.key)]);
  }
  return { columns: 10, rows };
}

/** Label cells of an outcome row: its category (spanning the sub-rows) and its own label. */
function outcomeLabels(ctx: Ctx, row: RequestRow, all: readonly RequestRow[]): GridCell[] {
  if (!row.key.includes('.')) {
    return [label(ctx, categoryTitle(row) ?? row.label, { colspan: 2 })];
  }
  const siblings = all.filter((r) => r.category === row.category);
  const cells: GridCell[] = [];
  if (siblings[0] === row) cells.push(label(ctx, categoryTitle(row) ?? '', { rowspan: siblings.length }));
  cells.push(label(ctx, row.label));
  return cells;
}

/** `（三）不予公开`: the printed title of a category whose label spans its sub-rows. */
function categoryTitle(row: RequestRow): string | undefined {
  const at = OUTCOME_CATEGORIES.findIndex((c) => c.key === row.category);
  if (at < 0) return undefined;
  if (!row.key.includes('.') && row.label.startsWith('（')) return row.label; // （一）（二） carry their own
  return `（${CN_NUMERALS[at]}）${OUTCOME_CATEGORIES[at].label}`;
}

/** Section 四: 行政复议 five columns, 行政诉讼 ten (two groups of five), one row of numbers. */
export function appealsGrid(ctx: Ctx): Grid {
  const [review, ...suits] = APPEAL_GROUPS;
  const suitTitle = suits[0].label.replace(/（.*$/, '');
  const groupTitle = (g: (typeof APPEAL_GROUPS)[number]) => g.label.replace(/^.*（(.*)）$/, '$1');
  const items = (span: Omit<GridCell, 'text'> = {}) => APPEAL_ITEMS.map((i) => header(ctx, i.label, span));
  return {
    columns: 15,
    rows: [
      [label(ctx, review.label, { colspan: 5 }), label(ctx, suitTitle, { colspan: 10 })],
      [...items({ rowspan: 2 }), ...suits.map((g) => label(ctx, groupTitle(g), { colspan: 5 }))],
      [...items(), ...items()],
      APPEAL_GROUPS.flatMap((g) => APPEAL_ITEMS.map((i) => valueCell(ctx, appealKey(g.key, i.key)))),
    ],
  };
}

export function reportGrids(source: ReportSource, style: GridStyle, rng: Rng) {
  const ctx = { source, style, rng };
  return { proactive: proactiveGrid(ctx), requests: requestsGrid(ctx), appeals: appealsGrid(ctx) };
}
