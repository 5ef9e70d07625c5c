import { customType, integer, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The original bytes of every ingested file, once per distinct content: what a re-parse
 * after a parser upgrade reads, and the proof of what the report printed.
 */
export const sourceFiles = pgTable('source_files', {
  sha256: varchar('sha256', { length: 64 }).primaryKey(),
  bytes: bytea('bytes').notNull(),
  size: integer('size').notNull(),
  /** Format the extractor detected from the content: text, html, pdf, docx. */
  format: text('format').notNull(),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
});
