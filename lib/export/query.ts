/**
 * Reads stored reports for export in id order, a batch at a time (keyset pagination: the
 * same on PGlite and PostgreSQL, constant memory however many reports there are).
 */
import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { agencies, reportCells, reports } from '../db/schema';
import { regionCodeSchema } from '../report/record';
import { rowsToRecord } from '../ingest/record-row';
import type { ParsedReport } from '../report/record';

export const exportFilterSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Any level: a province, city or county code, or the agency's own region. */
  region: regionCodeSchema.optional(),
  agency: z.coerce.number().int().positive().optional(),
});
export type ExportFilter = z.infer<typeof exportFilterSchema>;

export interface ExportedReport {
  record: ParsedReport;
  agencyId: number | null;
  /** The agencies row's name and region (the canonical body), null for a report with no agency. */
  agencyName: string | null;
  regionCode: string | null;
}

const BATCH = 500;

function conditions(filter: ExportFilter, includeReview: boolean): SQL[] {
  const where: SQL[] = [inArray(reports.status, includeReview ? ['current', 'needs_review'] : ['current'])];
  if (filter.year !== undefined) where.push(eq(reports.year, filter.year));
  if (filter.agency !== undefined) where.push(eq(reports.agencyId, filter.agency));
  if (filter.region !== undefined) {
    const code = filter.region;
    where.push(
      or(eq(agencies.regionCode, code), eq(agencies.provinceCode, code), eq(agencies.cityCode, code), eq(agencies.countyCode, code))!,
    );
  }
  return where;
}

export async function* exportedReports(db: Db, filter: ExportFilter, includeReview: boolean): AsyncGenerator<ExportedReport> {
  let after = 0;
  const where = conditions(filter, includeReview);
  for (;;) {
    const rows = await db
      .select({ report: reports, cells: reportCells, agencyName: agencies.name, regionCode: agencies.regionCode })
      .from(reports)
      .innerJoin(reportCells, eq(reportCells.reportId, reports.id))
      .leftJoin(agencies, eq(agencies.id, reports.agencyId))
      .where(and(gt(reports.id, after), ...where))
      .orderBy(asc(reports.id))
      .limit(BATCH);
    for (const r of rows) {
      yield {
        record: rowsToRecord(r.report, r.cells),
        agencyId: r.report.agencyId,
        agencyName: r.agencyName,
        regionCode: r.regionCode,
      };
    }
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].report.id;
  }
}
