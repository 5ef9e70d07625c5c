/**
 * Hand-made rows for the query tests: regions, agencies and reports whose every sum the
 * tests compute by hand. Cells not given are printed zeros of the template, so a test
 * states only the numbers it reasons about.
 */
import type { Db } from '../db/client';
import { agencies, regions, reportCells, reports, sourceFiles } from '../db/schema';
import { templateCells, type Template } from '../report/cells';
import type { Check } from '../report/record';

export async function insertRegions(db: Db) {
  await db.insert(regions).values([
    { code: '500000', name: '重庆市', fullName: '重庆市', level: 'province' },
    { code: '500105', name: '江北区', fullName: '重庆市江北区', level: 'county', parentCode: '500000' },
    { code: '510000', name: '四川省', fullName: '四川省', level: 'province' },
    { code: '510400', name: '攀枝花市', fullName: '四川省攀枝花市', level: 'city', parentCode: '510000' },
  ]);
}

export async function insertAgency(db: Db, name: string, codes: { province: string; city: string | null; county: string | null }) {
  const [row] = await db
    .insert(agencies)
    .values({
      name,
      normalizedName: name,
      level: codes.county ? 'county' : codes.city ? 'city' : 'province',
      regionCode: codes.county ?? codes.city ?? codes.province,
      provinceCode: codes.province,
      cityCode: codes.city,
      countyCode: codes.county,
    })
    .returning({ id: agencies.id });
  return row.id;
}

let fileCount = 0;

export interface FixtureReport {
  agencyId: number | null;
  year: number;
  status?: 'current' | 'superseded' | 'needs_review' | 'removed';
  template?: Template;
  otherDisposalOneRow?: boolean;
  cells?: Record<string, number | null>;
  checks?: Check[];
}

export async function insertReport(db: Db, r: FixtureReport): Promise<number> {
  const template = r.template ?? '2021';
  const oneRow = r.otherDisposalOneRow ?? template === '2019';
  const sha256 = String(++fileCount).padStart(64, '0');
  await db.insert(sourceFiles).values({ sha256, bytes: new Uint8Array([fileCount]), size: 1, format: 'text' }).onConflictDoNothing();
  const checks = r.checks ?? [];
  const [row] = await db
    .insert(reports)
    .values({
      agencyId: r.agencyId,
      year: r.year,
      template,
      otherDisposalOneRow: oneRow,
      status: r.status ?? 'current',
      fileName: `fixture-${fileCount}.txt`,
      sha256,
      parserVersion: 'test',
      raw: {},
      checks,
      warnings: [],
      failedChecks: checks.filter((c) => c.status === 'fail').length,
      uncertainChecks: checks.filter((c) => c.status === 'uncertain').length,
    })
    .returning({ id: reports.id });
  const zeros = Object.fromEntries(templateCells(template, oneRow).map((d) => [d.key, 0]));
  await db.insert(reportCells).values({ reportId: row.id, ...zeros, ...r.cells } as typeof reportCells.$inferInsert);
  return row.id;
}

/**
 * The comparison fixture (sums worked out in the tests):
 *  A1 江北区政府 (重庆 / — / 江北区): 2023 and 2024 current
 *  A2 攀枝花市政府 (四川 / 攀枝花市): 2024 current, 2019 template (（六） one row)
 *  A3 江北区某局 (重庆 / — / 江北区): 2024 superseded (must not count), 2024 current with blanks
 */
export async function seedComparison(db: Db) {
  await insertRegions(db);
  // A district of a municipality: no city-level division, as in GB/T 2260.
  const jiangbei = { province: '500000', city: null, county: '500105' };
  const a1 = await insertAgency(db, '江北区政府', jiangbei);
  const a2 = await insertAgency(db, '攀枝花市政府', { province: '510000', city: '510400', county: null });
  const a3 = await insertAgency(db, '江北区某局', jiangbei);
  const r2023 = await insertReport(db, {
    agencyId: a1,
    year: 2023,
    cells: {
      'requests.received.natural': 8,
      'requests.received.commercial': 2,
      'requests.received.total': 10,
      'requests.granted.total': 4,
      'requests.partlyGranted.total': 2,
      'requests.withheld.stateSecret.total': 1,
      'requests.unavailable.notHeld.total': 2,
      'requests.otherDisposal.noCorrection.total': 1,
      'requests.total.total': 10,
      'requests.carriedForward.total': 3,
      'requests.carriedForward.natural': 3,
      'appeals.review.upheld': 1,
      'appeals.review.corrected': 1,
      'appeals.review.pending': 1,
      'appeals.review.total': 3,
      'appeals.suitDirect.upheld': 2,
      'appeals.suitDirect.total': 2,
    },
    checks: [{ id: 'T3-1', scope: 'total', status: 'fail', keys: ['requests.received.total'], lhs: 13, rhs: 12 }],
  });
  const withheldBlank = Object.fromEntries(
    ['stateSecret', 'lawProhibited', 'threeSafeties', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'queryMatter'].map(
      (r) => [`requests.withheld.${r}.total`, null],
    ),
  );
  const r2024 = await insertReport(db, {
    agencyId: a1,
    year: 2024,
    cells: {
      'requests.received.natural': 20,
      'requests.received.total': 20,
      'requests.carriedOver.natural': 3,
      'requests.carriedOver.total': 2, // last year carried forward 3: an X-1 mismatch in 总计 only
      'requests.granted.total': 10,
      'requests.partlyGranted.total': 5,
      ...withheldBlank,
      'requests.unavailable.notHeld.total': 3,
      'requests.unavailable.unclear.total': 1,
      'requests.total.total': 19,
      'appeals.review.corrected': 2,
      'appeals.review.total': 2,
      'appeals.suitAfterReview.other': 1,
      'appeals.suitAfterReview.total': 1,
    },
  });
  const pzh = await insertReport(db, {
    agencyId: a2,
    year: 2024,
    template: '2019',
    cells: {
      'requests.received.legalService': 5,
      'requests.received.total': 5,
      'requests.granted.total': 3,
      'requests.otherDisposal.total': 2,
      'requests.total.total': 5,
      'appeals.review.upheld': 4,
      'appeals.review.total': 4,
    },
  });
  await insertReport(db, { agencyId: a3, year: 2024, status: 'superseded', cells: { 'requests.received.total': 1000 } });
  const blank = await insertReport(db, {
    agencyId: a3,
    year: 2024,
    cells: { 'requests.received.total': null, 'requests.granted.total': 7, 'requests.total.total': null },
  });
  await insertReport(db, { agencyId: null, year: 2024, status: 'needs_review', cells: { 'requests.received.total': 500 } });
  return { a1, a2, a3, r2023, r2024, pzh, blank };
}
