/**
 * From validated filters to chart payloads: the one place the pages and the image/data
 * routes get their charts from, so a downloaded PNG or CSV shows exactly what the page shows.
 */
import type { Db } from '../db/client';
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { applicantExprs } from '../queries/applicants';
import { appealExprs } from '../queries/appeals';
import { applicationExprs, applicationsByRegionYear, applicationsOfYear, type ApplicationsData } from '../queries/applications';
import { combinedTotals } from '../queries/combined';
import { reportYears } from '../queries/options';
import { reasonExprs, reasonsOf } from '../queries/outcome-reasons';
import type { YearFigures } from '../queries/overview';
import type { OutcomeCategory } from '../report/cells';
import { outcomeExprs } from '../queries/outcomes';
import { toScope, type Filters } from '../queries/params';
import { LEVEL_LABELS, type GroupRow, type Scope } from '../queries/scope';
import { MAX_GROUPS, topGroups, topSeries } from './groups';
import { chartTitle, type ChartId, type ChartPayload } from './payload';
import type { FileMeta } from './data-files';
import { todayInChina } from '../format';

/** The category the reasons chart shows when the filters name none. */
export const DEFAULT_CATEGORY = 'withheld' satisfies OutcomeCategory;

export const SOURCE_LINE = '数据来源：各机关政府信息公开工作年度报告（现行版本），本站解析汇总';

export interface LoadedChart {
  id: ChartPayload['chart'];
  payload: ChartPayload;
  meta: FileMeta;
}

/** The scope of the filters, or why there is nothing to compare. */
export async function resolveScope(db: Db, filters: Filters): Promise<{ scope: Scope; years: number[] } | { empty: string }> {
  const years = await reportYears(db);
  if (years.length === 0) return { empty: '数据库中还没有可比较的报告（只有“现行”版本参与比较）。' };
  return { scope: toScope(filters, years.at(-1)!), years };
}


export function describeScope(scope: Scope, names: readonly string[], cut: boolean): string {
  const period = scope.from === scope.to ? `${scope.from}年` : `${scope.from}—${scope.to}年`;
  const who =
    scope.agencies.length > 0
      ? `机关：${names.slice(0, 4).join('、')}${names.length > 4 ? ` 等${names.length}个` : ''}`
      : `${LEVEL_LABELS[scope.level]}行政区：${scope.regions.length ? names.slice(0, 4).join('、') + (names.length > 4 ? ` 等${names.length}个` : '') : '全部'}`;
  return [period, who, cut ? `仅显示件数最多的 ${MAX_GROUPS} 个` : ''].filter(Boolean).join(' · ');
}

const meta = (payload: ChartPayload, scope: Scope, names: string[], cut: boolean): FileMeta => ({
  title: chartTitle(payload),
  filtersText: describeScope(scope, names, cut),
  sourceLine: SOURCE_LINE,
  date: todayInChina(),
});

function applicationsChart(data: ApplicationsData, scope: Scope): LoadedChart {
  const top = topSeries(data);
  const payload: ChartPayload = { chart: 'applications', data: top.data };
  return { id: 'applications', payload, meta: meta(payload, scope, top.data.groups.map((g) => g.name), top.cut) };
}

type GroupChartId = Exclude<ChartId, 'applications'>;

function groupChart(id: GroupChartId, rows: GroupRow[], filters: Filters, scope: Scope): LoadedChart {
  const top = topGroups(rows);
  const category = filters.category ?? DEFAULT_CATEGORY;
  const payload: ChartPayload =
    id === 'outcomes'
      ? { chart: 'outcomes', rows: top.rows, asShares: filters.view === 'shares' }
      : id === 'reasons'
        ? { chart: 'reasons', rows: top.rows, category, reasons: reasonsOf(category) }
        : { chart: id, rows: top.rows };
  return { id, payload, meta: meta(payload, scope, top.rows.map((r) => r.name), top.cut) };
}

const groupExprs = (id: GroupChartId, filters: Filters) =>
  id === 'outcomes'
    ? outcomeExprs()
    : id === 'reasons'
      ? reasonExprs(filters.category ?? DEFAULT_CATEGORY)
      : id === 'appeals'
        ? appealExprs()
        : applicantExprs();

/** Several charts of one scope from one pass over the reports (one year: applications too). */
export async function loadCharts(db: Db, ids: readonly ChartId[], filters: Filters, scope: Scope): Promise<LoadedChart[]> {
  const oneYear = scope.from === scope.to;
  const grouped = ids.filter((id): id is GroupChartId => id !== 'applications');
  const parts: Record<string, Record<string, SQL | PgColumn>> = Object.fromEntries(grouped.map((id) => [id, groupExprs(id, filters)]));
  if (oneYear && ids.includes('applications')) parts.applications = applicationExprs();
  const [totals, series] = await Promise.all([
    Object.keys(parts).length ? combinedTotals(db, scope, parts) : Promise.resolve({} as Record<string, GroupRow[]>),
    !oneYear && ids.includes('applications') ? applicationsByRegionYear(db, scope) : null,
  ]);
  return ids.map((id) =>
    id === 'applications'
      ? applicationsChart(series ?? applicationsOfYear(scope.from, totals.applications as GroupRow<'value'>[]), scope)
      : groupChart(id, totals[id], filters, scope),
  );
}

/** The overview's trend over every current report; undefined when there is no year yet. */
export function trendChart(trend: YearFigures[]): LoadedChart | undefined {
  if (trend.length === 0) return undefined;
  const payload: ChartPayload = { chart: 'trend', trend };
  const period = trend.length === 1 ? `${trend[0].year}年` : `${trend[0].year}—${trend.at(-1)!.year}年`;
  return { id: 'trend', payload, meta: { title: chartTitle(payload), filtersText: `${period} · 全部现行报告`, sourceLine: SOURCE_LINE, date: todayInChina() } };
}
