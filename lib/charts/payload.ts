/**
 * A chart as data: what the server queries, hands to the client island, and turns into an
 * image or a file. The SAME builders run on the server (SVG, PNG) and in the browser.
 */
import type { OutcomeCategory } from '../report/cells';
import type { ApplicationsData } from '../queries/applications';
import type { Reason } from '../queries/outcome-reasons';
import type { YearFigures } from '../queries/overview';
import type { GroupRow } from '../queries/scope';
import { applicantsOption, applicantsTable } from './applicants';
import { appealsOption, appealsTable } from './appeals';
import { applicationsOption, applicationsTable } from './applications';
import { outcomesOption, outcomesTable } from './outcomes';
import { categoryLabel, reasonsOption, reasonsTable } from './reasons';
import { trendOption, trendTable } from './trend';
import type { ChartOption, DataTable } from './types';

export const CHART_IDS = ['applications', 'outcomes', 'reasons', 'appeals', 'applicants'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export type ChartPayload =
  | { chart: 'applications'; data: ApplicationsData }
  | { chart: 'outcomes'; rows: GroupRow[]; asShares: boolean }
  | { chart: 'reasons'; rows: GroupRow[]; category: OutcomeCategory; reasons: Reason[] }
  | { chart: 'appeals'; rows: GroupRow[] }
  | { chart: 'applicants'; rows: GroupRow[] }
  | { chart: 'trend'; trend: YearFigures[] };

export function chartOption(p: ChartPayload): ChartOption {
  switch (p.chart) {
    case 'applications': return applicationsOption(p.data);
    case 'outcomes': return outcomesOption(p.rows, p.asShares);
    case 'reasons': return reasonsOption(p.rows, p.reasons);
    case 'appeals': return appealsOption(p.rows);
    case 'applicants': return applicantsOption(p.rows);
    case 'trend': return trendOption(p.trend);
  }
}

/** Tables by payload: payloads are cached per data version, so a page asks for the same one again and again. */
const tables = new WeakMap<ChartPayload, DataTable>();

export function chartTable(p: ChartPayload): DataTable {
  let table = tables.get(p);
  if (!table) tables.set(p, (table = buildTable(p)));
  return table;
}

function buildTable(p: ChartPayload): DataTable {
  switch (p.chart) {
    case 'applications': return applicationsTable(p.data);
    case 'outcomes': return outcomesTable(p.rows, p.asShares);
    case 'reasons': return reasonsTable(p.rows, p.reasons, p.category);
    case 'appeals': return appealsTable(p.rows);
    case 'applicants': return applicantsTable(p.rows);
    case 'trend': return trendTable(p.trend);
  }
}

export function chartTitle(p: ChartPayload): string {
  switch (p.chart) {
    case 'applications': return p.data.years.length === 1 ? '本年新收政府信息公开申请' : '本年新收政府信息公开申请（逐年）';
    case 'outcomes': return p.asShares ? '申请办理结果构成（占比）' : '申请办理结果构成（件数）';
    case 'reasons': return `“${categoryLabel(p.category)}”的具体情形`;
    case 'appeals': return '行政复议、行政诉讼结果';
    case 'applicants': return '申请人类型';
    case 'trend': return '历年趋势';
  }
}

/** Nothing to draw: no group, or every value a gap. */
export function isEmpty(p: ChartPayload): boolean {
  const t = chartTable(p);
  return t.rows.length === 0;
}
