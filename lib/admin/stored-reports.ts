/**
 * Administering stored reports: re-parse them after a parser upgrade, and remove one.
 *
 * Re-parse reads each live report's original bytes (current and needs_review; superseded
 * and removed are history and stay as they were), parses them again with the hints they
 * were stored with, and compares the new record with the stored one. Only a changed record
 * is written, through the ingest store (so versioning is the ingest's): it becomes the new
 * version and the old one is superseded. Unchanged reports are not touched.
 */
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bumpDataVersion } from '../db/data-version';
import { agencies, reportCells, reports, sourceFiles } from '../db/schema';
import { rowsToRecord } from '../ingest/record-row';
import { storedRecord } from '../ingest/stored-record';
import { ReportStore, type IngestItem, type StoreOutcome } from '../ingest/store';
import type { ParsedReport } from '../report/record';
import { PARSER_VERSION } from '../report/version';
import { parseOrFailure, type Parse } from './upload';

export interface ReparseSummary {
  checked: number;
  unchanged: number;
  /** New versions written (the record changed). */
  changed: number;
  outcomes: Partial<Record<StoreOutcome, number>>;
  failed: { id: number; file: string; reason: string }[];
}

/** Field order differs between a fresh parse and one rebuilt from rows only where jsonb reorders: compare canonically. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

export function sameRecord(a: ParsedReport, b: ParsedReport): boolean {
  return canonical({ ...a, file: null }) === canonical({ ...b, file: null });
}

const BATCH = 200;

export async function reparseStored(db: Db, parse: Parse): Promise<ReparseSummary> {
  const summary: ReparseSummary = { checked: 0, unchanged: 0, changed: 0, outcomes: {}, failed: [] };
  // Versions written by this run get higher ids: stop at the last id that existed before it.
  const [{ maxId }] = await db.select({ maxId: sql<number>`coalesce(max(${reports.id}), 0)::int` }).from(reports);
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select({ report: reports, cells: reportCells, bytes: sourceFiles.bytes })
      .from(reports)
      .innerJoin(reportCells, eq(reportCells.reportId, reports.id))
      .innerJoin(sourceFiles, eq(sourceFiles.sha256, reports.sha256))
      .where(and(inArray(reports.status, ['current', 'needs_review']), gt(reports.id, afterId), lte(reports.id, maxId)))
      .orderBy(asc(reports.id))
      .limit(BATCH);
    if (rows.length === 0) return summary;
    afterId = rows[rows.length - 1].report.id;

    const items: IngestItem[] = [];
    const replaced: number[] = [];
    for (const { report, cells, bytes } of rows) {
      summary.checked++;
      const { parsed, format, error } = await parseOrFailure(parse, report.fileName, bytes, report.hints);
      if (!parsed) {
        summary.failed.push({ id: report.id, file: report.fileName, reason: error });
        continue;
      }
      if (sameRecord(parsed, rowsToRecord(report, cells))) {
        summary.unchanged++;
        continue;
      }
      replaced.push(report.id);
      items.push({ path: report.fileName, sha256: report.sha256, bytes, format, hints: report.hints, sourceUrl: report.sourceUrl, stored: storedRecord(parsed) });
    }
    if (items.length === 0) continue;
    await db.transaction(async (tx) => {
      const txDb = tx as unknown as Db;
      const outcomes = await (await ReportStore.open(txDb)).storeBatch(items);
      // The store calls a file it has seen under this PARSER_VERSION unchanged and writes
      // nothing: then the old row must stay live, and the version was not bumped.
      const written = replaced.filter((_, k) => outcomes[k] !== 'unchanged');
      outcomes.forEach((o, k) => {
        if (o === 'unchanged') {
          summary.failed.push({ id: replaced[k], file: items[k].path, reason: `the result changed but PARSER_VERSION (${PARSER_VERSION}) did not: not stored` });
          return;
        }
        summary.changed++;
        summary.outcomes[o] = (summary.outcomes[o] ?? 0) + 1;
      });
      // The store bumped the data version in this transaction when it wrote: that covers
      // the update below too, which becomes visible in the same commit.
      // A re-parse that moved the report to another body or year (or left it in review)
      // leaves the old row live in its old slot; it is an old version of this file all the same.
      if (written.length > 0) {
        await txDb
          .update(reports)
          .set({ status: 'superseded' })
          .where(and(inArray(reports.id, written), inArray(reports.status, ['current', 'needs_review'])));
      }
    });
  }
}

/**
 * Takes a report out of comparisons and exports; its row, cells and bytes stay as history.
 * No other version is promoted in its place: the administrator decides what is current.
 * Returns false when there is no such report or it was already removed.
 */
export async function removeReport(db: Db, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const updated = await txDb
      .update(reports)
      .set({ status: 'removed' })
      .where(and(eq(reports.id, id), sql`${reports.status} <> 'removed'`))
      .returning({ id: reports.id });
    if (updated.length === 1) await bumpDataVersion(txDb);
    return updated.length === 1;
  });
}

export interface StoredReportRow {
  id: number;
  fileName: string;
  agency: string | null;
  year: number | null;
  status: (typeof reports.$inferSelect)['status'];
  parserVersion: string;
  ingestedAt: Date;
  failedChecks: number;
}

/** Most recent first, for the admin list. */
export async function listStoredReports(db: Db, limit = 200, offset = 0): Promise<StoredReportRow[]> {
  return db
    .select({
      id: reports.id,
      fileName: reports.fileName,
      agency: sql<string | null>`coalesce(${agencies.name}, ${reports.agencyNameSeen})`,
      year: reports.year,
      status: reports.status,
      parserVersion: reports.parserVersion,
      ingestedAt: reports.ingestedAt,
      failedChecks: reports.failedChecks,
    })
    .from(reports)
    .leftJoin(agencies, eq(agencies.id, reports.agencyId))
    .orderBy(sql`${reports.id} desc`)
    .limit(limit)
    .offset(offset);
}
