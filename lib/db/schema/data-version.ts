import { bigint, pgTable, smallint } from 'drizzle-orm/pg-core';

/**
 * One row whose `version` goes up in the same transaction as every write to the stored
 * reports (ingest, admin save / remove / re-parse, region load): the cheap question "has
 * anything changed?" that lets a server process cache query results, also when another
 * process (the ingest CLI on PostgreSQL) did the writing. No row yet reads as version 0.
 */
export const dataVersion = pgTable('data_version', {
  id: smallint('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});
