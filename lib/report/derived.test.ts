import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  categoryParts,
  categorySubtotal,
  categorySubtotals,
  correctionRate,
  disclosureRate,
  formatRate,
  shares,
  sumKnown,
} from './derived';

test('withheld is the sum of its eight printed sub-rows', () => {
  const parts = categoryParts('withheld', false);
  assert.equal(parts.length, 8);
  const cells: Record<string, number> = {};
  parts.forEach((row, i) => (cells[`requests.${row}.total`] = i + 1)); // 1..8 → 36
  assert.equal(categorySubtotal(cells, 'withheld', 'total', false), 36);
});

test('a blank sub-row makes the subtotal unknown, not a smaller number', () => {
  const cells: Record<string, number | null> = {
    'requests.unavailable.notHeld.natural': 4,
    'requests.unavailable.needsCreation.natural': null,
    'requests.unavailable.unclear.natural': 1,
  };
  assert.equal(categorySubtotal(cells, 'unavailable', 'natural', false), null);
});

test('otherDisposal: printed one row wins, else the three sub-rows', () => {
  assert.deepEqual(categoryParts('otherDisposal', true), ['otherDisposal']);
  assert.equal(categoryParts('otherDisposal', false).length, 3);
  const oneRow = { 'requests.otherDisposal.total': 7 };
  assert.equal(categorySubtotal(oneRow, 'otherDisposal', 'total', true), 7);
  const threeRows = {
    'requests.otherDisposal.noCorrection.total': 2,
    'requests.otherDisposal.unpaidFee.total': 0,
    'requests.otherDisposal.other.total': 5,
  };
  assert.equal(categorySubtotal(threeRows, 'otherDisposal', 'total', false), 7);
});

test('granted has no sub-rows: its subtotal is the printed row', () => {
  const s = categorySubtotals({ 'requests.granted.total': 35, 'requests.partlyGranted.total': 18 }, 'total', false);
  assert.equal(s.granted, 35);
  assert.equal(s.partlyGranted, 18);
  assert.equal(s.withheld, null); // no cells given at all: unknown
});

test('公开率 = (予以公开 + 部分公开) / 总计', () => {
  assert.equal(disclosureRate(35, 18, 100), 0.53);
  assert.equal(disclosureRate(35, null, 100), null);
  assert.equal(disclosureRate(0, 0, 0), null); // no requests decided: no rate, not 0%
});

test('复议纠错率 = 纠正 / (总计 − 尚未审结)', () => {
  assert.equal(correctionRate(1, 5, 1), 0.25);
  assert.equal(correctionRate(0, 3, 3), null);
  assert.equal(correctionRate(1, null, 0), null);
});

test('shares split the known values and keep gaps', () => {
  assert.deepEqual(shares({ a: 1, b: 3, c: null }), { a: 0.25, b: 0.75, c: null });
  assert.deepEqual(shares({ a: 0, b: 0 }), { a: null, b: null });
});

test('sumKnown and formatRate', () => {
  assert.equal(sumKnown([1, 2, 3]), 6);
  assert.equal(sumKnown([1, undefined]), null);
  assert.equal(formatRate(0.5312), '53.1%');
  assert.equal(formatRate(null), '—');
});
