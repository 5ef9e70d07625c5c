/**
 * kill -9 in the middle of an ingest leaves whole reports or none, and a rerun finishes the
 * job. Runs the real CLI as a child process on a synthetic folder, against an embedded
 * DATA_DIR (TEST_DB=pglite) or a fresh database on the throwaway cluster (TEST_DB=postgres).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows, type DbHandle } from '../db/client';
import { openDatabase } from '../db/open';
import { readEnv } from '../env';
import { writeSynthCorpus } from '../synth/write';

const FILES = 240;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-kill-'));
const corpus = path.join(work, 'corpus');
let env: Record<string, string>;
let dropDb = async () => {};

before(async () => {
  await writeSynthCorpus(corpus, { count: FILES, seed: 7, binaryShare: 0 });
  if (process.env.TEST_DB === 'postgres') {
    const { default: postgres } = await import('postgres');
    const admin = postgres(process.env.TEST_PG_URL!, { max: 1, onnotice: () => {} });
    const name = `kill_${process.pid}`;
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(process.env.TEST_PG_URL!);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString() };
    dropDb = async () => {
      const again = postgres(process.env.TEST_PG_URL!, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists "${name}" with (force)`);
      await again.end();
    };
  } else {
    env = { DATA_DIR: path.join(work, 'data') };
  }
});
after(async () => {
  await dropDb();
  fs.rmSync(work, { recursive: true, force: true });
});

function runIngest(killAfterFirstProgress: boolean): Promise<{ code: number | null; signal: string | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'lib/cli/ingest.ts', '--batch-size', '10', '--manifest', path.join(corpus, 'manifest.json'), corpus],
    { env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const onData = (d: Buffer) => {
    output += d.toString();
    // The first progress line comes after the first committed batch: kill while the next ones are in flight.
    if (killAfterFirstProgress && /ingest: \d+\/\d+/.test(output)) setTimeout(() => child.kill('SIGKILL'), 150);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
}

async function withDb<T>(fn: (h: DbHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(readEnv(env), { owner: 'kill test' });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function counts(h: DbHandle) {
  const [row] = await queryRows<Record<string, number>>(
    h.db,
    sql`select
      (select count(*)::int from reports) as reports,
      (select count(*)::int from reports r where not exists (select 1 from report_cells c where c.report_id = r.id)) as without_cells,
      (select count(*)::int from report_cells c where not exists (select 1 from reports r where r.id = c.report_id)) as orphan_cells,
      (select count(*)::int from reports r where not exists (select 1 from source_files f where f.sha256 = r.sha256)) as without_bytes`,
  );
  return row;
}

test('SIGKILL mid-run leaves no half-written report, and a rerun completes', async () => {
  const killed = await runIngest(true);
  assert.equal(killed.signal, 'SIGKILL', `the ingest should have been killed mid-run:\n${killed.output}`);
  const partial = await withDb(counts);
  assert.deepEqual([partial.without_cells, partial.orphan_cells, partial.without_bytes], [0, 0, 0]);
  assert.ok(partial.reports > 0 && partial.reports < FILES, `killed mid-run, stored ${partial.reports} of ${FILES}`);

  const rerun = await runIngest(false);
  assert.equal(rerun.code, 0, rerun.output);
  assert.match(rerun.output, new RegExp(`unchanged: +${partial.reports}\\b`));
  const complete = await withDb(counts);
  assert.deepEqual(complete, { reports: FILES, without_cells: 0, orphan_cells: 0, without_bytes: 0 });
});
