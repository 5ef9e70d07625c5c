/** One agency over all its years: every stored version with its cells as printed. */
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { agencies, regions, reportCells, reports } from '../db/schema';
import { recordCellsOfRow, recordChecks } from '../ingest/record-row';

export async function agencyDetail(db: Db, id: number) {
  const [agency] = await db
    .select({
      id: agencies.id,
      name: agencies.name,
      level: agencies.level,
      regionCode: agencies.regionCode,
      regionName: regions.fullName,
    })
    .from(agencies)
    .leftJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(agencies.id, id));
  if (!agency) return null;
  const rows = await db
    .select({ report: reports, cells: reportCells })
    .from(reports)
    .leftJoin(reportCells, eq(reportCells.reportId, reports.id))
    .where(eq(reports.agencyId, id))
    .orderBy(desc(reports.year), asc(reports.status), desc(reports.ingestedAt));
  const versions = rows.map(({ report, cells }) => {
    // A cell the parser could not read is NULL like a printed blank: it is left out, as the record does.
    const values = recordCellsOfRow(report, cells ?? {});
    return { ...report, checks: recordChecks(report.checks, values, report.otherDisposalOneRow), cells: values };
  });
  return { agency, versions };
}

export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof agencyDetail>>>;
export type ReportVersion = AgencyDetail['versions'][number];
