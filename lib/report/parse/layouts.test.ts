/**
 * The hard layouts of report-format.md §4, from small hand-written snippets. Every expected
 * value below was read off the snippet by hand.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ParsedReport } from '../record';
import { parseText } from './index';
import {
  APPEALS_HEADER,
  REQUEST_HEADER,
  REQUEST_ROWS,
  cellPerLine,
  lines,
  markdownRows,
  spaceRows,
  withRows,
} from './test-tables';

function parse(text: string): ParsedReport {
  const r = parseText(text, { file: 'snippet.txt' });
  if ('error' in r) assert.fail(r.error);
  return r;
}

const row = (r: ParsedReport, rowKey: string) =>
  ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'].map((c) => r.cells[`requests.${rowKey}.${c}`]);
const group = (r: ParsedReport, g: string) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((i) => r.cells[`appeals.${g}.${i}`]);
const warned = (r: ParsedReport, code: string) => r.warnings.filter((w) => w.code === code);
const failing = (r: ParsedReport) => r.checks.filter((c) => c.status === 'fail');

const APPEALS_ZERO = '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0';

describe('space-separated rows (PDF text)', () => {
  test('rows with tabs and spaces, a page mark inside the table', () => {
    const rows = spaceRows(REQUEST_ROWS, '  ');
    rows.splice(12, 0, '- 5 -');
    rows[20] = rows[20].replace(/ {2}/g, '\t');
    const r = parse(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'granted'), [10, 3, 0, 0, 0, 0, 13]);
    assert.deepEqual(row(r, 'unavailable.notHeld'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(row(r, 'total'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(group(r, 'review'), [0, 0, 0, 0, 0]);
    assert.equal(r.template, '2021');
    assert.deepEqual(failing(r), []);
    assert.deepEqual(warned(r, 'missing-cells').flatMap((w) => w.keys ?? []).filter((k) => !k.startsWith('proactive.')), []);
  });

  test('a blank left out of a row is placed where the rules hold', () => {
    // 一 prints six numbers: its 总计 is blank and nothing marks it.
    const r = parse(lines(REQUEST_HEADER, spaceRows(withRows({ 0: ['一、本年新收政府信息公开申请数量', '12 3 0 0 0 0'] })), APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, null]);
    assert.equal(r.raw['requests.received.total'], '');
    assert.deepEqual(warned(r, 'uncertain-cells'), []);
  });

  test('when the rules cannot place a missing blank, the row is unknown rather than guessed', () => {
    // 二 prints six zeros: any of its seven cells may be the blank one.
    const r = parse(lines(REQUEST_HEADER, spaceRows(withRows({ 1: ['二、上年结转政府信息公开申请数量', '0 0 0 0 0 0'] })), APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'carriedOver'), [null, null, null, null, null, null, null]);
    const uncertain = warned(r, 'uncertain-cells').flatMap((w) => w.keys ?? []);
    assert.equal(uncertain.length, 7);
    assert.ok(uncertain.every((k) => k.startsWith('requests.carriedOver.')));
  });
});

describe('cells run together', () => {
  test("a row's seven numbers as one digit string are split where T3-3 and the columns hold", () => {
    const r = parse(lines(REQUEST_HEADER, spaceRows(withRows({ 0: ['一、本年新收政府信息公开申请数量', '123000015'] })), APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    const split = warned(r, 'split-run').flatMap((w) => w.keys ?? []);
    assert.ok(split.includes('requests.received.natural') && split.includes('requests.received.total'));
  });

  test("the next row's number glued to a value", () => {
    const text = lines(REQUEST_HEADER, spaceRows(REQUEST_ROWS).join('\n').replace('0 0 0 0 0 0 0\n2.其他法律', '0 0 0 0 0 0 02.其他法律'), APPEALS_HEADER, APPEALS_ZERO);
    const r = parse(text);
    assert.deepEqual(row(r, 'withheld.stateSecret'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(row(r, 'withheld.lawProhibited'), [0, 0, 0, 0, 0, 0, 0]);
  });

  test('section 四 as one digit string is split by T4-1..3', () => {
    // 行政复议 12 3 0 1 16 · 直接起诉 0 0 0 0 0 · 复议后起诉 1 0 0 0 1, printed without separators.
    const r = parse(lines(REQUEST_HEADER, spaceRows(REQUEST_ROWS), APPEALS_HEADER, '12301160000010001'));
    assert.deepEqual(group(r, 'review'), [12, 3, 0, 1, 16]);
    assert.deepEqual(group(r, 'suitDirect'), [0, 0, 0, 0, 0]);
    assert.deepEqual(group(r, 'suitAfterReview'), [1, 0, 0, 0, 1]);
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
    const r = parse(lines(proactive, REQUEST_HEADER, spaceRows(rows), APPEALS_HEADER, APPEALS_ZERO));
    assert.equal(r.template, '2019');
    for (const col of ['prevItems', 'change', 'decisions']) {
      assert.equal(r.cells[`proactive.licensing.${col}`], null);
      assert.equal(r.raw[`proactive.licensing.${col}`], '3960181');
    }
    assert.ok(warned(r, 'uncertain-cells').some((w) => w.keys?.includes('proactive.licensing.change')));
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
    const r = parse(lines(REQUEST_HEADER, spaceRows(REQUEST_ROWS), appeals));
    assert.deepEqual(group(r, 'review'), [2, 1, 0, 0, 3]);
    assert.deepEqual(group(r, 'suitDirect'), [1, 0, 0, 1, 2]);
    assert.deepEqual(group(r, 'suitAfterReview'), [0, 0, 0, 0, 0]);
    assert.deepEqual(warned(r, 'extra-values'), []);
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
    const r = parse(text);
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'withheld.lawProhibited'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(row(r, 'unavailable.notHeld'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(row(r, 'otherDisposal.other'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(warned(r, 'extra-values'), []);
    assert.deepEqual(failing(r), []);
  });

  test('an empty cell between pipes is a blank, a printed 0 is 0', () => {
    const rows = markdownRows(withRows({ 1: ['二、上年结转政府信息公开申请数量', '0 0 0 0 0 0 0'] }));
    rows[1] = '| 二、上年结转政府信息公开申请数量 | 0 |  | 0 | &nbsp; | 0 | 0 | 0 |';
    const r = parse(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'carriedOver'), [0, null, 0, null, 0, 0, 0]);
    assert.equal(r.raw['requests.carriedOver.commercial'], '');
    assert.equal(r.raw['requests.carriedOver.nonprofit'], '&nbsp;');
    assert.equal(r.raw['requests.carriedOver.natural'], undefined);
  });
});

describe('one cell per line', () => {
  test('vertical rowspan label, split header labels, cells between blank lines', () => {
    const rows = cellPerLine(REQUEST_ROWS).flatMap((cell) =>
      cell === '三、本年度办理结果 (一)予以公开' ? ['三、', '本', '年', '度', '办', '理', '结', '果', '(一)予以公开'] : [cell],
    );
    const header = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或者其他组织', '总计', '商业', '企业', '科研', '机构', '社 会 公 益', '组织', '法律服务机构', '其他'];
    const text = lines(header, rows, APPEALS_HEADER, APPEALS_ZERO.split(' ')).replace(/\n/g, '\n\n');
    const r = parse(text);
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'granted'), [10, 3, 0, 0, 0, 0, 13]);
    assert.deepEqual(row(r, 'carriedForward'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(warned(r, 'unknown-label'), []);
  });

  test('pipe debris: `text |` is a cell, ` |` an empty one, `||` is nothing', () => {
    const debris = cellPerLine(REQUEST_ROWS).map((c) => `${c} |`);
    // 二、上年结转: natural printed blank (` |`), then `||` debris of spanned columns.
    const at = debris.indexOf('二、上年结转政府信息公开申请数量 |');
    debris[at + 1] = ' |';
    debris.splice(at + 2, 0, '||');
    const r = parse(lines(REQUEST_HEADER.map((h) => `${h} | |||`), debris, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'carriedOver'), [null, 0, 0, 0, 0, 0, 0]);
    assert.equal(r.raw['requests.carriedOver.natural'], '');
  });
});

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
    const r = parse(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'partlyGranted'), [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(row(r, 'withheld.threeSafeties'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(row(r, 'otherDisposal.noCorrection'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(row(r, 'total'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'carriedForward'), [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(warned(r, 'missing-cells').flatMap((w) => w.keys ?? []).filter((k) => k.startsWith('requests.')), []);
  });

  test('an unknown row with numbers is kept aside, not forced into a slot', () => {
    const rows = spaceRows(REQUEST_ROWS);
    rows.splice(2, 0, '其中:网上申请 5 0 0 0 0 0 5');
    const r = parse(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.ok(warned(r, 'unknown-label').some((w) => w.message.includes('网上申请')));
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'granted'), [10, 3, 0, 0, 0, 0, 13]);
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
    const r = parse(text);
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'total'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'carriedForward'), [0, 0, 0, 0, 0, 0, 0]);
  });

  test('pinyin mirror injections', () => {
    const rows = spaceRows(
      withRows({
        0: ['一、本(ben)年(nian)新收政(zheng)府(fu)信息公开申请数量', '12 3 0 0 0 0 15'],
        13: ['2.没(mei)有(you)现成信息需要另行制(zhi)作', '0 0 0 0 0 0 0'],
      }),
    );
    const r = parse(lines(REQUEST_HEADER, rows, APPEALS_HEADER, APPEALS_ZERO));
    assert.deepEqual(row(r, 'received'), [12, 3, 0, 0, 0, 0, 15]);
    assert.deepEqual(row(r, 'unavailable.needsCreation'), [0, 0, 0, 0, 0, 0, 0]);
  });
});

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
    const r = parse(lines(proactive2021, REQUEST_HEADER, spaceRows(REQUEST_ROWS), APPEALS_HEADER, APPEALS_ZERO));
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
    const r = parse(lines(proactive2021, REQUEST_HEADER, spaceRows(rows), APPEALS_HEADER, APPEALS_ZERO));
    assert.equal(r.template, '2021');
    assert.deepEqual(row(r, 'otherDisposal'), [0, 0, 0, 0, 0, 0, 0]);
    assert.equal(r.cells['requests.otherDisposal.noCorrection.natural'], undefined);
    assert.equal(Object.keys(r.cells).length, 200 - 21 + 7);
    assert.deepEqual(failing(r), []);
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
    const r = parse(lines(proactive2019, REQUEST_HEADER, spaceRows(rows), APPEALS_HEADER, APPEALS_ZERO));
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
