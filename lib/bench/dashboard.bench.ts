/**
 * The dashboard at national scale: a throwaway PostgreSQL server holding BENCH_DASH_COUNT
 * (default 100,000) synthetic reports, the production build serving it, and warm timings:
 *   compare.ttfb_ms_p50       /compare (latest year, all provinces), time to response headers
 *                              (the page has no Suspense boundary: headers wait for every query)
 *   chart_png.ms_p50          /api/charts/applications?format=png, whole body
 *   compare.first_load_js_kb  gzipped size of the JS files /compare's HTML loads, from .next/static
 * The synthetic numbers are stored as records directly (no rendering to files and parsing
 * back): this measures the dashboard, not the parser, and loads 100,000 reports in minutes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPostgres } from '../db/client';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { ReportStore, type IngestItem } from '../ingest/store';
import { checkCells } from '../report/checks';
import type { AgencyLevel } from '../report/record';
import { otherDisposalAsOneRow } from '../report/render/source';
import { synthCorpus } from '../synth/corpus';
import { startApp } from '../testing/app-server';
import { freePort, startPgCluster } from '../testing/pg-cluster';

const COUNT = Number(process.env.BENCH_DASH_COUNT ?? 100_000);
const BATCH = 500;
const WARMUP = 5;
const RUNS = 30;

const levelOf = (code: string): AgencyLevel => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');

async function load(url: string): Promise<void> {
  const handle = await openPostgres(url);
  try {
    await handle.migrate();
    await loadRegionsIfEmpty(handle.db);
    const store = await ReportStore.open(handle.db);
    let batch: IngestItem[] = [];
    let stored = 0;
    const started = performance.now();
    for await (const r of synthCorpus({ count: COUNT, seed: 2025, binaryShare: 0 })) {
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
        record: {
          file: r.rendered.fileName,
          year: r.year,
          template: r.source.template,
          agency: { name: r.agency, regionCode: r.regionCode, regionName: null, level: levelOf(r.regionCode) },
          cells,
          raw: {},
          checks: checkCells(cells, oneRow),
          warnings: [],
        },
      });
      if (batch.length === BATCH) {
        await store.storeBatch(batch);
        stored += batch.length;
        batch = [];
        if (stored % 10_000 === 0) console.error(`stored ${stored}/${COUNT} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    }
    await store.storeBatch(batch);
    await handle.db.execute('analyze');
    console.error(`loaded ${COUNT} reports in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await handle.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(url: string, whole: boolean): Promise<number> {
  const started = performance.now();
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  if (whole) await res.arrayBuffer();
  const ms = performance.now() - started;
  if (!whole) await res.arrayBuffer();
  return ms;
}

async function p50(url: string, whole: boolean): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await timed(url, whole);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timed(url, whole));
  return median(times);
}

/** Gzipped bytes of every JS file the page's HTML loads, read from the build output. */
async function firstLoadJsKb(pageUrl: string): Promise<number> {
  const html = await (await fetch(pageUrl)).text();
  const files = new Set([...html.matchAll(/<script[^>]+src="\/_next\/(static\/[^"?]+\.js)/g)].map((m) => m[1]));
  let bytes = 0;
  for (const f of files) bytes += gzipSync(fs.readFileSync(path.join('.next', f))).length;
  return bytes / 1024;
}

const cluster = await startPgCluster();
try {
  await load(cluster.url);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()), DATABASE_URL: cluster.url };
  const app = await startApp(env);
  try {
    const compare = `${app.baseUrl}/compare`;
    console.log(`compare.ttfb_ms_p50: ${(await p50(compare, false)).toFixed(0)} ms`);
    console.log(`chart_png.ms_p50: ${(await p50(`${app.baseUrl}/api/charts/applications?format=png`, true)).toFixed(0)} ms`);
    console.log(`compare.first_load_js_kb: ${(await firstLoadJsKb(compare)).toFixed(0)} kB`);
    console.error(`(${COUNT} synthetic reports on PostgreSQL; warm, ${RUNS} runs after ${WARMUP})`);
  } finally {
    await app.stop();
  }
} finally {
  cluster.stop();
}
