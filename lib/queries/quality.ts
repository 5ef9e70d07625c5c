/**
 * What needs a reader's or an administrator's attention: current reports failing a rule,
 * reports held back for review, and X-1 mismatches (this year's 上年结转 against last year's
 * 结转下年度, same agency, per column; a warning, since bodies get re-organised).
 */
import { and, desc, eq, gt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { cachedByVersion } from './cached';
import { agencies, reportCells, reports } from '../db/schema';
import { REQUEST_COLUMNS, requestKey, type RequestColumn } from '../report/cells';
import { cell } from './scope';
import { recordCellsOfRow, recordChecks } from '../ingest/record-row';

/** Rows listed per list; one more is read to know whether the list goes on. */
export const LIST_LIMIT = 200;
const LIMIT = LIST_LIMIT + 1;

export async function failingReports(db: Db) {
  const rows = await db
    .select({
      id: reports.id,
      agencyId: reports.agencyId,
      agency: agencies.name,
      year: reports.year,
      failed: reports.failedChecks,
      // The checks are mostly not stored (derived from the cells): read what derives them.
      checks: reports.checks,
      absentCells: reports.absentCells,
      template: reports.template,
      oneRow: reports.otherDisposalOneRow,
      cells: reportCells,
    })
    .from(reports)
    .leftJoin(agencies, eq(agencies.id, reports.agencyId))
    .leftJoin(reportCells, eq(reportCells.reportId, reports.id))
    .where(and(eq(reports.status, 'current'), gt(reports.failedChecks, 0)))
    .orderBy(desc(reports.failedChecks), reports.id)
    .limit(LIMIT);
  return rows.map(({ checks, absentCells, template, oneRow, cells, ...r }) => {
    const all = recordChecks(checks, recordCellsOfRow({ template, otherDisposalOneRow: oneRow, absentCells }, cells ?? {}), oneRow);
    return { ...r, rules: [...new Set(all.filter((c) => c.status === 'fail').map((c) => c.id))] };
  });
}

export function reportsNeedingReview(db: Db) {
  return db
    .select({
      id: reports.id,
      fileName: reports.fileName,
      agencySeen: reports.agencyNameSeen,
      year: reports.year,
      warnings: reports.warnings,
    })
    .from(reports)
    .where(eq(reports.status, 'needs_review'))
    .orderBy(reports.id)
    .limit(LIMIT);
}

export interface CarryOverMismatch {
  agencyId: number;
  agency: string;
  year: number;
  column: RequestColumn;
  carriedOver: number;
  previousCarriedForward: number;
}

export async function carryOverMismatches(db: Db): Promise<CarryOverMismatch[]> {
  const prev = alias(reports, 'prev');
  const prevCells = alias(reportCells, 'prev_cells');
  const pairs = REQUEST_COLUMNS.map((c) => ({
    column: c.key,
    now: cell(requestKey('carriedOver', c.key)),
    before: cell(requestKey('carriedForward', c.key), prevCells),
  }));
  const fields = Object.fromEntries(pairs.flatMap((p, i) => [[`now${i}`, p.now], [`before${i}`, p.before]]));
  const rows = (await db
    .select({ agencyId: agencies.id, agency: agencies.name, year: sql<number>`${reports.year}::int`, ...fields })
    .from(reports)
    .innerJoin(reportCells, eq(reportCells.reportId, reports.id))
    .innerJoin(agencies, eq(agencies.id, reports.agencyId))
    .innerJoin(prev, and(eq(prev.agencyId, reports.agencyId), eq(prev.year, sql`${reports.year} - 1`), eq(prev.status, 'current')))
    .innerJoin(prevCells, eq(prevCells.reportId, prev.id))
    // `<>` is NULL when either side is blank: only known differences are listed.
    .where(and(eq(reports.status, 'current'), or(...pairs.map((p) => sql`${p.now} <> ${p.before}`))))
    .orderBy(agencies.name, reports.year)
    .limit(LIMIT)) as unknown as ({ agencyId: number; agency: string; year: number } & Record<string, number | null>)[];
  return rows.flatMap((r) =>
    pairs.flatMap((p, i) => {
      const now = r[`now${i}`];
      const before = r[`before${i}`];
      return now !== null && before !== null && now !== before
        ? [{ agencyId: r.agencyId, agency: r.agency, year: r.year, column: p.column, carriedOver: now, previousCarriedForward: before }]
        : [];
    }),
  );
}

/** The three lists, once per data version: the carry-over comparison joins every report to its previous year. */
export const qualityLists = (db: Db) =>
  cachedByVersion(db, 'quality', '', () => Promise.all([failingReports(db), reportsNeedingReview(db), carryOverMismatches(db)]));
