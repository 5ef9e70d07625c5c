/**
 * One e2e pass: the production app on a fresh database of one kind, the Playwright specs
 * in e2e/ against it, then everything stopped and deleted, pass or fail.
 * The seeds passes start on an empty database (start-up loads the five samples); the
 * synthetic pass ingests a generated corpus first, so the samples are NOT loaded (start-up
 * only fills an empty database) and e2e/synthetic.spec.ts sees the corpus alone.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { readEnv } from '../env';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { synthCorpus, type SynthOptions } from '../synth/corpus';
import { ingestCorpus } from '../synth/bench-corpus';
import { writeSynthCorpus } from '../synth/write';
import { startApp } from './app-server';
import { nodeModuleBin, runChild } from './child';
import { freePort, startPgCluster } from './pg-cluster';

export type E2eDatabase = 'embedded' | 'postgres';
/** seeds: the five sample reports (read-only and admin specs); synthetic: a generated corpus (synthetic spec). */
export type E2eCorpus = 'seeds' | 'synthetic';

/** Small enough to generate and ingest in seconds, with a few PDF/DOCX reports; fixed seed, so every run sees the same corpus. */
export const E2E_SYNTH: Required<Pick<SynthOptions, 'count' | 'seed' | 'binaryShare'>> = { count: 300, seed: 20260605, binaryShare: 0.03 };

/** Writes the synthetic corpus to `dir` and ingests it the way `npm run ingest -- --manifest` does; any failed file fails the pass. */
async function ingestSynthCorpus(databaseUrl: string, dir: string): Promise<void> {
  const written = await writeSynthCorpus(dir, E2E_SYNTH);
  const handle = await openDatabase(readEnv({ DATABASE_URL: databaseUrl }), { owner: 'e2e synthetic corpus' });
  try {
    await loadRegionsIfEmpty(handle.db);
    const { summary: s, files, seconds } = await ingestCorpus(handle.db, dir);
    if (s.failed.length > 0) throw new Error(`synthetic corpus: ${s.failed.length} file(s) failed, first ${s.failed[0].path}: ${s.failed[0].error}`);
    console.log(`synthetic corpus: ${files} files (${JSON.stringify(written.byLayout)}) → new ${s.new}, review ${s.needsReview}, parsed and stored in ${seconds.toFixed(1)} s`);
  } finally {
    await handle.close();
  }
}

/**
 * What the generator rendered for each report (regenerated from the seed: the corpus writer
 * keeps only files and manifest), for the spec's ground-truth checks. Written here because
 * Playwright's loader cannot import the generator (it reads JSON without import attributes).
 */
async function writeSynthTruth(file: string): Promise<void> {
  const truth = [];
  for await (const r of synthCorpus(E2E_SYNTH)) {
    const sha256 = createHash('sha256').update(r.rendered.bytes).digest('hex');
    truth.push({ agency: r.agency, year: r.year, layout: r.layout, sha256, cells: r.source.cells });
  }
  fs.writeFileSync(file, JSON.stringify(truth));
}

export async function runE2e(database: E2eDatabase, playwrightArgs: string[], corpus: E2eCorpus = 'seeds'): Promise<void> {
  if (corpus === 'synthetic' && database !== 'postgres') throw new Error('the synthetic e2e pass runs on PostgreSQL (the ingest and the app share it)');
  const cleanups: (() => void | Promise<void>)[] = [];
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()) };
    delete env.DATABASE_URL;
    // The admin area is on in e2e (e2e/admin.spec.ts logs in with this token); uploads are
    // staged in a directory of this run.
    env.ADMIN_TOKEN = randomBytes(24).toString('hex');
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-staging-'));
    cleanups.push(() => fs.rmSync(staging, { recursive: true, force: true }));
    env.ADMIN_STAGING_DIR = staging;
    if (database === 'embedded') {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-data-'));
      cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      env.DATA_DIR = dataDir;
    } else {
      const cluster = await startPgCluster();
      cleanups.push(cluster.stop);
      env.DATABASE_URL = cluster.url;
    }
    if (corpus === 'synthetic') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-synth-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      await ingestSynthCorpus(env.DATABASE_URL!, path.join(dir, 'corpus'));
      env.E2E_SYNTH_TRUTH = path.join(dir, 'truth.json');
      await writeSynthTruth(env.E2E_SYNTH_TRUTH);
    }
    const app = await startApp(env);
    cleanups.push(app.stop);
    const config = path.join('e2e', 'playwright.config.ts');
    // A file or --grep filter given to `npm run test:e2e` may match nothing in one pass's projects.
    const filtered = playwrightArgs.length > 0 ? ['--pass-with-no-tests'] : [];
    await runChild(process.execPath, [nodeModuleBin('@playwright/test/cli.js'), 'test', '-c', config, ...filtered, ...playwrightArgs], {
      ...process.env,
      BASE_URL: app.baseUrl,
      E2E_DATABASE: database,
      E2E_CORPUS: corpus,
      E2E_ADMIN_TOKEN: env.ADMIN_TOKEN,
      // The synthetic spec checks figures with its own SQL and against what the generator rendered.
      ...(corpus === 'synthetic' ? { DATABASE_URL: env.DATABASE_URL, E2E_SYNTH_TRUTH: env.E2E_SYNTH_TRUTH } : {}),
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
