/**
 * The Next server's database: opened once per process on first use and shared by every
 * request. Server-side only (pages, route handlers); CLIs call openDatabase themselves.
 *
 * Kept on globalThis because `next dev` re-evaluates modules on every edit: a module-level
 * variable would open the data directory again while the old handle still holds its lock.
 */
import { readEnv } from '../env';
import type { Db, DbHandle } from './client';
import { openDatabase } from './open';

const store = globalThis as typeof globalThis & { __govReportsDb?: Promise<DbHandle> };

export async function getDb(): Promise<Db> {
  if (!store.__govReportsDb) {
    store.__govReportsDb = openDatabase(readEnv(), { owner: 'next server' });
    // A failed open (e.g. the directory is still locked) is retried on the next request.
    store.__govReportsDb.catch(() => {
      store.__govReportsDb = undefined;
    });
  }
  return (await store.__govReportsDb).db;
}
