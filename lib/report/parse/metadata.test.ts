/**
 * Year, body and region from hand-written openings, contact lines and narratives; hints; rule X-2.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParseHints, ParsedReport } from '../record';
import { parseText } from './index';
import { APPEALS_HEADER, REQUEST_HEADER, REQUEST_ROWS, lines, spaceRows } from './test-tables';

/** A report with the hand-written tables (received 15, carried over 0, 办结 15, carried forward 0). */
function report(before: string, after = '', hints?: ParseHints): ParsedReport {
  const text = lines(before, REQUEST_HEADER, spaceRows(REQUEST_ROWS), APPEALS_HEADER, '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0', '五、存在的主要问题及改进情况', after);
  const r = parseText(text, { file: 'meta.txt', hints });
  if ('error' in r) assert.fail(r.error);
  return r;
}

test('year and body from the title line', () => {
  const r = report('宁波市江北区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2022年以来……');
  assert.equal(r.year, 2023);
  assert.equal(r.agency?.name, '宁波市江北区人民政府');
  assert.equal(r.agency?.regionCode, '330205');
});

test('body on its own line above a title without a name', () => {
  const r = report('攀枝花市人民政府办公室\n2024年政府信息公开工作年度报告\n一、总体情况');
  assert.equal(r.agency?.name, '攀枝花市人民政府办公室');
  assert.equal(r.year, 2024);
});

test('year from the 统计期 sentence, body from the contact line only', () => {
  const r = report(
    '一、总体情况\n全年主动公开信息300条。',
    '六、其他需要报告的事项\n本报告所列数据的统计期为2022年1月1日至2022年12月31日。如对本报告有疑问,请联系重庆市江北区人民政府办公室(电话:023-67854766)。',
  );
  assert.equal(r.year, 2022);
  assert.equal(r.agency?.name, '重庆市江北区人民政府办公室');
  assert.equal(r.agency?.regionCode, '500105');
});

test('year from the narrative when nothing else says it', () => {
  const r = report('一、总体情况\n2021年,我局认真贯彻条例。2021年共公开信息20条,较2020年有所增加。', '2021年存在的问题主要是……');
  assert.equal(r.year, 2021);
});

test('我镇 with no name anywhere: the body is unknown, never guessed', () => {
  const r = report('一、总体情况\n2024年我镇认真落实区委、区政府要求,收到依申请公开15件。');
  assert.equal(r.agency, null);
  assert.ok(r.warnings.some((w) => w.code === 'agency-unknown'));
});

test('the place the narrative keeps naming, when the body calls itself 我区', () => {
  const r = report('一、总体情况\n2023年,海沧区政府信息公开工作稳步推进。我区全年办结申请15件。海沧区将继续……《厦门市海沧区人民政府公报》按月印发。');
  assert.ok(r.agency?.name.includes('海沧区'));
  assert.equal(r.agency?.regionCode, '350205');
});

test('hints override: the name replaces the inferred one, the region follows it unless given', () => {
  const named = report('攀枝花市人民政府办公室2024年政府信息公开工作年度报告', '', { agency: '重庆市江北区人民政府', year: 2019 });
  assert.equal(named.agency?.name, '重庆市江北区人民政府');
  assert.equal(named.agency?.regionCode, '500105');
  assert.equal(named.year, 2019);
  const coded = report('攀枝花市人民政府办公室2024年政府信息公开工作年度报告', '', { regionCode: '510402' });
  assert.equal(coded.agency?.name, '攀枝花市人民政府办公室');
  assert.equal(coded.agency?.regionCode, '510402');
});

test('X-2: a narrative number that contradicts the table is a warning; the table is kept', () => {
  const r = report('一、总体情况\n全年共收到政府信息公开申请16件,上年结转0件,办结15件。');
  const x2 = r.warnings.filter((w) => w.code === 'X-2');
  assert.deepEqual(x2.map((w) => w.keys), [['requests.received.total']]);
  assert.equal(r.cells['requests.received.total'], 15);
  const agreeing = report('一、总体情况\n全年共收到政府信息公开申请15件,结转下年度继续办理0件。');
  assert.deepEqual(agreeing.warnings.filter((w) => w.code === 'X-2'), []);
});
