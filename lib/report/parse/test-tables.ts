/**
 * Hand-written table text for the parser's layout tests: rows as reports print them, and the
 * few ways reports lay them out. The numbers are chosen by hand to satisfy every rule:
 * 一 12 3 … 15, 二 0, 予以公开 10 3 … 13, 部分公开 1 … 1, 不掌握 1 … 1, 总计 12 3 … 15, 四 0.
 */
import assert from 'node:assert/strict';
import type { ParsedReport } from '../record';
import { parseText } from './index';

const ZEROS = '0 0 0 0 0 0 0';

export type Row = readonly [label: string, cells: string];

export const REQUEST_HEADER = [
  '三、收到和处理政府信息公开申请情况',
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)',
  '申请人情况',
  '自然人 法人或其他组织 总计',
  '商业企业 科研机构 社会公益组织 法律服务机构 其他',
];

export const REQUEST_ROWS: readonly Row[] = [
  ['一、本年新收政府信息公开申请数量', '12 3 0 0 0 0 15'],
  ['二、上年结转政府信息公开申请数量', ZEROS],
  ['三、本年度办理结果 (一)予以公开', '10 3 0 0 0 0 13'],
  ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '1 0 0 0 0 0 1'],
  ['(三)不予公开 1.属于国家秘密', ZEROS],
  ['2.其他法律行政法规禁止公开', ZEROS],
  ['3.危及“三安全一稳定”', ZEROS],
  ['4.保护第三方合法权益', ZEROS],
  ['5.属于三类内部事务信息', ZEROS],
  ['6.属于四类过程性信息', ZEROS],
  ['7.属于行政执法案卷', ZEROS],
  ['8.属于行政查询事项', ZEROS],
  ['(四)无法提供 1.本机关不掌握相关政府信息', '1 0 0 0 0 0 1'],
  ['2.没有现成信息需要另行制作', ZEROS],
  ['3.补正后申请内容仍不明确', ZEROS],
  ['(五)不予处理 1.信访举报投诉类申请', ZEROS],
  ['2.重复申请', ZEROS],
  ['3.要求提供公开出版物', ZEROS],
  ['4.无正当理由大量反复申请', ZEROS],
  ['5.要求行政机关确认或重新出具已获取信息', ZEROS],
  ['(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ZEROS],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ZEROS],
  ['3.其他', ZEROS],
  ['(七)总计', '12 3 0 0 0 0 15'],
  ['四、结转下年度继续办理', ZEROS],
];

export const APPEALS_HEADER = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '行政复议 行政诉讼',
  '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
  '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
];

/** Rows with some of them replaced: `{ 0: ['label', '…'] }`. */
export function withRows(replace: Readonly<Record<number, Row>>, rows: readonly Row[] = REQUEST_ROWS): Row[] {
  return rows.map((row, i) => replace[i] ?? row);
}

/** A row per line, cells separated by `sep` (PDF text layers). */
export const spaceRows = (rows: readonly Row[], sep = ' ') => rows.map(([l, c]) => [l, ...c.split(' ')].join(sep));

/** One cell per line (crawled pages); labels may be pre-split with `\n`. */
export const cellPerLine = (rows: readonly Row[]) => rows.flatMap(([l, c]) => [l, ...c.split(' ')]);

/** Markdown pipe rows. */
export const markdownRows = (rows: readonly Row[]) => rows.map(([l, c]) => `| ${[l, ...c.split(' ')].join(' | ')} |`);

export const lines = (...parts: (string | readonly string[])[]) => parts.flat().join('\n');

export const APPEALS_ZERO = '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0';

/** Parse a snippet that must hold a table. */
export function parseSnippet(text: string): ParsedReport {
  const r = parseText(text, { file: 'snippet.txt' });
  if ('error' in r) assert.fail(r.error);
  return r;
}

/** The seven cells of a section 三 row, in printed order. */
export const rowOf = (r: ParsedReport, rowKey: string) =>
  ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'].map((c) => r.cells[`requests.${rowKey}.${c}`]);
/** The five cells of a section 四 group. */
export const groupOf = (r: ParsedReport, g: string) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((i) => r.cells[`appeals.${g}.${i}`]);
export const warningsOf = (r: ParsedReport, code: string) => r.warnings.filter((w) => w.code === code);
export const failingChecks = (r: ParsedReport) => r.checks.filter((c) => c.status === 'fail');
