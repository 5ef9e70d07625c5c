import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { tableToXlsx } from './data-files';

test('XLSX: the data sheet holds the table (gaps empty), 说明 the filters, source and definitions', async () => {
  const table = { columns: ['地区/机关', '本年新收'], rows: [['甲市', 93], ['乙市', null]], kinds: ['text', 'count'] as ('text' | 'count')[], notes: ['空白不按 0 计。'] };
  const meta = { title: '本年新收', filtersText: '2024年 · 市级', sourceLine: '数据来源：测试', date: '2025-01-31' };
  const wb = new ExcelJS.Workbook();
  const bytes = await tableToXlsx(table, meta);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const data = wb.getWorksheet('数据')!;
  const row = (n: number) => [1, 2].map((c) => data.getRow(n).getCell(c).value);
  assert.deepEqual(row(1), ['地区/机关', '本年新收']);
  assert.deepEqual(row(2), ['甲市', 93]);
  assert.equal(data.getRow(3).getCell(2).value, null);
  const about = wb.getWorksheet('说明')!;
  const lines = about.getColumn(1).values.filter((v) => typeof v === 'string');
  for (const text of ['本年新收', '2024年 · 市级', '数据来源：测试', '空白不按 0 计。']) assert.ok(lines.includes(text), text);
});
