import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../testing/test-db';
import { applicantsByRegion } from './applicants';
import { appealExprs, appealsByRegion } from './appeals';
import { combinedTotals } from './combined';
import { applicationsByRegionYear } from './applications';
import { reasonsByRegion } from './outcome-reasons';
import { outcomeExprs, outcomesByRegion } from './outcomes';
import type { Scope } from './scope';
import { seedComparison } from './test-fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof seedComparison>>;
before(async () => {
  h = await openTestDb();
  ids = await seedComparison(h.db);
});
after(() => h.close());

const scope = (s: Partial<Scope>): Scope => ({ level: 'city', regions: [], agencies: [], from: 2024, to: 2024, ...s });

test('applications by city and year: current reports only, gaps stay null', async () => {
  const data = await applicationsByRegionYear(h.db, scope({ from: 2022, to: 2024 }));
  assert.deepEqual(data.years, [2022, 2023, 2024]);
  assert.deepEqual(data.groups, [
    // 重庆's districts group under the municipality at city level. 2023: 10; 2024: 20 (A1) + blank (A3 current) — the superseded 1000 does not count.
    { key: '500000', name: '重庆市', values: [null, 10, 20], reports: [0, 1, 2] },
    { key: '510400', name: '四川省攀枝花市', values: [null, null, 5], reports: [0, 0, 1] },
  ]);
});

test('a group whose only report left the cell blank is a gap, not zero', async () => {
  const data = await applicationsByRegionYear(h.db, scope({ agencies: [ids.a3] }));
  assert.deepEqual(data.groups.map((g) => [g.name, g.values]), [['江北区某局', [null]]]);
});

test('province level and a region filter', async () => {
  const data = await applicationsByRegionYear(h.db, scope({ level: 'province', regions: ['510000'] }));
  assert.deepEqual(data.groups.map((g) => [g.key, g.name, g.values]), [['510000', '四川省', [5]]]);
});

test('outcome categories: derived subtotals, blank sub-rows make gaps, one-row （六） counts', async () => {
  const rows = await outcomesByRegion(h.db, scope({ from: 2023, to: 2024 }));
  const cq = rows.find((r) => r.key === '500000')!;
  // granted 4 + 10 + 7 (A3); partly 2 + 5; withheld 2023: 1, 2024: unknown → 1;
  // unavailable 2 + (3 + 0 + 1) = 6; notProcessed zeros; otherDisposal 1 + 0.
  assert.deepEqual(cq.values, { granted: 21, partlyGranted: 7, withheld: 1, unavailable: 6, notProcessed: 0, otherDisposal: 1 });
  assert.equal(cq.reports, 3);
  const pzh = rows.find((r) => r.key === '510400')!;
  assert.equal(pzh.values.otherDisposal, 2);
  assert.equal(pzh.values.granted, 3);
});

test('sub-reasons of one category', async () => {
  const rows = await reasonsByRegion(h.db, scope({}), 'unavailable');
  const cq = rows.find((r) => r.key === '500000')!;
  assert.deepEqual(cq.values, { 'unavailable.notHeld': 3, 'unavailable.needsCreation': 0, 'unavailable.unclear': 1 });
  const other = await reasonsByRegion(h.db, scope({}), 'otherDisposal');
  assert.equal(other.find((r) => r.key === '510400')!.values.otherDisposal, 2);
  // 2021 reports print three sub-rows, so their one-row column is blank: a gap for 重庆.
  assert.equal(other.find((r) => r.key === '500000')!.values.otherDisposal, null);
});

test('appeals by group and result', async () => {
  const rows = await appealsByRegion(h.db, scope({ level: 'province', from: 2023 }));
  const cq = rows.find((r) => r.key === '500000')!;
  assert.equal(cq.values['appeals.review.total'], 5); // 3 + 2 + 0 (A3)
  assert.equal(cq.values['appeals.review.corrected'], 3);
  assert.equal(cq.values['appeals.suitDirect.total'], 2);
  assert.equal(cq.values['appeals.suitAfterReview.other'], 1);
  assert.equal(rows.find((r) => r.key === '510000')!.values['appeals.review.upheld'], 4);
});

test('applicant types', async () => {
  const rows = await applicantsByRegion(h.db, scope({ level: 'county', from: 2023 }));
  assert.deepEqual(rows.map((r) => r.key), ['500105']); // 攀枝花市 has no county: not at this level
  assert.deepEqual(rows[0].values, { natural: 28, commercial: 2, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 });
});

test('one combined pass gives what the separate aggregates give', async () => {
  const s = scope({ level: 'province', from: 2023 });
  const both = await combinedTotals(h.db, s, { outcomes: outcomeExprs(), appeals: appealExprs() });
  assert.deepEqual(both.outcomes, await outcomesByRegion(h.db, s));
  assert.deepEqual(both.appeals, await appealsByRegion(h.db, s));
});
