/**
 * Opens the database the environment names, ready to use (migrated), or fails with one
 * line saying what is wrong and how to fix it: PostgreSQL when DATABASE_URL is set (probed
 * first, so a typo is not a 30-second hang and a driver stack trace), else the embedded
 * PGlite in DATA_DIR, locked to this process.
 */
import fs from 'node:fs';
import { ConfigError, type Env } from '../env';
import { openPglite, openPostgres, type DbHandle } from './client';
import { displayDir, lockDataDir } from './lock';

const PROBE_TIMEOUT_S = 5;

/** host:port/db of a URL, never its password: safe to print. */
export function describePostgresUrl(url: string): { where: string; user: string; database: string } {
  const u = new URL(url);
  return {
    where: `${u.hostname}:${u.port || '5432'}`,
    user: decodeURIComponent(u.username) || process.env.USER || 'postgres',
    database: decodeURIComponent(u.pathname.slice(1)) || decodeURIComponent(u.username) || 'postgres',
  };
}

/** Turns a driver's connection error into the line a person needs. */
export function explainPostgresError(url: string, err: unknown): string {
  const { where, user, database } = describePostgresUrl(url);
  const e = err as { code?: string; message?: string };
  const unset = 'or unset DATABASE_URL to use the embedded database in DATA_DIR';
  switch (e.code) {
    case 'ECONNREFUSED':
      return `PostgreSQL at ${where} refuses connections (is it running?). Start it, fix DATABASE_URL, ${unset}.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `PostgreSQL host in DATABASE_URL (${where}) is unknown. Fix the host name in DATABASE_URL, ${unset}.`;
    case 'CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `PostgreSQL at ${where} did not answer within ${PROBE_TIMEOUT_S} s. Check host, port and firewall in DATABASE_URL, ${unset}.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} rejected user "${user}" (${e.message}). Fix the user or password in DATABASE_URL.`;
    case '3D000':
      return `Database "${database}" does not exist on PostgreSQL at ${where}. Create it (createdb -h ${where.split(':')[0]} -p ${where.split(':')[1]} ${database}) or fix DATABASE_URL.`;
    default:
      return `Cannot use PostgreSQL at ${where}: ${e.message ?? String(err)}. Check DATABASE_URL, ${unset}.`;
  }
}

async function probePostgres(url: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const probe = postgres(url, { max: 1, connect_timeout: PROBE_TIMEOUT_S, onnotice: () => {} });
  try {
    await probe`select 1`;
  } catch (err) {
    throw new ConfigError(explainPostgresError(url, err));
  } finally {
    await probe.end({ timeout: 1 }).catch(() => {});
  }
}

function ensureDataDir(dir: string): void {
  const where = displayDir(dir);
  const fix = 'Set DATA_DIR to a writable directory, or DATABASE_URL to use PostgreSQL.';
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem = code === 'EEXIST' || code === 'ENOTDIR' ? 'is not a directory' : `is not writable (${code})`;
    throw new ConfigError(`DATA_DIR ${where} ${problem}. ${fix}`);
  }
}

async function migrateOrExplain(handle: DbHandle, where: string): Promise<void> {
  try {
    await handle.migrate();
  } catch (err) {
    await handle.close().catch(() => {});
    throw new ConfigError(`Migrating the database (${where}) failed: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** `owner` names this process in the data directory's lock ("npm start", "next server", …). */
export async function openDatabase(env: Env, { owner }: { owner: string }): Promise<DbHandle> {
  if (env.DATABASE_URL) {
    await probePostgres(env.DATABASE_URL);
    const handle = await openPostgres(env.DATABASE_URL);
    await migrateOrExplain(handle, describePostgresUrl(env.DATABASE_URL).where);
    return handle;
  }

  ensureDataDir(env.dataDir);
  const lock = lockDataDir(env.dataDir, owner);
  let handle: DbHandle;
  try {
    handle = await openPglite(env.dataDir);
  } catch (err) {
    lock.release();
    const msg = (err as Error).message.split('\n')[0];
    throw new ConfigError(`The embedded database in ${displayDir(env.dataDir)} cannot be opened: ${msg}`);
  }
  const locked: DbHandle = {
    ...handle,
    close: async () => {
      try {
        await handle.close();
      } finally {
        lock.release();
      }
    },
  };
  await migrateOrExplain(locked, displayDir(env.dataDir));
  return locked;
}
