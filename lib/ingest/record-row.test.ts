import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CHECK_IDS, type ParsedReport } from '../report/record';
import { ALL_CELLS, templateCells, type Template } from '../report/cells';
import { checkCells } from '../report/checks';
import { recordToRows, rowsToRecord, type CellValues } from './record-row';

/** Values in registry order as the database gives the row back: by key. */
const byKey = (values: CellValues) => Object.fromEntries(ALL_CELLS.map((d, i) => [d.key, values[i]]));

/** Any record the parser could return: any template shape, blanks, unread cells, raw text, checks. */
const recordArb: fc.Arbitrary<ParsedReport> = fc
  .record({
    template: fc.constantFrom<Template>('2021', '2019'),
    oneRow: fc.boolean(),
    seed: fc.array(fc.oneof(fc.integer({ min: -50, max: 100000 }), fc.constant(null), fc.constant(undefined)), {
      minLength: 226,
      maxLength: 226,
    }),
    year: fc.option(fc.integer({ min: 2019, max: 2025 })),
    agency: fc.option(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 12 }),
        regionCode: fc.option(fc.stringMatching(/^\d{6}$/)),
        regionName: fc.option(fc.string({ maxLength: 8 })),
        level: fc.constantFrom('province', 'city', 'county', 'township', 'unknown' as const),
      }),
    ),
    rawTexts: fc.array(fc.constantFrom('/', '—', '无', '+26', '251000元', ''), { maxLength: 6 }),
    // The parser's own rule results (for this table shape or the other one), or checks of any shape.
    checkSource: fc.constantFrom('rules', 'rules-other-shape', 'free' as const),
    checkStatuses: fc.array(fc.constantFrom('pass', 'fail', 'uncertain' as const), { maxLength: 8 }),
    warningKeys: fc.option(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 })),
  })
  .map(({ template, oneRow, seed, year, agency, rawTexts, checkSource, checkStatuses, warningKeys }) => {
    const shapeOneRow = template === '2019' ? true : oneRow;
    const defs = templateCells(template, shapeOneRow);
    const cells: Record<string, number | null> = {};
    defs.forEach((d, i) => {
      const v = seed[i];
      if (v === undefined) return; // a cell the parser could not read
      cells[d.key] = v === null ? null : d.decimal ? v / 100 : v;
    });
    const raw: Record<string, string> = {};
    rawTexts.forEach((text, i) => (raw[defs[(i * 37) % defs.length].key] = text));
    return {
      file: `报告-${year ?? 'x'}.txt`,
      year,
      template,
      agency: agency && { ...agency }, // fast-check objects have no prototype; parser records do
      cells,
      raw,
      checks:
        checkSource === 'free'
          ? checkStatuses.map((status, i) => ({
              id: CHECK_IDS[i % CHECK_IDS.length],
              scope: `scope${i}`,
              status,
              keys: [defs[i].key],
              lhs: status === 'uncertain' ? null : i,
              rhs: status === 'uncertain' ? null : i + (status === 'fail' ? 1 : 0),
            }))
          : checkCells(cells, checkSource === 'rules' ? shapeOneRow : !shapeOneRow),
      warnings: [
        { code: 'X-2', message: '叙述与表格不一致', ...(warningKeys ? { keys: warningKeys } : {}) },
      ],
    };
  });

test('record → rows → record gives back the same record, key order included', () => {
  fc.assert(
    fc.property(recordArb, (record) => {
      const { report, cells } = recordToRows(record);
      // jsonb reorders object keys: simulate it by sorting the stored json objects.
      const viaJsonb = JSON.parse(JSON.stringify(report, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v) : v)));
      const back = rowsToRecord(viaJsonb, byKey(cells));
      assert.deepStrictEqual(back, record);
      assert.equal(JSON.stringify(back), JSON.stringify(record));
    }),
    { numRuns: 200 },
  );
});

test("checks are stored only where they are not the rules' own, and then a key list only where it is not its rule's", () => {
  const defs = templateCells('2021', false);
  const cells = Object.fromEntries(defs.map((d, i) => [d.key, i]));
  const own = checkCells(cells, false);
  const record: ParsedReport = { file: 'a.txt', year: 2024, template: '2021', agency: null, cells, raw: {}, checks: own, warnings: [] };
  assert.ok(own.length > 30);
  assert.equal(recordToRows(record).report.checks, null, "the rules' own checks for these cells: nothing stored");
  const flipped = { ...own[0], status: own[0].status === 'pass' ? 'fail' : 'pass' } as const;
  const stored = recordToRows({ ...record, checks: [flipped, ...own.slice(1)] }).report.checks;
  assert.ok(stored && stored.slice(1).every((c) => !('keys' in c)), 'a list that is not the rules\': kept, without the rules\' own key lists');
  assert.deepEqual(stored[0], { id: own[0].id, scope: own[0].scope, status: flipped.status, lhs: own[0].lhs, rhs: own[0].rhs });
  const odd = { ...own[0], keys: ['requests.received.natural'] };
  assert.deepEqual(recordToRows({ ...record, checks: [odd] }).report.checks, [odd], 'any other key list is kept as it was');
});

test('absent cells are remembered apart from printed blanks', () => {
  const defs = templateCells('2021', false);
  const cells = Object.fromEntries(defs.map((d) => [d.key, 1]));
  delete cells['requests.granted.total'];
  cells['requests.granted.natural'] = null as unknown as number;
  const record: ParsedReport = { file: 'a.txt', year: 2024, template: '2021', agency: null, cells, raw: {}, checks: [], warnings: [] };
  const { report, cells: row } = recordToRows(record);
  assert.deepEqual(report.absentCells, ['requests.granted.total']);
  assert.equal(byKey(row)['requests.granted.total'], null);
  assert.equal(byKey(row)['requests.granted.natural'], null);
  assert.equal(report.otherDisposalOneRow, false);
});

test('a 2021 table printing （六）其他处理 as one row keeps that shape', () => {
  const defs = templateCells('2021', true);
  const cells = Object.fromEntries(defs.map((d, i) => [d.key, i]));
  const record: ParsedReport = { file: 'b.txt', year: 2022, template: '2021', agency: null, cells, raw: {}, checks: [], warnings: [] };
  const { report, cells: row } = recordToRows(record);
  assert.equal(report.otherDisposalOneRow, true);
  assert.deepEqual(rowsToRecord(report as Parameters<typeof rowsToRecord>[0], byKey(row)), record);
});

test('a key the template does not print is refused, not dropped', () => {
  const record: ParsedReport = {
    file: 'c.txt',
    year: 2020,
    template: '2019',
    agency: null,
    cells: { 'proactive.regulations.issued': 3 },
    raw: {},
    checks: [],
    warnings: [],
  };
  assert.throws(() => recordToRows(record), /proactive\.regulations\.issued/);
});

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
