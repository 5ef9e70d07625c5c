import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPEAL_GROUPS, APPEAL_ITEMS, APPLICANT_COLUMNS, REQUEST_COLUMNS, appealKey, outcomeRows, requestKey } from '../report/cells';
import { createRng } from '../report/render';
import { regionByCode } from '../regions';
import { synthAgencies } from './agencies';
import { synthCorpus } from './corpus';
import { yearNumbers, type Cells } from './numbers';

const v = (cells: Cells, key: string) => cells[key] ?? 0;

function assertRulesHold(cells: Cells, oneRow: boolean): void {
  for (const col of REQUEST_COLUMNS) {
    const k = (row: string) => v(cells, requestKey(row, col.key));
    assert.equal(k('received') + k('carriedOver'), k('total') + k('carriedForward'), `T3-1 ${col.key}`);
    assert.equal(outcomeRows(oneRow).reduce((s, r) => s + k(r.key), 0), k('total'), `T3-2 ${col.key}`);
  }
  for (const row of ['received', 'granted', 'total', 'carriedForward']) {
    const sum = APPLICANT_COLUMNS.reduce((s, c) => s + v(cells, requestKey(row, c.key)), 0);
    assert.equal(sum, v(cells, requestKey(row, 'total')), `T3-3 ${row}`);
  }
  for (const g of APPEAL_GROUPS) {
    const parts = APPEAL_ITEMS.filter((i) => i.key !== 'total').reduce((s, i) => s + v(cells, appealKey(g.key, i.key)), 0);
    assert.equal(parts, v(cells, appealKey(g.key, 'total')), `T4 ${g.key}`);
  }
  assert.ok(Object.values(cells).every((n) => n === null || Number.isFinite(n)));
}

test('numbers obey the exact rules and carry 结转 from one year to the next (X-1)', () => {
  const rng = createRng(42);
  for (const [template, oneRow] of [['2019', true], ['2021', false], ['2021', true]] as const) {
    let previous = null;
    for (let year = 0; year < 4; year++) {
      const numbers = yearNumbers(rng, template, oneRow, 50, previous?.carriedForward ?? null);
      assertRulesHold(numbers.cells, oneRow);
      if (previous) {
        for (const c of APPLICANT_COLUMNS) {
          assert.equal(numbers.cells[requestKey('carriedOver', c.key)], previous.carriedForward[c.key as keyof typeof previous.carriedForward]);
        }
      }
      previous = numbers;
    }
  }
});

test('bodies sit in real regions at every level', () => {
  const agencies = synthAgencies(createRng(3), 400);
  const levels = new Set(agencies.map((a) => a.level));
  assert.deepEqual([...levels].sort(), ['city', 'county', 'province', 'township']);
  for (const a of agencies) assert.ok(regionByCode(a.regionCode), `${a.name}: ${a.regionCode} is a real division`);
  assert.equal(new Set(agencies.map((a) => a.name)).size, agencies.length);
  assert.ok(agencies.some((a) => /街道办事处$|镇人民政府$|乡人民政府$/.test(a.name)));
  assert.ok(agencies.some((a) => /教育委员会$|局$/.test(a.name)));
});

test('the corpus is reproducible from its seed and spans the years and templates', async () => {
  const run = async () => {
    const out = [];
    for await (const r of synthCorpus({ count: 40, seed: 9, binaryShare: 0 })) out.push(r);
    return out;
  };
  const [a, b] = [await run(), await run()];
  assert.equal(a.length, 40);
  assert.deepEqual(
    a.map((r) => Buffer.from(r.rendered.bytes).toString('base64')),
    b.map((r) => Buffer.from(r.rendered.bytes).toString('base64')),
  );
  assert.deepEqual([...new Set(a.map((r) => r.year))].sort(), [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  for (const r of a) if (r.year <= 2020) assert.equal(r.source.template, '2019');
  assert.ok(a.some((r) => r.source.template === '2021'));
});
