/**
 * The stored data's version (see schema/data-version.ts). Writers call bumpDataVersion inside
 * their write transaction: readers see the new version exactly when they can see the new
 * rows, so a result cached under a version never mixes in older data than that version.
 */
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { dataVersion } from './schema';

/** Inside the writer's transaction, as late as possible: the row lock is then held only until commit. */
export async function bumpDataVersion(db: Db): Promise<void> {
  await db
    .insert(dataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1` } });
}

export async function readDataVersion(db: Db): Promise<number> {
  const rows = await db.select({ version: dataVersion.version }).from(dataVersion).limit(1);
  return rows[0]?.version ?? 0;
}
