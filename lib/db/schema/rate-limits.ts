import { bigint, doublePrecision, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Token buckets of the admin rate limits (lib/admin/rate-limit.ts), one row per limit and
 * client address. In the database, not in a server process's memory, because on PostgreSQL
 * the app runs one server process per core (and may run on several machines): every process
 * must spend from the same bucket. Rows of full buckets carry no information and are pruned.
 */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  /** `<limit>:<address>`, e.g. `loginPerAddress:198.51.100.23`. */
  key: text('key').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  /** Epoch milliseconds of the last refill. */
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});
