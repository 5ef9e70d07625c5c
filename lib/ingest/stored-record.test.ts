import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_CELLS, templateCells } from '../report/cells';
import { checkCells } from '../report/checks';
import type { ParsedReport } from '../report/record';
import { recordToRows } from './record-row';
import { cellRowLiteral, storedRecord } from './stored-record';

const defs = templateCells('2021', false);
const cells = Object.fromEntries(defs.map((d, i) => [d.key, i % 7 === 0 ? null : d.decimal ? i / 4 : i]));
const record: ParsedReport = {
  file: 'a.txt',
  year: 2023,
  template: '2021',
  agency: { name: '重庆市江北区教育委员会', regionCode: '500105', regionName: '重庆市江北区', level: 'county' },
  cells,
  raw: { [defs[1].key]: '+1' },
  checks: checkCells(cells, false),
  warnings: [{ code: 'X-2', message: '叙述与表格不一致' }],
};

test('the stored form carries the row values recordToRows gives, by column name and in registry order', () => {
  const { report, cells: values } = recordToRows(record);
  const stored = storedRecord(record);
  assert.deepEqual([stored.agency, stored.year], [record.agency, 2023]);
  const json = JSON.parse(stored.reportJson);
  assert.equal(json.file_name, report.fileName);
  assert.equal(json.other_disposal_one_row, report.otherDisposalOneRow);
  assert.deepEqual(json.checks, report.checks);
  assert.deepEqual(json.absent_cells, report.absentCells);
  const fields = stored.cellsText.split(',');
  assert.equal(fields.length, ALL_CELLS.length);
  assert.deepEqual(fields.map((f) => (f === '' ? null : Number(f))), values);
});

test("a cells row literal follows the table's column order", () => {
  assert.equal(cellRowLiteral(7, '1,,2.5', null), '"(7,1,,2.5)"');
  // A table whose columns were added in another order: id last, registry values swapped.
  assert.equal(cellRowLiteral(7, '1,,2.5', [2, 0, 1, -1]), '"(2.5,1,,7)"');
});
