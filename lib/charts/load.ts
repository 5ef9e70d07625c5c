/**
 * From validated filters to chart payloads: the one place the pages and the image/data
 * routes get their charts from, so a downloaded PNG or CSV shows exactly what the page shows.
 */
import type { Db } from '../db/client';
import { applicantsByRegion } from '../queries/applicants';
import { appealsByRegion } from '../queries/appeals';
import { applicationsByRegionYear } from '../queries/applications';
import { reportYears } from '../queries/options';
import { reasonsByRegion, reasonsOf } from '../queries/outcome-reasons';
import { outcomesByRegion } from '../queries/outcomes';
import { toScope, type Filters } from '../queries/params';
import { LEVEL_LABELS, type Scope } from '../queries/scope';
import { MAX_GROUPS, topGroups, topSeries } from './groups';
import { chartTitle, type ChartId, type ChartPayload } from './payload';
import type { FileMeta } from './data-files';

export const SOURCE_LINE = '数据来源：各机关政府信息公开工作年度报告（现行版本），本站解析汇总';

export interface LoadedChart {
  id: ChartId;
  payload: ChartPayload;
  meta: FileMeta;
}

/** The scope of the filters, or why there is nothing to compare. */
export async function resolveScope(db: Db, filters: Filters): Promise<{ scope: Scope; years: number[] } | { empty: string }> {
  const years = await reportYears(db);
  if (years.length === 0) return { empty: '数据库中还没有可比较的报告（只有“现行”版本参与比较）。' };
  return { scope: toScope(filters, years.at(-1)!), years };
}

/** Today in China, as printed on images and files. */
export const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

export function describeScope(scope: Scope, names: readonly string[], cut: boolean): string {
  const period = scope.from === scope.to ? `${scope.from}年` : `${scope.from}—${scope.to}年`;
  const who =
    scope.agencies.length > 0
      ? `机关：${names.slice(0, 4).join('、')}${names.length > 4 ? ` 等${names.length}个` : ''}`
      : `${LEVEL_LABELS[scope.level]}行政区：${scope.regions.length ? names.slice(0, 4).join('、') + (names.length > 4 ? ` 等${names.length}个` : '') : '全部'}`;
  return [period, who, cut ? `仅显示件数最多的 ${MAX_GROUPS} 个` : ''].filter(Boolean).join(' · ');
}

export async function loadChart(db: Db, id: ChartId, filters: Filters, scope: Scope): Promise<LoadedChart> {
  let payload: ChartPayload;
  let names: string[];
  let cut: boolean;
  if (id === 'applications') {
    const top = topSeries(await applicationsByRegionYear(db, scope));
    payload = { chart: 'applications', data: top.data };
    names = top.data.groups.map((g) => g.name);
    cut = top.cut;
  } else {
    const category = filters.category ?? 'withheld';
    const rows =
      id === 'outcomes'
        ? await outcomesByRegion(db, scope)
        : id === 'reasons'
          ? await reasonsByRegion(db, scope, category)
          : id === 'appeals'
            ? await appealsByRegion(db, scope)
            : await applicantsByRegion(db, scope);
    const top = topGroups(rows);
    names = top.rows.map((r) => r.name);
    cut = top.cut;
    payload =
      id === 'outcomes'
        ? { chart: 'outcomes', rows: top.rows, asShares: filters.view === 'shares' }
        : id === 'reasons'
          ? { chart: 'reasons', rows: top.rows, category, reasons: reasonsOf(category) }
          : { chart: id, rows: top.rows };
  }
  return { id, payload, meta: { title: chartTitle(payload), filtersText: describeScope(scope, names, cut), sourceLine: SOURCE_LINE, date: today() } };
}
