import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { removeReport, reparseStored } from '../admin/stored-reports';
import { compareView } from '../charts/compare-view';
import type { DbHandle } from '../db/client';
import { readDataVersion } from '../db/data-version';
import { reports } from '../db/schema';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { storedRecord } from '../ingest/stored-record';
import { ReportStore } from '../ingest/store';
import type { ParsedReport } from '../report/record';
import { openTestDb } from '../testing/test-db';
import { cachedByVersion } from './cached';
import { parseFilters } from './params';

let handle: DbHandle;
before(async () => {
  handle = await openTestDb();
});
after(() => handle.close());

function record(file: string, name: string, year: number, received: number): ParsedReport {
  return {
    file,
    year,
    template: '2021',
    agency: { name, regionCode: '500105', regionName: '江北区', level: 'county' },
    cells: { 'requests.received.natural': received, 'requests.received.total': received },
    raw: {},
    checks: [],
    warnings: [],
  };
}

const store = async (...records: ParsedReport[]) =>
  (await ReportStore.open(handle.db)).storeBatch(
    records.map((r) => {
      const bytes = new TextEncoder().encode(JSON.stringify(r));
      return { path: r.file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes, format: 'text', hints: {}, sourceUrl: null, stored: storedRecord(r) };
    }),
  );

/** Received applications in the compare view of 2023 by province (重庆: the only one). */
async function receivedShown(): Promise<number | null> {
  const view = await compareView(handle.db, parseFilters({ year: '2023' }).filters!, 10);
  assert.ok(!('empty' in view));
  const applications = view.charts.find((c) => c.id === 'applications')!.payload;
  assert.equal(applications.chart, 'applications');
  return applications.data.groups[0].values[0];
}

test('every writer bumps the data version; a write that changes nothing does not', async () => {
  let last = await readDataVersion(handle.db);
  const bumped = async (what: string) => {
    const now = await readDataVersion(handle.db);
    assert.ok(now > last, `${what} should bump the data version (was ${last}, is ${now})`);
    last = now;
  };
  const unchanged = async (what: string) => assert.equal(await readDataVersion(handle.db), last, `${what} should not bump the data version`);

  await loadRegionsIfEmpty(handle.db);
  await bumped('loading the regions');
  const a = record('a.txt', '江北区人民政府办公室', 2023, 5);
  await store(a);
  await bumped('storing a report');
  await store(a);
  await unchanged('storing the same report again');

  await handle.db.update(reports).set({ parserVersion: '0.0.1' }); // as an older parser left them (a test shortcut, not a writer)
  await reparseStored(handle.db, async () => ({ record: record('a.txt', '江北区人民政府办公室', 2023, 6), format: 'text' }));
  await bumped('a re-parse that changed the result');

  const [{ id }] = await handle.db.select({ id: reports.id }).from(reports).where(eq(reports.status, 'current'));
  assert.equal(await removeReport(handle.db, id), true);
  await bumped('removing a report');
  assert.equal(await removeReport(handle.db, id), false);
  await unchanged('removing it again');
});

test('a cached result is served while the data is unchanged, and never after a write', async () => {
  let loads = 0;
  const load = async () => ++loads;
  assert.equal(await cachedByVersion(handle.db, 'test', 'k', load), 1);
  assert.equal(await cachedByVersion(handle.db, 'test', 'k', load), 1, 'same version and key: the cached result');
  assert.equal(await cachedByVersion(handle.db, 'test', 'other', load), 2, 'another key is another entry');

  await store(record('b.txt', '江北区教育委员会', 2023, 7));
  assert.equal(await cachedByVersion(handle.db, 'test', 'k', load), 3, 'after a write the result is loaded again');

  // The same through the /compare view: the number shown follows the stored data.
  const before = await receivedShown();
  assert.equal(before, 7);
  await store(record('c.txt', '江北区教育委员会', 2023, 11)); // a corrected report replaces b.txt
  assert.equal(await receivedShown(), 11);
});
