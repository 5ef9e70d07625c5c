import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import type { GroupRow } from '../queries/scope';
import { tableToCsv } from './data-files';
import { topGroups } from './groups';
import { chartOption, chartTable } from './payload';
import { darkPixels, decodePng } from './png-decode';
import { renderChartPng, renderChartSvg } from './render';

type Series = { type: string; name: string; data: (number | null)[]; stack?: string };
const seriesOf = (o: ReturnType<typeof chartOption>) => o.series as Series[];

const oneYear = { years: [2024], groups: [{ key: 'a', name: '甲市', values: [93], reports: [2] }, { key: 'b', name: '乙市', values: [null], reports: [1] }] };

test('applications: one year is bars across groups, a gap stays null', () => {
  const s = seriesOf(chartOption({ chart: 'applications', data: oneYear }));
  assert.equal(s.length, 1);
  assert.equal(s[0].type, 'bar');
  assert.deepEqual(s[0].data, [93, null]);
});

test('applications: a range is one line per group over the years', () => {
  const data = { years: [2022, 2023, 2024], groups: [{ key: 'a', name: '甲市', values: [1, null, 3], reports: [1, 0, 1] }] };
  const o = chartOption({ chart: 'applications', data });
  assert.deepEqual(seriesOf(o).map((s) => [s.type, s.name, s.data]), [['line', '甲市', [1, null, 3]]]);
  assert.deepEqual((o.xAxis as { data: string[] }).data, ['2022年', '2023年', '2024年']);
  assert.deepEqual(chartTable({ chart: 'applications', data }).rows, [['甲市', 1, null, 3, 1, 0, 1]]);
});

const outcomeRow: GroupRow = {
  key: 'a',
  name: '甲市',
  reports: 1,
  values: { granted: 30, partlyGranted: 10, withheld: 0, unavailable: null, notProcessed: 40, otherDisposal: 20 },
};

test('outcomes: counts stacked, or shares of the known total', () => {
  const counts = seriesOf(chartOption({ chart: 'outcomes', rows: [outcomeRow], asShares: false }));
  assert.equal(counts.length, 6);
  assert.ok(counts.every((s) => s.type === 'bar' && s.stack === 'all'));
  assert.deepEqual(counts.map((s) => s.data[0]), [30, 10, 0, null, 40, 20]);
  const shares = seriesOf(chartOption({ chart: 'outcomes', rows: [outcomeRow], asShares: true }));
  assert.deepEqual(shares.map((s) => s.data[0]), [0.3, 0.1, 0, null, 0.4, 0.2]);
  const t = chartTable({ chart: 'outcomes', rows: [outcomeRow], asShares: true });
  assert.ok(t.notes.some((n) => n.startsWith('占比')));
});

test('appeals: three stacks (复议, two kinds of 诉讼) of four results; the table keeps 总计', () => {
  const values = Object.fromEntries(['review', 'suitDirect', 'suitAfterReview'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((i) => [`appeals.${g}.${i}`, 1])));
  const rows = [{ key: 'a', name: '甲市', reports: 1, values }];
  const s = seriesOf(chartOption({ chart: 'appeals', rows }));
  assert.equal(s.length, 12);
  assert.deepEqual([...new Set(s.map((x) => x.stack))], ['review', 'suitDirect', 'suitAfterReview']);
  assert.equal(chartTable({ chart: 'appeals', rows }).columns.length, 2 + 15);
});

test('topGroups keeps the largest groups', () => {
  const rows = [1, 5, 3].map((v, i) => ({ key: String(i), name: String(i), reports: 1, values: { x: v } }));
  assert.deepEqual(topGroups(rows, 2).rows.map((r) => r.key), ['1', '2']);
  assert.equal(topGroups(rows, 5).cut, false);
});

test('CSV: BOM, quoted fields, gaps as empty cells', () => {
  const csv = tableToCsv({ columns: ['名称', '值'], rows: [['甲,乙', null], ['丙"丁', 3]], kinds: ['text', 'count'], notes: [] });
  assert.equal(csv, '\uFEFF名称,值\r\n"甲,乙",\r\n"丙""丁",3\r\n');
});

const meta = { width: 640, height: 360, title: '测试标题', filtersText: '层级：市级', sourceLine: '数据来源：测试', date: '2025-01-31' };

test('SVG image carries title, filters, source and date', () => {
  const svg = renderChartSvg(chartOption({ chart: 'applications', data: oneYear }), meta);
  assert.ok(svg.startsWith('<svg'));
  for (const text of ['测试标题', '层级：市级', '数据来源：测试', '2025-01-31', '甲市']) assert.ok(svg.includes(text), text);
});

test('PNG is 2× and has dark text pixels in the title area', async () => {
  const png = await renderChartPng(chartOption({ chart: 'applications', data: oneYear }), meta);
  const bmp = decodePng(png);
  assert.equal(bmp.width, 1280);
  assert.equal(bmp.height, 720);
  assert.ok(darkPixels(bmp, 0, 0, 400, 60) > 200, 'title drawn');
  assert.equal(darkPixels(bmp, 1000, 0, 1280, 40), 0, 'right of the title is blank');
});

test('decodePng reads a hand-made 2×1 RGB image', () => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  const chunk = (type: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
  };
  const raw = Buffer.from([1, 10, 20, 30, 5, 5, 5]); // filter 1 (sub): second pixel = first + 5
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  assert.deepEqual([...decodePng(png).pixels], [10, 20, 30, 255, 15, 25, 35, 255]);
});
