/**
 * Bad input never crashes: no table is a ParseFailure with a reason; garbage and huge inputs
 * return a result.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText } from './index';
import { APPEALS_HEADER, REQUEST_HEADER, REQUEST_ROWS, lines, spaceRows } from './test-tables';

const TABLES = lines(REQUEST_HEADER, spaceRows(REQUEST_ROWS), APPEALS_HEADER, '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0');

test('a text with no section 三/四 table is a failure that says so', () => {
  const r = parseText('2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息300条。', { file: 'prose.txt' });
  assert.ok('error' in r);
  assert.equal(r.file, 'prose.txt');
  assert.match(r.error, /三|四/);
  const empty = parseText('', { file: 'empty.txt' });
  assert.ok('error' in empty);
});

test('a table without its headings is still read', () => {
  const r = parseText(spaceRows(REQUEST_ROWS).join('\n'), { file: 'bare.txt' });
  assert.ok(!('error' in r));
  assert.equal(r.cells['requests.received.total'], 15);
  // Section 四 is absent: its cells are null and listed as missing.
  assert.equal(r.cells['appeals.review.total'], null);
  assert.ok(r.warnings.some((w) => w.code === 'missing-cells' && w.keys?.includes('appeals.review.total')));
});

test('garbage never throws', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = '0123456789|/-—无 \n\t三四一二(一)年月日结转总计行政复议自然人&nbsp;+.';
  for (let i = 0; i < 200; i++) {
    const text = Array.from({ length: 50 + Math.floor(random() * 2000) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const r = parseText(text, { file: `garbage-${i}` });
    assert.ok('error' in r || typeof r.template === 'string');
  }
  assert.ok('error' in parseText(undefined as unknown as string, { file: 'undefined' }));
});

test('a 50 MB input is bounded: the tables inside are still read', () => {
  const big = '与年度报告无关的内容。'.repeat(4_500_000) + '\n' + TABLES;
  const r = parseText(big, { file: 'big.txt' });
  assert.ok(!('error' in r));
  assert.equal(r.cells['requests.total.total'], 15);
});
