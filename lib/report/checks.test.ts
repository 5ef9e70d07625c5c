/**
 * The consistency rules on hand-made cell maps.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCells, ruleDefs } from './checks';

test('one check per column (T3-1, T3-2), per row (T3-3) and per appeal group (T4)', () => {
  assert.equal(ruleDefs(false).length, 7 + 7 + 25 + 3);
  assert.equal(ruleDefs(true).length, 7 + 7 + 23 + 3);
});

test('pass, fail and uncertain (a blank input), with the keys read and both sides', () => {
  const cells: Record<string, number | null> = {
    'requests.received.natural': 5,
    'requests.carriedOver.natural': 1,
    'requests.total.natural': 4,
    'requests.carriedForward.natural': 2,
    'requests.received.commercial': 3,
    'requests.carriedOver.commercial': 0,
    'requests.total.commercial': 2,
    'requests.carriedForward.commercial': 0,
    'requests.received.research': null,
    'requests.carriedOver.research': 0,
    'requests.total.research': 0,
    'requests.carriedForward.research': 0,
    'appeals.review.upheld': 1,
    'appeals.review.corrected': 1,
    'appeals.review.other': 0,
    'appeals.review.pending': 1,
    'appeals.review.total': 3,
  };
  const checks = checkCells(cells, false);
  const find = (id: string, scope: string) => checks.find((c) => c.id === id && c.scope === scope);

  assert.deepEqual(find('T3-1', 'natural'), {
    id: 'T3-1',
    scope: 'natural',
    status: 'pass',
    keys: ['requests.received.natural', 'requests.carriedOver.natural', 'requests.total.natural', 'requests.carriedForward.natural'],
    lhs: 6,
    rhs: 6,
  });
  assert.equal(find('T3-1', 'commercial')?.status, 'fail');
  assert.equal(find('T3-1', 'commercial')?.lhs, 3);
  assert.equal(find('T3-1', 'commercial')?.rhs, 2);
  const research = find('T3-1', 'research');
  assert.equal(research?.status, 'uncertain');
  assert.equal(research?.lhs, null);
  assert.equal(research?.rhs, 0);
  assert.equal(find('T4-1', 'review')?.status, 'pass');
  // Cells the table does not have at all leave the rule uncertain too.
  assert.equal(find('T4-2', 'suitDirect')?.status, 'uncertain');
});

test('T3-2 sums the printed sub-rows: category subtotals are derived, never read', () => {
  const t32 = ruleDefs(false).find((d) => d.id === 'T3-2' && d.scope === 'total');
  assert.ok(t32?.rhs.includes('requests.withheld.stateSecret.total'));
  assert.ok(t32?.rhs.includes('requests.otherDisposal.noCorrection.total'));
  assert.ok(!t32?.rhs.includes('requests.otherDisposal.total'));
  const oneRow = ruleDefs(true).find((d) => d.id === 'T3-2' && d.scope === 'total');
  assert.ok(oneRow?.rhs.includes('requests.otherDisposal.total'));
  assert.equal(oneRow?.rhs.length, 2 + 8 + 3 + 5 + 1);
});
