import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { agencies, reportCells, reports, sourceFiles } from '../db/schema';
import { storedRecord } from '../ingest/stored-record';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { ReportStore } from '../ingest/store';
import { createRng } from '../report/render';
import type { ParsedReport } from '../report/record';
import { openTestDb } from '../testing/test-db';
import { yearNumbers } from '../synth/numbers';
import { removeReport, reparseStored } from './stored-reports';
import type { Parse } from './upload';

let handle: DbHandle;

before(async () => {
  handle = await openTestDb();
  await loadRegionsIfEmpty(handle.db);
});
after(() => handle.close());
beforeEach(async () => {
  await handle.db.delete(reportCells);
  await handle.db.delete(reports);
  await handle.db.delete(sourceFiles);
  await handle.db.delete(agencies);
});

function record(file: string, name: string | null, year: number | null, seed: number): ParsedReport {
  return {
    file,
    year,
    template: '2021',
    agency: name ? { name, regionCode: '500105', regionName: '江北区', level: 'county' } : null,
    cells: yearNumbers(createRng(seed), '2021', false, 20, null).cells,
    raw: {},
    checks: [],
    warnings: [],
  };
}

/** Stores records as the ingest would; the file's bytes are its name, so a fake parser can key on them. */
async function storeAll(records: ParsedReport[]): Promise<void> {
  const store = await ReportStore.open(handle.db);
  await store.storeBatch(
    records.map((r) => {
      const bytes = new TextEncoder().encode(r.file);
      return { path: r.file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes, format: 'text', hints: {}, sourceUrl: null, stored: storedRecord(r) };
    }),
  );
}

/** A parser that answers from a table keyed by file content (records read as text), and counts its calls. */
function fakeParser(answers: Map<string, ParsedReport | { file: string; error: string }>): Parse & { calls: string[] } {
  const calls: string[] = [];
  const parse: Parse = async (_file, bytes) => {
    const key = new TextDecoder().decode(bytes);
    calls.push(key);
    const answer = structuredClone(answers.get(key)!);
    return 'error' in answer ? answer : { record: answer, format: 'text' };
  };
  return Object.assign(parse, { calls });
}

const statuses = async () =>
  (await handle.db.select({ file: reports.fileName, status: reports.status, year: reports.year }).from(reports).orderBy(reports.id)).map(
    (r) => `${r.file}:${r.status}:${r.year}`,
  );

/** Rows as an older parser would have left them: a re-parse may then write new versions. */
const ageParser = () => handle.db.update(reports).set({ parserVersion: '0.0.1' });

test('re-parsing with an unchanged result writes nothing', async () => {
  const a = record('a.txt', '江北区人民政府办公室', 2023, 1);
  await storeAll([a]);
  await ageParser();
  const summary = await reparseStored(handle.db, fakeParser(new Map([['a.txt', a]])));
  assert.equal(summary.checked, 1);
  assert.equal(summary.unchanged, 1);
  assert.equal(summary.changed, 0);
  assert.deepEqual(await statuses(), ['a.txt:current:2023']);
});

test('a changed result becomes the current version and the old one history', async () => {
  const a = record('a.txt', '江北区人民政府办公室', 2023, 1);
  const b = record('b.txt', '江北区教育委员会', 2023, 2);
  await storeAll([a, b]);
  await ageParser();
  const fixed = structuredClone(a);
  fixed.cells['requests.received.natural'] = (fixed.cells['requests.received.natural'] ?? 0) + 7;
  const summary = await reparseStored(handle.db, fakeParser(new Map([['a.txt', fixed], ['b.txt', b]])));
  assert.deepEqual({ checked: summary.checked, changed: summary.changed, unchanged: summary.unchanged }, { checked: 2, changed: 1, unchanged: 1 });
  assert.deepEqual(summary.outcomes, { updated: 1 });
  assert.deepEqual(await statuses(), ['a.txt:superseded:2023', 'b.txt:current:2023', 'a.txt:current:2023']);
  const [current] = await handle.db
    .select({ v: sql<number>`${reportCells['requests.received.natural' as keyof typeof reportCells]}` })
    .from(reports)
    .innerJoin(reportCells, eq(reportCells.reportId, reports.id))
    .where(sql`${reports.fileName} = 'a.txt' and ${reports.status} = 'current'`);
  assert.equal(current.v, fixed.cells['requests.received.natural']);
});

test('a re-parse that finds another year leaves no stale current row behind', async () => {
  const a = record('a.txt', '江北区人民政府办公室', 2022, 1);
  await storeAll([a]);
  await ageParser();
  const summary = await reparseStored(handle.db, fakeParser(new Map([['a.txt', { ...a, year: 2023 }]])));
  assert.equal(summary.changed, 1);
  assert.deepEqual(await statuses(), ['a.txt:superseded:2022', 'a.txt:current:2023']);
});

test('a report in review that now resolves becomes current, once', async () => {
  const a = record('a.txt', null, 2023, 3);
  await storeAll([a]);
  await ageParser();
  const parse = fakeParser(new Map([['a.txt', { ...a, agency: { name: '某某镇人民政府', regionCode: '500105', regionName: '江北区', level: 'township' } }]]));
  await reparseStored(handle.db, parse);
  assert.deepEqual(await statuses(), ['a.txt:superseded:2023', 'a.txt:current:2023']);
  assert.deepEqual(parse.calls, ['a.txt'], 'the version written by the run is not parsed again');
});

test('a file the parser now refuses is reported and its stored version kept', async () => {
  const a = record('a.txt', '江北区人民政府办公室', 2023, 1);
  await storeAll([a]);
  await ageParser();
  const summary = await reparseStored(handle.db, fakeParser(new Map([['a.txt', { file: 'a.txt', error: 'no table found' }]])));
  assert.deepEqual(summary.failed.map((f) => [f.file, f.reason]), [['a.txt', 'no table found']]);
  assert.deepEqual(await statuses(), ['a.txt:current:2023']);
});

test('a changed result under the same PARSER_VERSION is not stored, and the old row stays current', async () => {
  const a = record('a.txt', '江北区人民政府办公室', 2023, 1);
  await storeAll([a]);
  const summary = await reparseStored(handle.db, fakeParser(new Map([['a.txt', { ...a, year: 2024 }]])));
  assert.equal(summary.changed, 0);
  assert.match(summary.failed[0].reason, /PARSER_VERSION/);
  assert.deepEqual(await statuses(), ['a.txt:current:2023']);
});

test('history (superseded, removed) is not re-parsed', async () => {
  const a = record('a.txt', '江北区人民政府办公室', 2023, 1);
  const b = record('b.txt', '江北区教育委员会', 2023, 2);
  await storeAll([a, b]);
  const [{ id }] = await handle.db.select({ id: reports.id }).from(reports).where(eq(reports.fileName, 'b.txt'));
  await removeReport(handle.db, id);
  const parse = fakeParser(new Map([['a.txt', a]]));
  await reparseStored(handle.db, parse);
  assert.deepEqual(parse.calls, ['a.txt']);
});

test('removing a report keeps it as history; removing it again or an unknown id says no', async () => {
  const a = record('a.txt', '江北区人民政府办公室', 2023, 1);
  await storeAll([a]);
  const [{ id }] = await handle.db.select({ id: reports.id }).from(reports);
  assert.equal(await removeReport(handle.db, id), true);
  assert.deepEqual(await statuses(), ['a.txt:removed:2023']);
  assert.equal(await removeReport(handle.db, id), false);
  assert.equal(await removeReport(handle.db, id + 1000), false);
  const [{ n }] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(reportCells);
  assert.equal(n, 1, 'its cells stay');
  // The slot is free again: a corrected report can become current.
  await storeAll([record('a2.txt', '江北区人民政府办公室', 2023, 9)]);
  assert.deepEqual(await statuses(), ['a.txt:removed:2023', 'a2.txt:current:2023']);
});
