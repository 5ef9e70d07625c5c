/**
 * What opening the database costs, the fixed price of every CLI run and of the server's
 * first request: embedded PGlite (fresh directory, then reopened) and a PostgreSQL cluster.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { readEnv } from '../env';
import { startPgCluster } from '../testing/pg-cluster';

/** Only the variables given: a DATABASE_URL in the caller's shell must not change what is measured. */
async function timeOpen(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const handle = await openDatabase(readEnv(env), { owner: 'bench' });
  const elapsed = performance.now() - started;
  await handle.close();
  return elapsed;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-data-'));
try {
  console.log(`db.pglite.open-fresh: ${(await timeOpen({ DATA_DIR: dataDir })).toFixed(0)} ms`);
  console.log(`db.pglite.open-existing: ${(await timeOpen({ DATA_DIR: dataDir })).toFixed(0)} ms`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const cluster = await startPgCluster();
try {
  console.log(`db.postgres.open-fresh: ${(await timeOpen({ DATABASE_URL: cluster.url })).toFixed(0)} ms`);
  console.log(`db.postgres.open-existing: ${(await timeOpen({ DATABASE_URL: cluster.url })).toFixed(0)} ms`);
} finally {
  cluster.stop();
}
