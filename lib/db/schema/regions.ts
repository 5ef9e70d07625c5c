import { index, pgEnum, pgTable, text, varchar } from 'drizzle-orm/pg-core';

export const regionLevel = pgEnum('region_level', ['province', 'city', 'county']);

/** GB/T 2260 divisions down to county level, loaded from the dataset the parser resolves against. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 6 }).primaryKey(),
    name: text('name').notNull(),
    /** e.g. 重庆市江北区: what a reader needs to tell two 江北区 apart. */
    fullName: text('full_name').notNull(),
    level: regionLevel('level').notNull(),
    parentCode: varchar('parent_code', { length: 6 }),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_level_idx').on(t.level)],
);
