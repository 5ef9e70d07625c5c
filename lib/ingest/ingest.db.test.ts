import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { reports } from '../db/schema';
import { exportCsv, exportJsonl } from '../export/formats';
import { parseReport } from '../report';
import type { ParsedReport } from '../report/record';
import { openTestDb } from '../testing/test-db';
import { parseManifest } from './manifest';
import { readAndParse } from './read-and-parse';
import { ingestFiles } from './run';
import { loadSamplesIfEmpty, SAMPLES_DIR } from './samples';

const inProcess = { parse: readAndParse, close: async () => {} };
const sampleFiles = fs.readdirSync(SAMPLES_DIR).sort().map((f) => path.join(SAMPLES_DIR, f));

let handle: DbHandle;
let expected: ParsedReport[];
before(async () => {
  handle = await openTestDb();
  // The truth for the round trip: what the parser itself returns for each sample.
  expected = [];
  for (const file of sampleFiles) {
    const result = await parseReport(path.basename(file), fs.readFileSync(file));
    assert.ok(!('error' in result), `sample ${file} must parse`);
    expected.push(result as ParsedReport);
  }
});
after(() => handle.close());

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const c of chunks) text += c;
  return text;
}

test('the five samples come back from the export exactly as parsed', async () => {
  assert.equal(await loadSamplesIfEmpty(handle), 5);
  const jsonl = await collect(exportJsonl(handle.db, {}));
  const lines = jsonl.trimEnd().split('\n');
  assert.equal(lines.length, 5);
  assert.deepEqual(lines.map((l) => JSON.parse(l)), expected);
  // Same keys in the same order as the parser produced them.
  assert.deepEqual(lines, expected.map((r) => JSON.stringify(r)));
  // The sample whose body is unknown (我镇) is kept for review and exported with agency null.
  const unknown = expected.filter((r) => r.agency === null);
  assert.ok(unknown.length >= 1);
  const review = await handle.db.select({ file: reports.fileName }).from(reports).where(eq(reports.status, 'needs_review'));
  assert.deepEqual(review.map((r) => r.file).sort(), unknown.map((r) => r.file).sort());
});

test('ingesting the same files again changes nothing, byte for byte', async () => {
  const before = await collect(exportJsonl(handle.db, {}));
  const csvBefore = await collect(exportCsv(handle.db, {}));
  const summary = await ingestFiles(handle.db, sampleFiles, inProcess);
  assert.deepEqual(summary, { total: 5, new: 0, unchanged: 5, updated: 0, needsReview: 0, failed: [] });
  assert.equal(await collect(exportJsonl(handle.db, {})), before);
  assert.equal(await collect(exportCsv(handle.db, {})), csvBefore);
  assert.equal(await loadSamplesIfEmpty(handle), 0);
});

test('csv export: long form of current reports, with a BOM', async () => {
  const csv = await collect(exportCsv(handle.db, { year: expected[0].year! }));
  assert.ok(csv.startsWith('\uFEFFagency,regionCode,year,key,value\r\n'));
  const rows = csv.trimEnd().split('\r\n').slice(1).map((l) => l.split(','));
  const current = expected.filter((r) => r.agency && r.year === expected[0].year);
  assert.equal(rows.length, current.reduce((n, r) => n + Object.keys(r.cells).length, 0));
  const [, , , key, value] = rows[0];
  assert.equal(value, String(current[0].cells[key] ?? ''));
});

test('a manifest names the body the report does not: the review copy becomes current', async () => {
  const unknown = expected.find((r) => r.agency === null)!;
  const file = sampleFiles.find((f) => path.basename(f) === unknown.file)!;
  const manifest = parseManifest(
    `file,agency,regionCode,year\n${unknown.file},重庆市江北区某镇人民政府,500105,${unknown.year ?? 2024}\n`,
    'csv',
    SAMPLES_DIR,
  );
  const summary = await ingestFiles(handle.db, [file], inProcess, { manifest });
  assert.equal(summary.new, 1);
  const exported = (await collect(exportJsonl(handle.db, { region: '500105' }))).trimEnd().split('\n').map((l) => JSON.parse(l));
  const resolved = exported.find((r: ParsedReport) => r.file === unknown.file);
  assert.equal(resolved.agency.name, '重庆市江北区某镇人民政府');
  assert.equal(resolved.agency.regionCode, '500105');
  const versions = await handle.db.select({ status: reports.status }).from(reports).where(eq(reports.fileName, unknown.file)).orderBy(reports.id);
  assert.deepEqual(versions.map((v) => v.status), ['superseded', 'current']);
});

test('a corrected report (same body and year, other content) supersedes the first', async () => {
  const original = expected.find((r) => r.agency !== null)!;
  const text = fs.readFileSync(path.join(SAMPLES_DIR, original.file), 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-corrected-'));
  const corrected = path.join(dir, `更正-${original.file}`);
  // A correction notice appended: different bytes, same body, year and tables.
  fs.writeFileSync(corrected, `${text}\n\n（本报告于次年3月更正了第五部分的文字表述。）\n`);
  try {
    const summary = await ingestFiles(handle.db, [corrected], inProcess);
    assert.deepEqual([summary.updated, summary.failed], [1, []]);
    const rows = await handle.db
      .select({ status: reports.status, file: reports.fileName })
      .from(reports)
      .where(eq(reports.year, original.year!))
      .orderBy(reports.id);
    assert.ok(rows.some((r) => r.file === original.file && r.status === 'superseded'));
    assert.ok(rows.some((r) => r.file === path.basename(corrected) && r.status === 'current'));
    const exported = await collect(exportJsonl(handle.db, {}));
    assert.ok(!exported.includes(`"file":"${original.file}"`), 'the superseded version is not exported');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
