/**
 * The server's one database handle, opened and migrated on first use and shared by every
 * request (PGlite is one process per data directory: opening it twice would diverge).
 * Placeholder until the foundation branch's version lands.
 */
import { readEnv } from '../env';
import { openPglite, openPostgres, type Db, type DbHandle } from './client';

let handle: Promise<DbHandle> | undefined;

async function open(): Promise<DbHandle> {
  const env = readEnv();
  const h = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.dataDir);
  await h.migrate();
  return h;
}

export async function getDb(): Promise<Db> {
  handle ??= open().catch((err) => {
    handle = undefined; // let the next request retry instead of caching the failure
    throw err;
  });
  return (await handle).db;
}
