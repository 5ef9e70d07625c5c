/** What the filters can offer: years with current reports, divisions and agencies that have them. */
import { and, asc, eq, exists, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { agencies, regions, reports } from '../db/schema';
import { levelColumn, type Level } from './scope';

export async function reportYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`${reports.year}::int` })
    .from(reports)
    .where(and(eq(reports.status, 'current'), isNotNull(reports.year)))
    .orderBy(sql`1`);
  return rows.map((r) => r.year);
}

/** Agencies with at least one current report: the ones comparisons can show. */
const hasCurrentReport = (db: Db) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(reports)
      .where(and(eq(reports.agencyId, agencies.id), eq(reports.status, 'current'))),
  );

/**
 * Lists for the filter form are offered only while short enough to choose from; `limit`
 * lets the caller see that a list is longer without fetching 15,000 agencies. Both start
 * from the agencies (thousands) rather than the reports (hundreds of thousands).
 */
export async function regionOptions(db: Db, level: Level, limit: number): Promise<{ code: string; name: string }[]> {
  const col = levelColumn(level);
  return db
    .selectDistinct({ code: sql<string>`${col}`, name: sql<string>`coalesce(${regions.fullName}, ${col})` })
    .from(agencies)
    .leftJoin(regions, eq(regions.code, col))
    .where(and(isNotNull(col), hasCurrentReport(db)))
    .orderBy(sql`1`)
    .limit(limit);
}

export async function agencyOptions(db: Db, limit: number): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(hasCurrentReport(db))
    .orderBy(asc(agencies.name), asc(agencies.id))
    .limit(limit);
}
