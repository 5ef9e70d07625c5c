/** What the filters can offer: years with current reports, divisions and agencies that have them. */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
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

export async function regionOptions(db: Db, level: Level): Promise<{ code: string; name: string }[]> {
  const col = levelColumn(level);
  return db
    .selectDistinct({ code: sql<string>`${col}`, name: sql<string>`coalesce(${regions.fullName}, ${col})` })
    .from(reports)
    .innerJoin(agencies, eq(agencies.id, reports.agencyId))
    .leftJoin(regions, eq(regions.code, col))
    .where(and(eq(reports.status, 'current'), isNotNull(col)))
    .orderBy(sql`1`);
}

export async function agencyOptions(db: Db): Promise<{ id: number; name: string }[]> {
  return db
    .selectDistinct({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .innerJoin(reports, eq(reports.agencyId, agencies.id))
    .where(eq(reports.status, 'current'))
    .orderBy(asc(agencies.name), asc(agencies.id));
}
