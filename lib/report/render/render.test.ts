import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { APPEAL_GROUPS, APPLICANT_COLUMNS, outcomeRows, templateCells } from '../cells';
import {
  DEFAULT_RENDER_OPTIONS,
  LAYOUTS,
  createRng,
  randomReportSource,
  renderReport,
  renderReportText,
} from './index';
import { otherDisposalAsOneRow } from './source';

const cellValue = (cells: Readonly<Record<string, number | null>>, key: string) => {
  const v = cells[key];
  assert.equal(typeof v, 'number', `${key} is a number`);
  return v as number;
};

test('random sources print exactly their template cells and obey T3-1..3 and T4', () => {
  const rng = createRng(42);
  for (let i = 0; i < 200; i++) {
    const source = randomReportSource(rng, { nullRate: 0 });
    const oneRow = otherDisposalAsOneRow(source);
    assert.deepEqual(Object.keys(source.cells).sort(), templateCells(source.template, oneRow).map((d) => d.key).sort());
    const v = (k: string) => cellValue(source.cells, k);
    for (const col of [...APPLICANT_COLUMNS.map((c) => c.key), 'total']) {
      const r = (row: string) => v(`requests.${row}.${col}`);
      assert.equal(r('received') + r('carriedOver'), r('total') + r('carriedForward'), `T3-1 ${col}`);
      assert.equal(outcomeRows(oneRow).reduce((s, row) => s + r(row.key), 0), r('total'), `T3-2 ${col}`);
      assert.ok(r('received') >= 0);
    }
    for (const row of ['received', 'total', 'withheld.stateSecret']) {
      const sum = APPLICANT_COLUMNS.reduce((s, c) => s + v(`requests.${row}.${c.key}`), 0);
      assert.equal(sum, v(`requests.${row}.total`), `T3-3 ${row}`);
    }
    for (const g of APPEAL_GROUPS) {
      const a = (item: string) => v(`appeals.${g.key}.${item}`);
      assert.equal(a('upheld') + a('corrected') + a('other') + a('pending'), a('total'), `T4 ${g.key}`);
    }
  }
});

test('rendering is deterministic for a seed and differs across seeds', async () => {
  const source = randomReportSource(createRng(1));
  for (const layout of LAYOUTS) {
    const options = { ...DEFAULT_RENDER_OPTIONS, layout };
    if (layout === 'pdf' || layout === 'docx') continue; // their containers embed creation timestamps
    const a = await renderReport(source, options);
    const b = await renderReport(source, options);
    assert.deepEqual(a.bytes, b.bytes, layout);
  }
  const one = renderReportText(source, { ...DEFAULT_RENDER_OPTIONS, seed: 1 });
  const two = renderReportText(source, { ...DEFAULT_RENDER_OPTIONS, seed: 2 });
  assert.notEqual(one, two);
});

test('every printed number of the source appears in a pipe-debris rendering, one cell per line', () => {
  const source = randomReportSource(createRng(9), { template: '2021', nullRate: 0 });
  const text = renderReportText(source, { ...DEFAULT_RENDER_OPTIONS, layout: 'pipe-debris' });
  const tables = text.slice(text.indexOf('二、主动公开政府信息情况'), text.indexOf('五、存在的主要问题'));
  const valueLines = tables.split('\n').filter((l) => /^[+-]?\d+(\.\d+)? \|/.test(l));
  assert.equal(valueLines.length, templateCells('2021', otherDisposalAsOneRow(source)).length);
});

test('big5 output is traditional script in Big5 bytes', async () => {
  const source = randomReportSource(createRng(3));
  const { bytes } = await renderReport(source, { ...DEFAULT_RENDER_OPTIONS, layout: 'blank-lines', encoding: 'big5' });
  const text = iconv.decode(Buffer.from(bytes), 'big5');
  assert.ok(text.includes('主動公開政府信息情況'));
  assert.ok(!text.includes('?'), 'every character was encodable');
});
