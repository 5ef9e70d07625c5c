/**
 * `npm run loadtest`: the production build on loopback, on a throwaway PostgreSQL cluster
 * loaded with a synthetic national corpus (100,000 reports; LOADTEST_COUNT scales it down),
 * then 50 concurrent clients on /compare for 30 s (LOADTEST_SECONDS), after 5 s of the same load
 * that is not counted (LOADTEST_WARMUP_SECONDS: the server's JIT and caches reach their steady
 * state, as they have in a server that has been up for a while). Prints
 *   load.rps: N req/s · load.p99_ms: N ms · load.errors: N
 * Goal: 0 errors, p99 ≤ 500 ms. Every request has a deadline (bounded), and only the
 * loopback server this script started is ever contacted.
 *
 * The corpus is generated once and kept in the temp dir (lib/synth/bench-corpus.ts), shared
 * with the ingest benchmark, so either run reuses the other's files.
 */
import { z } from 'zod';
import { openDatabase } from '../db/open';
import { readEnv, serverProcesses } from '../env';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { benchCorpus, ingestCorpus } from '../synth/bench-corpus';
import { startApp } from '../testing/app-server';
import { freePort, startPgCluster } from '../testing/pg-cluster';

const options = z
  .object({
    LOADTEST_COUNT: z.coerce.number().int().min(1).default(100_000),
    LOADTEST_SECONDS: z.coerce.number().min(1).max(600).default(30),
    LOADTEST_CLIENTS: z.coerce.number().int().min(1).max(500).default(50),
    LOADTEST_WARMUP_SECONDS: z.coerce.number().min(0).max(600).default(5),
  })
  .parse(process.env);

const REQUEST_TIMEOUT_MS = 10_000;
/** /compare as readers use it: provinces, cities, counties, shares. */
const PATHS = ['/compare', '/compare?level=city', '/compare?level=county', '/compare?view=shares&category=withheld'];

async function load(databaseUrl: string, dir: string): Promise<void> {
  const handle = await openDatabase(readEnv({ ...process.env, DATABASE_URL: databaseUrl }), { owner: 'loadtest' });
  try {
    await loadRegionsIfEmpty(handle.db);
    const { summary, seconds } = await ingestCorpus(handle.db, dir);
    console.error(`ingest: ${summary.new + summary.updated + summary.needsReview} stored, ${summary.failed.length} failed in ${seconds.toFixed(0)} s`);
  } finally {
    await handle.close();
  }
}

interface Sample {
  ms: number;
  ok: boolean;
}

async function client(base: string, until: number, offset: number, samples: Sample[], errors: string[]): Promise<void> {
  for (let i = offset; performance.now() < until; i++) {
    const started = performance.now();
    try {
      const res = await fetch(base + PATHS[i % PATHS.length], { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: 'manual' });
      await res.arrayBuffer();
      const ok = res.status === 200;
      if (!ok) errors.push(`HTTP ${res.status}`);
      samples.push({ ms: performance.now() - started, ok });
    } catch (e) {
      errors.push((e as Error).name);
      samples.push({ ms: performance.now() - started, ok: false });
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const dir = await benchCorpus(options.LOADTEST_COUNT);
const cluster = await startPgCluster();
let stopApp: (() => Promise<void>) | undefined;
try {
  await load(cluster.url, dir);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: cluster.url, PORT: String(await freePort()) };
  delete env.ADMIN_TOKEN;
  const app = await startApp(env);
  stopApp = app.stop;
  const base = new URL(app.baseUrl);
  // Never anything but the loopback server started above.
  if (!['127.0.0.1', '[::1]', 'localhost'].includes(base.hostname)) throw new Error(`refusing to load-test ${base.hostname}: loopback only`);

  for (const p of PATHS) await (await fetch(app.baseUrl + p, { signal: AbortSignal.timeout(60_000) })).arrayBuffer(); // fill the caches
  const warmup = performance.now() + options.LOADTEST_WARMUP_SECONDS * 1000;
  const warmupErrors: string[] = [];
  await Promise.all(Array.from({ length: options.LOADTEST_CLIENTS }, (_, c) => client(app.baseUrl, warmup, c, [], warmupErrors)));
  const samples: Sample[] = [];
  const errors: string[] = [...warmupErrors]; // an error is an error, warm or not
  const started = performance.now();
  const until = started + options.LOADTEST_SECONDS * 1000;
  await Promise.all(Array.from({ length: options.LOADTEST_CLIENTS }, (_, c) => client(app.baseUrl, until, c, samples, errors)));
  const seconds = (performance.now() - started) / 1000;
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  if (errors.length > 0) console.error(`errors: ${JSON.stringify(Object.fromEntries(errors.map((e) => [e, errors.filter((x) => x === e).length])))}`);
  console.error(`load: ${samples.length} requests, ${options.LOADTEST_CLIENTS} clients, ${seconds.toFixed(1)} s after ${options.LOADTEST_WARMUP_SECONDS} s warm-up, ${options.LOADTEST_COUNT} reports, ${serverProcesses(readEnv(env))} server processes, p50 ${percentile(sorted, 50).toFixed(0)} ms`);
  console.log(`load.rps: ${(samples.length / seconds).toFixed(1)} req/s`);
  console.log(`load.p99_ms: ${percentile(sorted, 99).toFixed(0)} ms`);
  console.log(`load.errors: ${errors.length}`);
} finally {
  await stopApp?.();
  cluster.stop();
}
