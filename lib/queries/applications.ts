/** 本年新收申请 (requests.received.total) by group and year, gap-filled over the range. */
import type { Db } from '../db/client';
import { requestKey } from '../report/cells';
import { cell, scopedSelect, total, type GroupRow, type Scope } from './scope';

export interface ApplicationsSeries {
  key: string;
  name: string;
  /** One value per year of `years`; null: no report, or no report printed the cell. */
  values: (number | null)[];
  reports: number[];
}

export interface ApplicationsData {
  years: number[];
  groups: ApplicationsSeries[];
}

export const yearRange = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const applicationExprs = () => ({ value: cell(requestKey('received', 'total')) });

/** One year's groups (as summed by any group aggregate) as the one-year series. */
export function applicationsOfYear(year: number, rows: readonly GroupRow<'value'>[]): ApplicationsData {
  return { years: [year], groups: rows.map((r) => ({ key: r.key, name: r.name, values: [r.values.value], reports: [r.reports] })) };
}

export async function applicationsByRegionYear(db: Db, scope: Scope): Promise<ApplicationsData> {
  const rows = await scopedSelect(db, scope, { value: total(applicationExprs().value) }, true);
  const years = yearRange(scope.from, scope.to);
  const groups = new Map<string, ApplicationsSeries>();
  for (const r of rows) {
    let g = groups.get(r.key);
    if (!g) {
      g = { key: r.key, name: r.name, values: years.map(() => null), reports: years.map(() => 0) };
      groups.set(r.key, g);
    }
    const i = r.year - scope.from;
    g.values[i] = r.value;
    g.reports[i] = r.reports;
  }
  return { years, groups: [...groups.values()] };
}
