import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import type { Agency, Check, ParseHints, Warning } from '../../report/record';
import { agencies } from './agencies';
import { sourceFiles } from './source-files';

/** A check as stored: `keys` is left out where it is the rule's own list (see lib/ingest/record-row.ts). */
export type StoredCheck = Omit<Check, 'keys'> & { keys?: string[] };

export const reportTemplate = pgEnum('report_template', ['2021', '2019']);

/**
 * current:      the version comparisons use (one per agency and year);
 * superseded:   an earlier version replaced by a corrected report, kept as history;
 * needs_review: agency or year unknown, kept but out of comparisons until resolved;
 * removed:      withdrawn by an administrator, kept as history.
 */
export const reportStatus = pgEnum('report_status', ['current', 'superseded', 'needs_review', 'removed']);

/** One parsed version of one report. Its printed cells live in `report_cells`. */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    agencyId: integer('agency_id').references(() => agencies.id),
    year: smallint('year'),
    template: reportTemplate('template').notNull(),
    /** A 2021 table printing （六）其他处理 as one row: decides which keys the record has. */
    otherDisposalOneRow: boolean('other_disposal_one_row').notNull(),
    status: reportStatus('status').notNull(),
    fileName: text('file_name').notNull(),
    sourceUrl: text('source_url'),
    sha256: varchar('sha256', { length: 64 })
      .notNull()
      .references(() => sourceFiles.sha256),
    parserVersion: text('parser_version').notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
    /** Key → printed text where it is not simply the number (`/`, `—`, `+26`, `251000元`). */
    raw: jsonb('raw').$type<Record<string, string>>().notNull(),
    /**
     * NULL when the checks are exactly what the rules give for the cells (the parser's own, so
     * nearly always): they are derived again on the way out. That was 86% of the json a report
     * row carried (3.0 of 3.5 kB). A list is kept only when it is not the rules' (key lists
     * compacted, see lib/ingest/record-row.ts).
     */
    checks: jsonb('checks').$type<StoredCheck[] | null>(),
    warnings: jsonb('warnings').$type<Warning[]>().notNull(),
    /** Agency as the parser or the manifest gave it, kept for needs-review reports with no agency row. */
    agencyNameSeen: text('agency_name_seen'),
    /** The record's agency exactly as parsed (name variant, regionName, level): the export gives it back. */
    agencySeen: jsonb('agency_seen').$type<Agency | null>(),
    /** What the caller supplied (manifest, admin form): the same bytes with the same hints is the same report. */
    hints: jsonb('hints').$type<ParseHints>().notNull().default({}),
    /**
     * Keys the template prints that the record lacks (a cell the parser could not read, e.g.
     * an unsplittable run of digits). NULL in report_cells cannot tell that from a printed blank.
     */
    absentCells: jsonb('absent_cells').$type<string[]>().notNull().default([]),
    failedChecks: smallint('failed_checks').notNull(),
    uncertainChecks: smallint('uncertain_checks').notNull(),
  },
  (t) => [
    // A corrected report supersedes the old one: at most one current version per agency and year.
    uniqueIndex('reports_current_idx')
      .on(t.agencyId, t.year)
      .where(sql`${t.status} = 'current'`),
    index('reports_sha_idx').on(t.sha256),
    // Covers everything a comparison reads from reports (scope filter, join keys, the template
    // columns of the （六） subtotal): an index-only scan instead of a bitmap heap scan, 14k of
    // 100k reports in 1.6-2.8 ms instead of 14-20 ms. drizzle has no INCLUDE: all are key columns.
    index('reports_scope_idx').on(t.year, t.status, t.agencyId, t.id, t.template, t.otherDisposalOneRow),
    index('reports_agency_idx').on(t.agencyId),
  ],
);
