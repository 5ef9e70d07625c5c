/**
 * A fresh, migrated, empty database for one test file (or one test):
 * - TEST_DB unset or `pglite`: PGlite in memory, gone on close();
 * - TEST_DB=`postgres`: a new uniquely named database on the throwaway cluster whose admin
 *   URL is TEST_PG_URL (`npm run test:db` starts one), dropped on close().
 * Database tests are the files named `*.db.test.ts`; they run on both.
 */
import { randomBytes } from 'node:crypto';
import { openPglite, openPostgres, type DbHandle } from '../db/client';

export async function openTestDb(): Promise<DbHandle> {
  const kind = process.env.TEST_DB ?? 'pglite';
  if (kind === 'pglite') {
    const handle = await openPglite(undefined);
    await handle.migrate();
    return handle;
  }
  if (kind !== 'postgres') throw new Error(`TEST_DB must be "pglite" or "postgres", not "${kind}"`);
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_PG_URL (the throwaway cluster): run `npm run test:db`');
  return openFreshPostgresDb(adminUrl);
}

async function openFreshPostgresDb(adminUrl: string): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  try {
    await handle.migrate();
  } catch (err) {
    await handle.close();
    await dropDatabase(adminUrl, name);
    throw err;
  }
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    // FORCE: a test that forgot to release a connection must not keep its database alive.
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
