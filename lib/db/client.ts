/**
 * The one way the code gets a database: PostgreSQL through postgres.js when DATABASE_URL
 * is set, embedded PGlite in DATA_DIR when it is not. Both are handed out as the same
 * drizzle type, so queries never know which one they run on.
 */
import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** The rows of a raw `db.execute` (postgres.js returns them, PGlite an object holding them). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export interface DbHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Runs drizzle's migrations from drizzle/ (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

// The process runs from the project root (npm scripts, the server); bundling would break import.meta.url.
export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

export async function openPostgres(url: string): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { onnotice: () => {}, max: 10 });
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.end({ timeout: 5 }),
  };
}

/** `dataDir` undefined: an in-memory database (tests). */
export async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}
