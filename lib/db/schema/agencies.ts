import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, serial, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { AGENCY_LEVELS } from '../../report/record';
import { regions } from './regions';

export const agencyLevel = pgEnum('agency_level', AGENCY_LEVELS);

/**
 * A reporting body. The division codes of every level it sits under are stored with it,
 * so comparisons group by province, city or county without walking the region tree.
 */
export const agencies = pgTable(
  'agencies',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** Name folded for matching (simplified, half-width, no spaces): one body, one row. */
    normalizedName: text('normalized_name').notNull(),
    level: agencyLevel('level').notNull(),
    regionCode: varchar('region_code', { length: 6 }).references(() => regions.code),
    provinceCode: varchar('province_code', { length: 6 }),
    cityCode: varchar('city_code', { length: 6 }),
    countyCode: varchar('county_code', { length: 6 }),
  },
  (t) => [
    // The same name in two regions is two bodies (两个江北区人民政府办公室).
    uniqueIndex('agencies_identity_idx').on(t.normalizedName, sql`coalesce(${t.regionCode}, '')`),
    index('agencies_province_idx').on(t.provinceCode),
    index('agencies_city_idx').on(t.cityCode),
    index('agencies_county_idx').on(t.countyCode),
  ],
);
