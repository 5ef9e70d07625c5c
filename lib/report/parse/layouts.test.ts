/**
 * The hard layouts of report-format.md §4, from small hand-written snippets. Every expected
 * value below was read off the snippet by hand.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  APPEALS_HEADER,
  APPEALS_ZERO,
  REQUEST_HEADER,
  REQUEST_ROWS,
  cellPerLine,
  failingChecks,
  groupOf,
  lines,
  markdownRows,
  parseSnippet,
  rowOf,
  spaceRows,
  warningsOf,
  withRows,
} from './test-tables';

describe('space-separated rows (PDF text)', () => {
  test('rows with tabs and spaces, a page mark inside the table', () => {
    const rows = spaceRows(REQUEST_ROWS, '  ');
    rows.splice(12, 0, '- 5 -');
    rows[20] = rows[20].replace(/ {2}/g, '\t');
    const r = parseSnippet(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'granted'), [10, 3, 0, 0, 0, 0, 13]);
    assert.deepEqual(rowOf(r, 'unavailable.notHeld'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(rowOf(r, 'total'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(groupOf(r, 'review'), [0, 0, 0, 0, 0]);
    assert.equal(r.template, '2021');
    assert.deepEqual(failingChecks(r), []);
    assert.deepEqual(warningsOf(r, 'missing-cells').flatMap((w) => w.keys ?? []).filter((k) => !k.startsWith('proactive.')), []);
  });

  test('a blank left out of a row is placed where the rules hold', () => {
    // 一 prints six numbers: its 总计 is blank and nothing marks it.
    const r = parseSnippet(lines(REQUEST_HEADER, spaceRows(withRows({ 0: ['一、本年新收政府信息公开申请数量', '12 3 0 0 0 0'] })), APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, null]);
    assert.equal(r.raw['requests.received.total'], '');
    assert.deepEqual(warningsOf(r, 'uncertain-cells'), []);
  });

  test('when the rules cannot place a missing blank, the row is unknown rather than guessed', () => {
    // 二 prints six zeros: any of its seven cells may be the blank one.
    const r = parseSnippet(lines(REQUEST_HEADER, spaceRows(withRows({ 1: ['二、上年结转政府信息公开申请数量', '0 0 0 0 0 0'] })), APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'carriedOver'), [null, null, null, null, null, null, null]);
    const uncertain = warningsOf(r, 'uncertain-cells').flatMap((w) => w.keys ?? []);
    assert.equal(uncertain.length, 7);
    assert.ok(uncertain.every((k) => k.startsWith('requests.carriedOver.')));
  });
});

describe('cells run together', () => {
  test("a row's seven numbers as one digit string are split where T3-3 and the columns hold", () => {
    const r = parseSnippet(lines(REQUEST_HEADER, spaceRows(withRows({ 0: ['一、本年新收政府信息公开申请数量', '123000015'] })), APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    const split = warningsOf(r, 'split-run').flatMap((w) => w.keys ?? []);
    assert.ok(split.includes('requests.received.natural') && split.includes('requests.received.total'));
  });

  test("the next row's number glued to a value", () => {
    const text = lines(REQUEST_HEADER, spaceRows(REQUEST_ROWS).join('\n').replace('0 0 0 0 0 0 0\n2.其他法律', '0 0 0 0 0 0 02.其他法律'), APPEALS_HEADER, APPEALS_ZERO);
    const r = parseSnippet(text);
    assert.deepEqual(rowOf(r, 'withheld.stateSecret'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(rowOf(r, 'withheld.lawProhibited'), [0, 0, 0, 0, 0, 0, 0]);
  });

  test('section 四 as one digit string is split by T4-1..3', () => {
    // 行政复议 12 3 0 1 16 · 直接起诉 0 0 0 0 0 · 复议后起诉 1 0 0 0 1, printed without separators.
    const r = parseSnippet(lines(REQUEST_HEADER, spaceRows(REQUEST_ROWS), APPEALS_HEADER, '12301160000010001'));
    assert.deepEqual(groupOf(r, 'review'), [12, 3, 0, 1, 16]);
    assert.deepEqual(groupOf(r, 'suitDirect'), [0, 0, 0, 0, 0]);
    assert.deepEqual(groupOf(r, 'suitAfterReview'), [1, 0, 0, 0, 1]);
  });

  test('a run no rule can split stays unknown, with its printed text kept', () => {
    // 2019 section 二: 行政许可 上一年项目数量 / 本年增减 / 处理决定数量 printed as 3960181.
    const proactive = [
      '二、主动公开政府信息情况',
      '第二十条第(一)项',
      '信息内容 本年新制作数量 本年新公开数量 对外公开总数量',
      '规章 0 0 0',
      '规范性文件 2 2 10',
      '第二十条第(五)项',
      '信息内容 上一年项目数量 本年增/减 处理决定数量',
      '行政许可3960181',
      '其他对外管理服务事项 3 +26 0',
    ];
    const rows = withRows({ 20: ['(六)其他处理', '0 0 0 0 0 0 0'] }).filter((_, i) => i !== 21 && i !== 22);
    const r = parseSnippet(lines(proactive, REQUEST_HEADER, spaceRows(rows), APPEALS_HEADER, APPEALS_ZERO));
    assert.equal(r.template, '2019');
    for (const col of ['prevItems', 'change', 'decisions']) {
      assert.equal(r.cells[`proactive.licensing.${col}`], null);
      assert.equal(r.raw[`proactive.licensing.${col}`], '3960181');
    }
    assert.ok(warningsOf(r, 'uncertain-cells').some((w) => w.keys?.includes('proactive.licensing.change')));
    assert.equal(r.cells['proactive.otherServices.change'], 26);
    assert.equal(r.cells['proactive.normativeDocs.totalPublic'], 10);
  });
});

describe('section 四 as a bare line', () => {
  test('glued header and a bare line of 15 numbers', () => {
    const appeals = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议行政诉讼',
      '结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉',
      '结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计',
      '2 1 0 0 3 1 0 0 1 2 0 0 0 0 0',
      '五、存在的主要问题及改进情况',
      '2025年将继续加强培训20次。',
    ];
    const r = parseSnippet(lines(REQUEST_HEADER, spaceRows(REQUEST_ROWS), appeals));
    assert.deepEqual(groupOf(r, 'review'), [2, 1, 0, 0, 3]);
    assert.deepEqual(groupOf(r, 'suitDirect'), [1, 0, 0, 1, 2]);
    assert.deepEqual(groupOf(r, 'suitAfterReview'), [0, 0, 0, 0, 0]);
    assert.deepEqual(warningsOf(r, 'extra-values'), []);
  });
});

describe('markdown tables', () => {
  test('pipes, a rule line, and spanned cells repeated as empty ones', () => {
    const rows = markdownRows(REQUEST_ROWS.map(([l, c]) => [l.replace(' ', ' | '), c] as const));
    // Sub-rows repeat the spanned category cell as an empty one: `|  | 2.… |`.
    const md = rows.map((line) => line.replace(/^\| (\d\.)/, '|  | $1'));
    const text = lines(
      '三、收到和处理政府信息公开申请情况',
      '| 申请人情况 |  |  |  |  |  |  |  |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '|  |  | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
      md,
      APPEALS_HEADER,
      `| ${APPEALS_ZERO.split(' ').join(' | ')} |`,
    );
    const r = parseSnippet(text);
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'withheld.lawProhibited'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(rowOf(r, 'unavailable.notHeld'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(rowOf(r, 'otherDisposal.other'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(warningsOf(r, 'extra-values'), []);
    assert.deepEqual(failingChecks(r), []);
  });

  test('blank marks among space-separated numbers', () => {
    const r = parseSnippet(lines(REQUEST_HEADER, spaceRows(withRows({ 1: ['二、上年结转政府信息公开申请数量', '0 - 0 无 / — 0'] })), APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'carriedOver'), [0, null, 0, null, null, null, 0]);
    assert.equal(r.raw['requests.carriedOver.commercial'], '-');
    assert.equal(r.raw['requests.carriedOver.nonprofit'], '无');
    assert.equal(r.raw['requests.carriedOver.legalService'], '/');
    assert.equal(r.raw['requests.carriedOver.otherOrg'], '—');
  });

  test('an empty cell between pipes is a blank, a printed 0 is 0', () => {
    const rows = markdownRows(withRows({ 1: ['二、上年结转政府信息公开申请数量', '0 0 0 0 0 0 0'] }));
    rows[1] = '| 二、上年结转政府信息公开申请数量 | 0 |  | 0 | &nbsp; | 0 | 0 | 0 |';
    const r = parseSnippet(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'carriedOver'), [0, null, 0, null, 0, 0, 0]);
    assert.equal(r.raw['requests.carriedOver.commercial'], '');
    assert.equal(r.raw['requests.carriedOver.nonprofit'], '&nbsp;');
    assert.equal(r.raw['requests.carriedOver.natural'], undefined);
  });
});

describe('HTML rows from the extract layer (cells joined by ` | `)', () => {
  test('empty first and last cells are blanks; a rowspan label appears in its first row only', () => {
    const rows = REQUEST_ROWS.map(([l, c]) => [l.replace(' ', ' | '), ...c.split(' ')].join(' | '));
    rows[0] = '一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 0 | 0 | ';
    const appeals = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼', ' | 1 | 1 | 3 | 5 | 0 | 1 |  | 0 | 7 | 0 | 0 | 1 | 1 | 2'];
    const r = parseSnippet(lines(REQUEST_HEADER, rows, appeals));
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, null]);
    assert.deepEqual(rowOf(r, 'withheld.lawProhibited'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(groupOf(r, 'review'), [null, 1, 1, 3, 5]);
    assert.deepEqual(groupOf(r, 'suitDirect'), [0, 1, null, 0, 7]);
    assert.deepEqual(groupOf(r, 'suitAfterReview'), [0, 0, 1, 1, 2]);
  });
});

describe('one cell per line', () => {
  test('vertical rowspan label, split header labels, cells between blank lines', () => {
    const rows = cellPerLine(REQUEST_ROWS).flatMap((cell) =>
      cell === '三、本年度办理结果 (一)予以公开' ? ['三、', '本', '年', '度', '办', '理', '结', '果', '(一)予以公开'] : [cell],
    );
    const header = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或者其他组织', '总计', '商业', '企业', '科研', '机构', '社 会 公 益', '组织', '法律服务机构', '其他'];
    const text = lines(header, rows, APPEALS_HEADER, APPEALS_ZERO.split(' ')).replace(/\n/g, '\n\n');
    const r = parseSnippet(text);
    assert.deepEqual(rowOf(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(rowOf(r, 'granted'), [10, 3, 0, 0, 0, 0, 13]);
    assert.deepEqual(rowOf(r, 'carriedForward'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(warningsOf(r, 'unknown-label'), []);
  });

  test('pipe debris: `text |` is a cell, ` |` an empty one, `||` is nothing', () => {
    const debris = cellPerLine(REQUEST_ROWS).map((c) => `${c} |`);
    // 二、上年结转: natural printed blank (` |`), then `||` debris of spanned columns.
    const at = debris.indexOf('二、上年结转政府信息公开申请数量 |');
    debris[at + 1] = ' |';
    debris.splice(at + 2, 0, '||');
    const r = parseSnippet(lines(REQUEST_HEADER.map((h) => `${h} | |||`), debris, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(rowOf(r, 'carriedOver'), [null, 0, 0, 0, 0, 0, 0]);
    assert.equal(r.raw['requests.carriedOver.natural'], '');
  });
});
