/**
 * The dashboard at national scale: a throwaway PostgreSQL server holding BENCH_DASH_COUNT
 * (default 100,000) synthetic reports, the production build serving it, and warm timings:
 *   compare.ttfb_ms_p50       /compare (latest year, all provinces), time to response headers
 *                              (the page has no Suspense boundary: headers wait for every query)
 *   chart_png.ms_p50          /api/charts/applications?format=png, whole body
 *   compare.first_load_js_kb  gzipped size of the JS files /compare's HTML loads, from .next/static
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startApp } from '../testing/app-server';
import { loadSynthetic } from './synthetic-db';
import { freePort, startPgCluster } from '../testing/pg-cluster';

const COUNT = Number(process.env.BENCH_DASH_COUNT ?? 100_000);
const WARMUP = 5;
const RUNS = 30;

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
  await loadSynthetic(cluster.url, COUNT);
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
