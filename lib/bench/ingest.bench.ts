/**
 * Ingest throughput on a real PostgreSQL server (throwaway cluster): parse + store a
 * synthetic national corpus (100,000 reports; BENCH_INGEST_COUNT scales it down), then the
 * database size per 100k reports, and the wide-row storage measured against the key/value
 * layout it replaced on the dashboard's kind of query (sum of 10 cells by province).
 * The corpus is generated first, untimed, and kept in the temp dir for the next run.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client';
import { openDatabase } from '../db/open';
import { readEnv } from '../env';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { benchCorpus, ingestCorpus } from '../synth/bench-corpus';
import { startPgCluster } from '../testing/pg-cluster';
import { compareWideWithKeyValue } from './wide-vs-kv';

const count = Number(process.env.BENCH_INGEST_COUNT ?? 100_000);

async function databaseBytes(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: string }>(db, sql`select pg_database_size(current_database())::bigint as n`);
  return Number(row.n);
}

const dir = await benchCorpus(count);
const cluster = await startPgCluster();
try {
  const handle = await openDatabase(readEnv({ DATABASE_URL: cluster.url }), { owner: 'bench' });
  await loadRegionsIfEmpty(handle.db);
  const emptyBytes = await databaseBytes(handle.db);
  const { summary, files, seconds } = await ingestCorpus(handle.db, dir);
  console.error(`ingest: ${JSON.stringify({ ...summary, failed: summary.failed.length })}; first failures: ${JSON.stringify(summary.failed.slice(0, 3))}`);
  const stored = summary.new + summary.updated + summary.needsReview;
  console.log(`ingest.reports_per_s: ${(files / seconds).toFixed(0)} reports/s`);
  await handle.db.execute(sql`vacuum analyze`);
  const mb = (await databaseBytes(handle.db)) - emptyBytes;
  console.log(`ingest.db_mb_per_100k: ${((mb / 1e6) * (100_000 / Math.max(stored, 1))).toFixed(0)} MB`);
  if (process.env.BENCH_INGEST_COMPARE !== '0') await compareWideWithKeyValue(handle.db, stored);
  await handle.close();
} finally {
  cluster.stop();
}
