/**
 * The synthetic national corpus as the benchmarks and the load test load it, in one place:
 * - benchCorpus(): report FILES (seed 20240101), generated once into the temp dir and reused
 *   by every later run (the ingest benchmark and `npm run loadtest` share them);
 * - ingestCorpus(): those files through the real ingest (parse pool + store);
 * - storeSyntheticRecords(): the synthetic numbers stored as records directly, no files and
 *   no parsing, for benchmarks that measure the dashboard rather than the parser.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../db/client';
import { listFiles } from '../ingest/files';
import { readManifest } from '../ingest/manifest';
import { createParsePool } from '../ingest/parse-pool';
import { ingestFiles, type IngestSummary } from '../ingest/run';
import { storedRecord } from '../ingest/stored-record';
import { ReportStore, type IngestItem } from '../ingest/store';
import { checkCells } from '../report/checks';
import type { AgencyLevel } from '../report/record';
import { otherDisposalAsOneRow } from '../report/render/source';
import { synthCorpus } from './corpus';
import { writeSynthCorpus } from './write';

const FILES_SEED = 20240101;
const RECORDS_SEED = 2025;
const STORE_BATCH = 500;

/** The directory of `count` synthetic report files; written now unless a complete one exists. */
export async function benchCorpus(count: number): Promise<string> {
  const dir = path.join(os.tmpdir(), `ingest-bench-corpus-${count}-${FILES_SEED}`);
  if (fs.existsSync(path.join(dir, 'manifest.json'))) return dir; // written last: the corpus is complete
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  await writeSynthCorpus(dir, { count, seed: FILES_SEED, binaryShare: 0.005 }, (n) => {
    if (n % 10_000 === 0) console.error(`corpus: ${n}/${count}`);
  });
  console.error(`corpus: ${count} reports generated in ${((performance.now() - started) / 1000).toFixed(0)} s (${dir})`);
  return dir;
}

/** Parses and stores every file of a bench corpus; `seconds` is the parse + store time alone. */
export async function ingestCorpus(db: Db, dir: string): Promise<{ summary: IngestSummary; files: number; seconds: number }> {
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = await readManifest(manifestPath);
  const { files } = await listFiles([dir], new Set([manifestPath]));
  const pool = createParsePool();
  const started = performance.now();
  try {
    const summary = await ingestFiles(db, files, pool, {
      manifest,
      onProgress: (done, total) => {
        if (done % 10_000 < 200) console.error(`ingest: ${done}/${total}`);
      },
    });
    return { summary, files: files.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pool.close();
  }
}

const levelOf = (code: string): AgencyLevel => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');

/** Stores `count` synthetic records (seed 2025) straight through the store, then analyzes. */
export async function storeSyntheticRecords(db: Db, count: number): Promise<void> {
  const store = await ReportStore.open(db);
  let batch: IngestItem[] = [];
  let stored = 0;
  const started = performance.now();
  for await (const r of synthCorpus({ count, seed: RECORDS_SEED, binaryShare: 0 })) {
    const oneRow = otherDisposalAsOneRow(r.source);
    const cells = { ...r.source.cells };
    const sha256 = createHash('sha256').update(`${r.agency}|${r.regionCode}|${r.year}`).digest('hex');
    batch.push({
      path: r.rendered.fileName,
      sha256,
      bytes: new TextEncoder().encode(sha256), // the bytes are not what is measured
      format: 'text',
      hints: {},
      sourceUrl: null,
      stored: storedRecord({
        file: r.rendered.fileName,
        year: r.year,
        template: r.source.template,
        agency: { name: r.agency, regionCode: r.regionCode, regionName: null, level: levelOf(r.regionCode) },
        cells,
        raw: {},
        checks: checkCells(cells, oneRow),
        warnings: [],
      }),
    });
    if (batch.length === STORE_BATCH) {
      await store.storeBatch(batch);
      stored += batch.length;
      batch = [];
      if (stored % 10_000 === 0) console.error(`stored ${stored}/${count} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  }
  await store.storeBatch(batch);
  await db.execute('analyze');
  console.error(`loaded ${count} reports in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
