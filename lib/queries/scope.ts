/**
 * What every comparison shares: which reports count (current versions only), how they are
 * grouped (by province, city or county division, or by agency), and how a registry key
 * becomes a SQL column. Aggregates build on `scopedSelect` so the filters live in one place.
 */
import { and, between, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { agencies, regions, reportCells, reports } from '../db/schema';
import { CELL_BY_KEY, type OutcomeCategory, type RequestColumn } from '../report/cells';
import { categoryParts } from '../report/derived';

export const LEVELS = ['province', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = { province: '省级', city: '市级', county: '县级' };

export interface Scope {
  level: Level;
  /** Division codes at `level`; empty: every division that has reports. */
  regions: readonly string[];
  /** Agency ids; non-empty: compare these agencies instead of divisions. */
  agencies: readonly number[];
  from: number;
  to: number;
}

/** One group of a comparison with its values; null is a gap (no report printed it). */
export interface GroupRow<K extends string = string> {
  key: string;
  name: string;
  reports: number;
  values: Record<K, number | null>;
}

/** The column of a registry key. Unknown keys are a programming error, never user input. */
export function cell(key: string, table: object = reportCells): PgColumn {
  const column = CELL_BY_KEY.has(key) ? (table as Record<string, PgColumn>)[key] : undefined;
  if (!column) throw new Error(`not a cell key: ${key}`);
  return column;
}

/** Sum of the parts of one report, NULL when any part is blank (SQL `+` propagates NULL). */
export function rowSum(keys: readonly string[]): SQL {
  return sql`(${sql.join(keys.map((k) => cell(k)), sql` + `)})`;
}

/** A category subtotal of one report (see derived.ts): （六） depends on how it was printed. */
export function categorySql(category: OutcomeCategory, column: RequestColumn): SQL {
  const parts = (oneRow: boolean) => rowSum(categoryParts(category, oneRow).map((r) => `requests.${r}.${column}`));
  if (category !== 'otherDisposal') return parts(false);
  return sql`(case when ${reports.otherDisposalOneRow} or ${reports.template} = '2019' then ${parts(true)} else ${parts(false)} end)`;
}

/** Sum over reports as a JS number; NULL (a gap) when no report had the value. */
export const total = (expr: SQL | PgColumn) => sql<number | null>`sum(${expr})::float8`;

/**
 * The division code of an agency at a level. Districts of the four municipalities (直辖市) have
 * no city-level division in GB/T 2260: at city level they group under the municipality,
 * which is how national statistics rank 重庆 beside 攀枝花.
 */
export function levelColumn(level: Level): SQL<string | null> {
  if (level === 'province') return sql`${agencies.provinceCode}`;
  if (level === 'county') return sql`${agencies.countyCode}`;
  return sql`coalesce(${agencies.cityCode}, case when ${agencies.countyCode} is not null then ${agencies.provinceCode} end)`;
}

/** Group key and display name; full_name tells the two 江北区 apart. */
export function grouping(scope: Scope): { key: SQL<string>; name: SQL<string> } {
  if (scope.agencies.length > 0) {
    return { key: sql<string>`${agencies.id}::text`, name: sql<string>`${agencies.name}` };
  }
  const col = levelColumn(scope.level);
  return { key: sql<string>`${col}`, name: sql<string>`coalesce(${regions.fullName}, ${col})` };
}

export function scopeWhere(scope: Scope): SQL {
  const conditions: SQL[] = [eq(reports.status, 'current'), between(reports.year, scope.from, scope.to)];
  if (scope.agencies.length > 0) {
    conditions.push(inArray(agencies.id, [...scope.agencies]));
  } else {
    const col = levelColumn(scope.level);
    conditions.push(isNotNull(col));
    if (scope.regions.length > 0) conditions.push(inArray(col, [...scope.regions]));
  }
  return and(...conditions)!;
}

/**
 * `select <fields> from current reports in scope` joined to their cells, agency and the
 * division named by the level, grouped by the comparison group (and by year on request).
 */
export function scopedSelect<F extends Record<string, SQL | PgColumn>>(db: Db, scope: Scope, fields: F, byYear = false) {
  const g = grouping(scope);
  const groupCol = levelColumn(scope.level);
  const query = db
    .select({
      key: g.key,
      name: g.name,
      // Selected either way to keep one result type; without byYear it is the latest year seen.
      year: byYear ? sql<number>`${reports.year}::int` : sql<number>`max(${reports.year})::int`,
      reports: sql<number>`count(*)::int`,
      ...fields,
    })
    .from(reports)
    .innerJoin(reportCells, eq(reportCells.reportId, reports.id))
    .innerJoin(agencies, eq(agencies.id, reports.agencyId))
    .leftJoin(regions, eq(regions.code, groupCol))
    .where(scopeWhere(scope));
  return byYear
    ? query.groupBy(g.key, g.name, reports.year).orderBy(g.key, reports.year)
    : query.groupBy(g.key, g.name).orderBy(g.key);
}

/** The common shape of a comparison: for each group, the sums of `exprs` over its reports. */
export async function groupTotals<K extends string>(
  db: Db,
  scope: Scope,
  exprs: Record<K, SQL | PgColumn>,
): Promise<GroupRow<K>[]> {
  const keys = Object.keys(exprs) as K[];
  // Aliases v0, v1…: registry keys contain dots, which are not SQL identifiers.
  const fields = Object.fromEntries(keys.map((k, i) => [`v${i}`, total(exprs[k])]));
  const rows = (await scopedSelect(db, scope, fields)) as unknown as (Omit<GroupRow, 'values'> &
    Record<string, number | null>)[];
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    reports: r.reports,
    values: Object.fromEntries(keys.map((k, i) => [k, r[`v${i}`]])) as Record<K, number | null>,
  }));
}
