/**
 * A fresh, migrated, in-memory database for one test file.
 * Placeholder until the foundation branch's version (PGlite or throwaway PostgreSQL) lands.
 */
import { openPglite, type DbHandle } from '../db/client';

export async function openTestDb(): Promise<DbHandle> {
  const h = await openPglite(undefined);
  await h.migrate();
  return h;
}
