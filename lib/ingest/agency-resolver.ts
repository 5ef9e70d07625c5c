/**
 * Agency record → agencies.id, creating rows as needed. A body is its normalised name plus
 * its region; ids are cached so a batch of 500 reports costs at most two queries here.
 */
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { agencies } from '../db/schema';
import type { Agency } from '../report/record';
import { normalizeAgencyName } from './agency-name';
import { readRegionChains, type RegionChain } from './regions';

export class AgencyResolver {
  private readonly ids = new Map<string, number>();

  private constructor(private readonly chains: Map<string, RegionChain>) {}

  static async open(db: Db): Promise<AgencyResolver> {
    return new AgencyResolver(await readRegionChains(db));
  }

  /**
   * Ids for each agency (null for none). New ids go into `pending`, not the cache: the
   * caller's transaction may still roll back.
   */
  async resolve(db: Db, list: readonly (Agency | null)[], pending: Map<string, number>): Promise<(number | null)[]> {
    const keyed = list.map((a) => (a ? this.identify(a) : null));
    const missing = new Map<string, ReturnType<AgencyResolver['identify']>>();
    for (const k of keyed) if (k && !this.ids.has(k.key) && !pending.has(k.key)) missing.set(k.key, k);
    if (missing.size > 0) {
      const wanted = [...missing.values()];
      await db
        .insert(agencies)
        .values(wanted.map(({ key: _key, ...row }) => row))
        .onConflictDoNothing();
      const rows = await db
        .select({ id: agencies.id, normalizedName: agencies.normalizedName, regionCode: agencies.regionCode })
        .from(agencies)
        .where(inArray(agencies.normalizedName, [...new Set(wanted.map((w) => w.normalizedName))]));
      for (const r of rows) {
        const key = `${r.normalizedName}|${r.regionCode ?? ''}`;
        if (missing.has(key)) pending.set(key, r.id);
      }
    }
    return keyed.map((k) => (k ? (this.ids.get(k.key) ?? pending.get(k.key) ?? null) : null));
  }

  remember(committed: Map<string, number>): void {
    for (const [k, v] of committed) this.ids.set(k, v);
  }

  private identify(agency: Agency) {
    const normalizedName = normalizeAgencyName(agency.name);
    // A code missing from the division table (abolished, mistyped) cannot be a foreign key;
    // the record still keeps it, the agency row goes without.
    const chain = agency.regionCode ? this.chains.get(agency.regionCode) : undefined;
    const regionCode = chain ? agency.regionCode : null;
    return {
      key: `${normalizedName}|${regionCode ?? ''}`,
      name: agency.name,
      normalizedName,
      level: agency.level,
      regionCode,
      provinceCode: chain?.provinceCode ?? null,
      cityCode: chain?.cityCode ?? null,
      countyCode: chain?.countyCode ?? null,
    };
  }
}
