/**
 * The GB/T 2260 divisions in the database, and the province/city/county chain of a code:
 * agencies carry all three so comparisons group by any level without walking the tree.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bumpDataVersion } from '../db/data-version';
import { regions } from '../db/schema';
import { allRegions } from '../regions';

export type RegionRow = typeof regions.$inferSelect;

export interface RegionChain {
  provinceCode: string | null;
  cityCode: string | null;
  countyCode: string | null;
}

/** Loads every division when the table is empty; returns how many were inserted. */
export async function loadRegionsIfEmpty(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
  if (n > 0) return 0;
  const rows: RegionRow[] = allRegions().map((r) => ({
    code: r.code,
    name: r.name,
    fullName: r.fullName,
    level: r.level,
    parentCode: r.parentCode,
  }));
  await db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    for (let i = 0; i < rows.length; i += 1000) {
      await txDb.insert(regions).values(rows.slice(i, i + 1000)).onConflictDoNothing();
    }
    await bumpDataVersion(txDb); // division names appear in every comparison
  });
  return rows.length;
}

/** Region code → its chain up to the province, from the rows of the regions table. */
export function regionChains(rows: readonly Pick<RegionRow, 'code' | 'level' | 'parentCode'>[]): Map<string, RegionChain> {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const chains = new Map<string, RegionChain>();
  for (const start of rows) {
    const chain: RegionChain = { provinceCode: null, cityCode: null, countyCode: null };
    // Walk up; the guard stops a malformed cycle instead of hanging.
    for (let r = byCode.get(start.code), hops = 0; r && hops < 4; r = r.parentCode ? byCode.get(r.parentCode) : undefined, hops++) {
      chain[`${r.level}Code`] = r.code;
    }
    chains.set(start.code, chain);
  }
  return chains;
}

export async function readRegionChains(db: Db): Promise<Map<string, RegionChain>> {
  const rows = await db.select({ code: regions.code, level: regions.level, parentCode: regions.parentCode }).from(regions);
  return regionChains(rows);
}
