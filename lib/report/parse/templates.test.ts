/**
 * Templates and section 二 (2019, 2021, mixed), from hand-written snippets (expected values read
 * off the snippets by hand).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  APPEALS_HEADER,
  APPEALS_ZERO,
  REQUEST_HEADER,
  REQUEST_ROWS,
  failingChecks,
  lines,
  parseSnippet,
  rowOf,
  spaceRows,
  withRows,
} from './test-tables';

describe('templates', () => {
  const proactive2021 = [
    '二、主动公开政府信息情况',
    '第二十条第(一)项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 0 0 1',
    '行政规范性文件 4 / 37',
    '第二十条第(五)项',
    '信息内容 本年处理决定数量',
    '行政许可 5225',
    '第二十条第(六)项',
    '信息内容 本年处理决定数量',
    '行政处罚 —',
    '行政强制 0',
    '第二十条第(八)项',
    '信息内容 本年收费金额(单位:万元)',
    '行政事业性收费 12.50',
  ];

  test('2021 section 二: blanks, decimals (万元)', () => {
    const r = parseSnippet(lines(proactive2021, REQUEST_HEADER, spaceRows(REQUEST_ROWS), APPEALS_HEADER, APPEALS_ZERO));
    assert.equal(r.template, '2021');
    assert.equal(r.cells['proactive.regulations.inForce'], 1);
    assert.equal(r.cells['proactive.normativeDocs.repealed'], null);
    assert.equal(r.raw['proactive.normativeDocs.repealed'], '/');
    assert.equal(r.cells['proactive.licensing.decisions'], 5225);
    assert.equal(r.cells['proactive.penalty.decisions'], null);
    assert.equal(r.raw['proactive.penalty.decisions'], '—');
    assert.equal(r.cells['proactive.fees.amount'], 12.5);
    assert.equal(r.raw['proactive.fees.amount'], '12.50');
    assert.equal(Object.keys(r.cells).length, 200);
  });

  test('a 2021 table printing （六）其他处理 as one row: the row is recorded, no sub-rows invented', () => {
    const rows = withRows({ 20: ['(六)其他处理', '0 0 0 0 0 0 0'] }).filter((_, i) => i !== 21 && i !== 22);
    const r = parseSnippet(lines(proactive2021, REQUEST_HEADER, spaceRows(rows), APPEALS_HEADER, APPEALS_ZERO));
    assert.equal(r.template, '2021');
    assert.deepEqual(rowOf(r, 'otherDisposal'), [0, 0, 0, 0, 0, 0, 0]);
    assert.equal(r.cells['requests.otherDisposal.noCorrection.natural'], undefined);
    assert.equal(Object.keys(r.cells).length, 200 - 21 + 7);
    assert.deepEqual(failingChecks(r), []);
  });

  test('2019 section 二: signed changes, truncated 本年新 headers, amounts with a unit', () => {
    const proactive2019 = [
      '二、主动公开政府信息情况',
      '第二十条第(一)项',
      '信息内容 本年新 本年新 对外公开总数量',
      '规章 0 0 0',
      '规范性文件 1 1 9',
      '第二十条第(五)项',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政许可 10 +26 5',
      '其他对外管理服务事项 3 -8 0',
      '第二十条第(六)项',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政处罚 0 0 0',
      '行政强制 0 0 0',
      '第二十条第(八)项',
      '信息内容 上一年项目数量 本年增/减',
      '行政事业性收费 2 -1',
      '第二十条第(九)项',
      '信息内容 采购项目数量 采购总金额',
      '政府集中采购 4 251000元',
    ];
    const rows = withRows({ 20: ['(六)其他处理', '0 0 0 0 0 0 0'] }).filter((_, i) => i !== 21 && i !== 22);
    const r = parseSnippet(lines(proactive2019, REQUEST_HEADER, spaceRows(rows), APPEALS_HEADER, APPEALS_ZERO));
    assert.equal(r.template, '2019');
    assert.equal(r.cells['proactive.licensing.change'], 26);
    assert.equal(r.raw['proactive.licensing.change'], '+26');
    assert.equal(r.cells['proactive.otherServices.change'], -8);
    assert.equal(r.raw['proactive.otherServices.change'], undefined);
    assert.equal(r.cells['proactive.fees.change'], -1);
    assert.equal(r.cells['proactive.normativeDocs.totalPublic'], 9);
    assert.equal(r.cells['proactive.procurement.items'], 4);
    assert.equal(r.cells['proactive.procurement.amount'], 251000);
    assert.equal(r.raw['proactive.procurement.amount'], '251000元');
    assert.equal(Object.keys(r.cells).length, 198);
  });
});
