/**
 * Everything /compare shows for one filter set, loaded once per data version
 * (lib/queries/cached.ts): the scope and the charts, keyed on the normalised filters and the
 * date printed in the charts' metadata, and the lists the filter form offers. The chart
 * image and data routes read the same cache entry, so the images a page points at cost no
 * query of their own.
 */
import type { Db } from '../db/client';
import { agencyOptions, regionOptions } from '../queries/options';
import { readDataVersion } from '../db/data-version';
import { cachedByVersion } from '../queries/cached';
import { overview } from '../queries/overview';
import { filtersToQuery, type Filters } from '../queries/params';
import type { Scope } from '../queries/scope';
import type { ChartId } from './payload';
import { loadCharts, resolveScope, trendChart, type LoadedChart } from './load';
import { todayInChina } from '../format';

export type ChartsView = { empty: string } | { scope: Scope; years: number[]; charts: LoadedChart[]; version: number };

export type CompareView =
  | { empty: string }
  | (Extract<ChartsView, { charts: LoadedChart[] }> & {
      regions: { code: string; name: string }[];
      agencies: { id: number; name: string }[];
    });

/** The charts /compare shows, in page order; the reasons chart only with a category drill. */
export const compareChartIds = (filters: Filters): ChartId[] => ['applications', 'outcomes', 'appeals', 'applicants', ...(filters.category ? ['reasons' as const] : [])];

export function chartsView(db: Db, filters: Filters, atVersion?: number): Promise<ChartsView> {
  const load = async (version: number): Promise<ChartsView> => {
    const resolved = await resolveScope(db, filters);
    if ('empty' in resolved) return resolved;
    return { ...resolved, charts: await loadCharts(db, compareChartIds(filters), filters, resolved.scope), version };
  };
  return cachedByVersion(db, 'charts', `${filtersToQuery(filters)}|${todayInChina()}`, load, atVersion);
}

export async function compareView(db: Db, filters: Filters, optionsLimit: number): Promise<CompareView> {
  const version = await readDataVersion(db);
  const loadOptions = () => Promise.all([regionOptions(db, filters.level, optionsLimit), agencyOptions(db, optionsLimit)]);
  const [view, [regions, agencies]] = await Promise.all([
    chartsView(db, filters, version),
    cachedByVersion(db, 'filter-options', `${filters.level}|${optionsLimit}`, loadOptions, version),
  ]);
  return 'empty' in view ? view : { ...view, regions, agencies };
}

/** The overview's aggregates over every current report, once per data version (`atVersion`: see cachedByVersion). */
export const cachedOverview = (db: Db, atVersion?: number) =>
  cachedByVersion(db, 'overview', '', async (version) => ({ overview: await overview(db), version }), atVersion);

/** The trend over the years, as the overview page and the chart routes show it. */
export async function trendView(db: Db): Promise<{ chart: LoadedChart; version: number } | { empty: string }> {
  const { overview: o, version } = await cachedOverview(db);
  const chart = trendChart(o.trend);
  return chart ? { chart, version } : { empty: '还没有可比较的报告。' };
}
