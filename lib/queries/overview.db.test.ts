import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { reports } from '../db/schema';
import { openTestDb } from '../testing/test-db';
import { agencyDetail } from './agency';
import { agencyOptions, regionOptions, reportYears } from './options';
import { change, overview } from './overview';
import { carryOverMismatches, failingReports, reportsNeedingReview } from './quality';
import { seedComparison } from './test-fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof seedComparison>>;
before(async () => {
  h = await openTestDb();
  ids = await seedComparison(h.db);
});
after(() => h.close());

test('overview: figures per year and the change', async () => {
  const o = await overview(h.db);
  assert.deepEqual(o.trend[0], {
    year: 2023,
    reports: 1,
    bodies: 1,
    received: 10,
    disclosureRate: 0.6, // (4 + 2) / 10
    reviews: 3,
    suits: 2,
    correctionRate: 0.5, // 1 / (3 − 1)
  });
  // 2024: A1, 攀枝花 and A3 (its blank 总计 keeps it out of the disclosure rate).
  assert.deepEqual(o.latest, {
    year: 2024,
    reports: 3,
    bodies: 3,
    received: 25,
    disclosureRate: 0.75, // (10 + 5 + 3 + 0) / (19 + 5)
    reviews: 6,
    suits: 1,
    correctionRate: 2 / 6,
  });
  assert.equal(change(o, 'received'), 15);
  assert.equal(change(o, 'reports'), 2);
});

test('overview of an empty database is empty, not zeros', async () => {
  const empty = await openTestDb();
  const o = await overview(empty.db);
  assert.deepEqual(o, { trend: [], latest: null, previous: null });
  assert.equal(change(o, 'received'), null);
  await empty.close();
});

test('agency detail lists every version with its cells as stored', async () => {
  const d = await agencyDetail(h.db, ids.a3);
  assert.ok(d);
  assert.equal(d.agency.name, '江北区某局');
  assert.equal(d.agency.regionName, '重庆市江北区');
  assert.deepEqual(d.versions.map((v) => v.status), ['current', 'superseded']);
  assert.equal(d.versions[0].cells['requests.received.total'], null);
  assert.equal(d.versions[1].cells['requests.received.total'], 1000);
  assert.equal(await agencyDetail(h.db, 99999), null);
});

test('agency detail leaves out a cell the parser could not read, so the page shows ？ and not a blank', async () => {
  const [current] = (await agencyDetail(h.db, ids.a3))!.versions;
  const unread = 'requests.received.natural';
  await h.db.update(reports).set({ absentCells: [unread] }).where(eq(reports.id, current.id));
  try {
    const [again] = (await agencyDetail(h.db, ids.a3))!.versions;
    assert.equal(unread in again.cells, false);
    assert.equal(again.cells['requests.received.total'], null); // a printed blank stays a blank
  } finally {
    await h.db.update(reports).set({ absentCells: [] }).where(eq(reports.id, current.id));
  }
});

test('quality lists', async () => {
  const failing = await failingReports(h.db);
  assert.deepEqual(failing.map((f) => [f.id, f.rules]), [[ids.r2023, ['T3-1']]]);
  const review = await reportsNeedingReview(h.db);
  assert.equal(review.length, 1);
  const mismatches = await carryOverMismatches(h.db);
  assert.deepEqual(mismatches, [
    { agencyId: ids.a1, agency: '江北区政府', year: 2024, column: 'total', carriedOver: 2, previousCarriedForward: 3 },
  ]);
});

test('filter options', async () => {
  assert.deepEqual(await reportYears(h.db), [2023, 2024]);
  assert.equal((await regionOptions(h.db, 'city', 1)).length, 1);
  assert.deepEqual(await regionOptions(h.db, 'city', 10), [
    { code: '500000', name: '重庆市' },
    { code: '510400', name: '四川省攀枝花市' },
  ]);
  assert.deepEqual((await agencyOptions(h.db, 10)).map((a) => a.name).sort(), ['攀枝花市政府', '江北区政府', '江北区某局'].sort());
});
