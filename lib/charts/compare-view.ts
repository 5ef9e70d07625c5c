/**
 * Everything /compare shows for one filter set, loaded once per data version: the scope,
 * the charts, and the lists the filter form offers. Cached (lib/queries/cached.ts) on the
 * normalised filters and the date printed in the charts' metadata.
 */
import type { Db } from '../db/client';
import { agencyOptions, regionOptions } from '../queries/options';
import { cachedByVersion } from '../queries/cached';
import { filtersToQuery, type Filters } from '../queries/params';
import type { Scope } from '../queries/scope';
import type { ChartId } from './payload';
import { loadCharts, resolveScope, today, type LoadedChart } from './load';

export type CompareView =
  | { empty: string }
  | {
      scope: Scope;
      years: number[];
      charts: LoadedChart[];
      regions: { code: string; name: string }[];
      agencies: { id: number; name: string }[];
    };

/** The charts /compare shows, in page order; the reasons chart only with a category drill. */
export const compareChartIds = (filters: Filters): ChartId[] => ['applications', 'outcomes', 'appeals', 'applicants', ...(filters.category ? ['reasons' as const] : [])];

async function loadCompareView(db: Db, filters: Filters, optionsLimit: number): Promise<CompareView> {
  const resolved = await resolveScope(db, filters);
  if ('empty' in resolved) return resolved;
  const [charts, regions, agencies] = await Promise.all([
    loadCharts(db, compareChartIds(filters), filters, resolved.scope),
    regionOptions(db, filters.level, optionsLimit),
    agencyOptions(db, optionsLimit),
  ]);
  return { ...resolved, charts, regions, agencies };
}

export function compareView(db: Db, filters: Filters, optionsLimit: number): Promise<CompareView> {
  return cachedByVersion(db, 'compare', `${filtersToQuery(filters)}|${optionsLimit}|${today()}`, () => loadCompareView(db, filters, optionsLimit));
}
