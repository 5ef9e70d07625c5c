/**
 * The overview: headline figures per year over every current report, and the latest year
 * against the year before. Rates sum their inputs over the reports that printed all of them,
 * so a blank in one report does not tilt the rate (definitions in derived.ts).
 */
import { countDistinct, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reportCells, reports } from '../db/schema';
import { appealKey, requestKey } from '../report/cells';
import { correctionRate, disclosureRate } from '../report/derived';
import { cell, rowSum, total } from './scope';

export interface YearFigures {
  year: number;
  reports: number;
  bodies: number;
  received: number | null;
  disclosureRate: number | null;
  reviews: number | null;
  suits: number | null;
  correctionRate: number | null;
}

export type FigureKey = Exclude<keyof YearFigures, 'year'>;

export interface Overview {
  trend: YearFigures[];
  latest: YearFigures | null;
  previous: YearFigures | null;
}

/** Sum of `value` over the reports where every one of `inputs` is printed. */
const completeSum = (value: SQL, inputs: SQL) => sql<number | null>`(sum(${value}) filter (where ${inputs} is not null))::float8`;

export async function overview(db: Db): Promise<Overview> {
  const disclosureInputs = rowSum([
    requestKey('granted', 'total'),
    requestKey('partlyGranted', 'total'),
    requestKey('total', 'total'),
  ]);
  const reviewInputs = rowSum([appealKey('review', 'corrected'), appealKey('review', 'total'), appealKey('review', 'pending')]);
  const complete = (key: string, inputs: SQL) => completeSum(sql`${cell(key)}`, inputs);
  const rows = await db
    .select({
      year: sql<number>`${reports.year}::int`,
      reports: sql<number>`count(*)::int`,
      bodies: countDistinct(reports.agencyId),
      received: total(cell(requestKey('received', 'total'))),
      granted: complete(requestKey('granted', 'total'), disclosureInputs),
      partlyGranted: complete(requestKey('partlyGranted', 'total'), disclosureInputs),
      decided: complete(requestKey('total', 'total'), disclosureInputs),
      reviews: total(cell(appealKey('review', 'total'))),
      suitDirect: total(cell(appealKey('suitDirect', 'total'))),
      suitAfterReview: total(cell(appealKey('suitAfterReview', 'total'))),
      corrected: complete(appealKey('review', 'corrected'), reviewInputs),
      reviewTotal: complete(appealKey('review', 'total'), reviewInputs),
      reviewPending: complete(appealKey('review', 'pending'), reviewInputs),
    })
    .from(reports)
    .innerJoin(reportCells, eq(reportCells.reportId, reports.id))
    .where(sql`${reports.status} = 'current' and ${reports.year} is not null`)
    .groupBy(reports.year)
    .orderBy(reports.year);

  const byYear = new Map(rows.map((r) => [r.year, r]));
  const years = rows.length ? rows.map((r) => r.year) : [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Gap-fill: a year with no current report is a gap in the trend, not a year of zeros.
  const trend: YearFigures[] = years.length
    ? Array.from({ length: last - first + 1 }, (_, i) => {
        const year = first + i;
        const r = byYear.get(year);
        if (!r) return { year, reports: 0, bodies: 0, received: null, disclosureRate: null, reviews: null, suits: null, correctionRate: null };
        return {
          year,
          reports: r.reports,
          bodies: r.bodies,
          received: r.received,
          disclosureRate: disclosureRate(r.granted, r.partlyGranted, r.decided),
          reviews: r.reviews,
          suits: r.suitDirect === null && r.suitAfterReview === null ? null : (r.suitDirect ?? 0) + (r.suitAfterReview ?? 0),
          correctionRate: correctionRate(r.corrected, r.reviewTotal, r.reviewPending),
        };
      })
    : [];
  return { trend, latest: trend.at(-1) ?? null, previous: trend.at(-2) ?? null };
}

/** Latest minus previous; null when either side is a gap. */
export function change(o: Overview, key: FigureKey): number | null {
  const a = o.latest?.[key];
  const b = o.previous?.[key];
  return a === null || a === undefined || b === null || b === undefined ? null : a - b;
}
