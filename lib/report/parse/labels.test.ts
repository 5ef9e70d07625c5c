/**
 * Label variants, scripts and mirror injections, from hand-written snippets (expected values
 * read off the snippets by hand).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  APPEALS_HEADER,
  APPEALS_ZERO,
  REQUEST_HEADER,
  REQUEST_ROWS,
  lines,
  parseSnippet,
  rowOf,
  spaceRows,
  warningsOf,
  withRows,
} from './test-tables';

describe('label variants', () => {
  test('typos, truncation, 1、 and full width, 七、合计, 结转下一年度, quotes, 法人或者', () => {
    const rows = spaceRows(
      withRows({
        3: ['(二部分公开区分处理的,只计这一情形,不计其他情形)', '1 0 0 0 0 0 1'],
        6: ['３、危及「三安全一稳定」', '0 0 0 0 0 0 0'],
        20: ['（六）其他处理 1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申', '0 0 0 0 0 0 0'],
        23: ['七、合计', '12 3 0 0 0 0 15'],
        24: ['四、结转下一年度继续办理', '0 0 0 0 0 0 0'],
      }),
    );
    const r = parseSnippet(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'partlyGranted'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(rowOf(r, 'withheld.threeSafeties'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(rowOf(r, 'otherDisposal.noCorrection'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(rowOf(r, 'total'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'carriedForward'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(warningsOf(r, 'missing-cells').flatMap((w) => w.keys ?? []).filter((k) => k.startsWith('requests.')), []);
  });

  test('character typos in row labels', () => {
    const rows = spaceRows(
      withRows({
        0: ['一、本年新收政府信息公开申清数量', '12 3 0 0 0 0 15'],
        13: ['2.没有现成信息需要另行制做', '0 0 0 0 0 0 0'],
        17: ['3.要求提供公开出板物', '0 0 0 0 0 0 0'],
      }),
    );
    const r = parseSnippet(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'unavailable.needsCreation'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(rowOf(r, 'notProcessed.publication'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(warningsOf(r, 'unknown-label'), []);
  });

  test('long labels wrapped in a PDF: the rest of the label comes after the numbers', () => {
    const text = lines(
      REQUEST_HEADER,
      spaceRows(REQUEST_ROWS.slice(0, 20)),
      '(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府 0 0 0 0 0 0 0',
      '信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府 1 0 0 0 0 0 1',
      '信息公开申请',
      '3.其他 0 0 0 0 0 0 0',
      spaceRows(REQUEST_ROWS.slice(23)),
      APPEALS_HEADER,
      APPEALS_ZERO,
    );
    const r = parseSnippet(text);
    assert.deepEqual(rowOf(r, 'otherDisposal.noCorrection'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(rowOf(r, 'otherDisposal.unpaidFee'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(rowOf(r, 'otherDisposal.other'), [0, 0, 0, 0, 0, 0, 0]);
  });

  test('an unknown row with numbers is kept aside, not forced into a slot', () => {
    const rows = spaceRows(REQUEST_ROWS);
    rows.splice(2, 0, '其中:网上申请 5 0 0 0 0 0 5');
    const r = parseSnippet(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.ok(warningsOf(r, 'unknown-label').some((w) => w.message.includes('网上申请')));
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'granted'), [10, 3, 0, 0, 0, 0, 13]);
  });
});

describe('scripts and mirrors', () => {
  test('traditional characters', () => {
    const text = lines(
      '三、收到和處理政府信息公開申請情況',
      '申請人情況',
      '自然人 法人或其他組織 總計',
      spaceRows(REQUEST_ROWS).map((l) =>
        l.replace('本年新收政府信息公开申请数量', '本年新收政府信息公開申請數量').replace('上年结转', '上年結轉').replace('总计', '總計').replace('结转下年度继续办理', '結轉下年度繼續辦理'),
      ),
      '四、政府信息公開行政復議、行政訴訟情況',
      '行政復議 行政訴訟',
      '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    );
    const r = parseSnippet(text);
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'total'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'carriedForward'), [0, 0, 0, 0, 0, 0, 0]);
  });

  test('pinyin mirror injections', () => {
    const rows = spaceRows(
      withRows({
        0: ['一、本(ben)年(nian)新收政(zheng)府(fu)信息公开申请数量', '12 3 0 0 0 0 15'],
        13: ['2.没(mei)有(you)现成信息需要另行制(zhi)作', '0 0 0 0 0 0 0'],
      }),
    );
    const r = parseSnippet(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'unavailable.needsCreation'), [0, 0, 0, 0, 0, 0, 0]);
  });
});
