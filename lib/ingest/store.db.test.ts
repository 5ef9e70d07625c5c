import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '../db/client';
import { agencies, reportCells, reports, sourceFiles } from '../db/schema';
import { createRng } from '../report/render';
import type { ParseHints, ParsedReport } from '../report/record';
import { openTestDb } from '../testing/test-db';
import { yearNumbers } from '../synth/numbers';
import { loadRegionsIfEmpty } from './regions';
import { ALL_CELLS } from '../report/cells';
import { storedRecord } from './stored-record';
import { ReportStore, type IngestItem } from './store';

let handle: DbHandle;
let store: ReportStore;

before(async () => {
  handle = await openTestDb();
  await loadRegionsIfEmpty(handle.db);
  store = await ReportStore.open(handle.db);
});
after(() => handle.close());

function item(name: string | null, year: number | null, seed: number, hints: ParseHints = {}): IngestItem & { record: ParsedReport } {
  const { cells } = yearNumbers(createRng(seed), '2021', false, 20, null);
  const record: ParsedReport = {
    file: `${name ?? '我镇'}-${year}-${seed}.txt`,
    year,
    template: '2021',
    agency: name ? { name, regionCode: '500105', regionName: '江北区', level: 'county' } : null,
    cells,
    raw: {},
    checks: [],
    warnings: [],
  };
  const bytes = Buffer.from(JSON.stringify(record));
  const sha256 = createHash('sha256').update(bytes).update(JSON.stringify(hints)).digest('hex');
  return { path: record.file, sha256, bytes, format: 'text', hints, sourceUrl: null, stored: storedRecord(record), record };
}

const statuses = async (agencyName: string) =>
  handle.db
    .select({ status: reports.status, year: reports.year })
    .from(reports)
    .innerJoin(agencies, eq(agencies.id, reports.agencyId))
    .where(eq(agencies.name, agencyName))
    .orderBy(reports.id);

test('new reports, then the same batch again changes nothing', async () => {
  const batch = [item('重庆市江北区教育委员会', 2022, 1), item('重庆市江北区教育委员会', 2023, 2)];
  assert.deepEqual(await store.storeBatch(batch), ['new', 'new']);
  const before = await handle.db.select({ n: sql<number>`count(*)::int` }).from(reports);
  assert.deepEqual(await store.storeBatch(batch), ['unchanged', 'unchanged']);
  const afterRun = await handle.db.select({ n: sql<number>`count(*)::int` }).from(reports);
  assert.deepEqual(afterRun, before);
  const [agency] = await handle.db.select().from(agencies).where(eq(agencies.name, '重庆市江北区教育委员会'));
  assert.deepEqual([agency.regionCode, agency.provinceCode, agency.countyCode], ['500105', '500000', '500105']);
});

test('a corrected report supersedes the old one and keeps it as history', async () => {
  const name = '重庆市江北区财政局';
  assert.deepEqual(await store.storeBatch([item(name, 2021, 10)]), ['new']);
  // The corrected version comes in a later run, the same agency written another way.
  assert.deepEqual(await store.storeBatch([item('重慶市江北區財政局', 2021, 11)]), ['updated']);
  assert.deepEqual(await statuses(name), [
    { status: 'superseded', year: 2021 },
    { status: 'current', year: 2021 },
  ]);
  // Two versions within one batch: the later one wins.
  assert.deepEqual(await store.storeBatch([item(name, 2024, 12), item(name, 2024, 13)]), ['new', 'updated']);
  assert.deepEqual((await statuses(name)).filter((r) => r.year === 2024).map((r) => r.status), ['superseded', 'current']);
});

test('unknown agency or year is kept for review, and a later manifest resolves it', async () => {
  const unknown = item(null, 2022, 20);
  assert.deepEqual(await store.storeBatch([unknown, item('重庆市江北区民政局', null, 21)]), ['needs_review', 'needs_review']);
  const resolved = { ...unknown, hints: { agency: '重庆市江北区某镇人民政府', year: 2022 } };
  resolved.stored = storedRecord({ ...unknown.record, agency: { name: '重庆市江北区某镇人民政府', regionCode: '500105', regionName: '江北区', level: 'township' } });
  assert.deepEqual(await store.storeBatch([resolved]), ['new']);
  const rows = await handle.db.select({ status: reports.status }).from(reports).where(eq(reports.sha256, unknown.sha256)).orderBy(reports.id);
  assert.deepEqual(rows.map((r) => r.status), ['superseded', 'current']);
  // The bytes are stored once however many versions point at them.
  const files = await handle.db.select({ n: sql<number>`count(*)::int` }).from(sourceFiles).where(eq(sourceFiles.sha256, unknown.sha256));
  assert.equal(files[0].n, 1);
});

test('source bytes are stored byte for byte, with their size and format', async () => {
  const binary = { ...item('重庆市江北区档案馆', 2023, 40), format: 'pdf' as const };
  binary.bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7 + (i >> 8)) % 256); // every byte value, no text
  const text = item('重庆市江北区档案馆', 2022, 41);
  assert.deepEqual(await store.storeBatch([binary, text]), ['new', 'new']);
  for (const stored of [binary, text]) {
    const [row] = await handle.db.select().from(sourceFiles).where(eq(sourceFiles.sha256, stored.sha256));
    assert.deepEqual(new Uint8Array(row.bytes), new Uint8Array(stored.bytes));
    assert.deepEqual([row.size, row.format], [stored.bytes.byteLength, stored.format]);
  }
});

test('a failing batch leaves nothing behind and the cache stays valid', async () => {
  const good = item('重庆市江北区审计局', 2023, 30);
  const bad = item('重庆市江北区审计局', 2022, 31);
  // A count that is not a whole number: the database refuses the cells row, after the agency was written.
  const values = bad.stored.cellsText.split(',');
  values[ALL_CELLS.findIndex((d) => !d.decimal)] = '1.5';
  bad.stored = { ...bad.stored, cellsText: values.join(',') };
  await assert.rejects(store.storeBatch([good, bad]));
  const count = await handle.db.select({ n: sql<number>`count(*)::int` }).from(agencies).where(eq(agencies.name, '重庆市江北区审计局'));
  assert.equal(count[0].n, 0);
  assert.deepEqual(await store.storeBatch([good]), ['new']);
  const [orphans] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from ${reports} r full join ${reportCells} c on c.report_id = r.id where r.id is null or c.report_id is null`,
  );
  assert.equal(orphans.n, 0);
});
