import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { count, sql } from 'drizzle-orm';
import { agencies, reports } from '../db/schema';
import { openTestDb } from './test-db';

const onPostgres = process.env.TEST_DB === 'postgres';

describe(`openTestDb on ${onPostgres ? 'the throwaway PostgreSQL cluster' : 'PGlite in memory'}`, () => {
  test('gives a migrated, empty database of the kind TEST_DB asks for', async () => {
    const handle = await openTestDb();
    try {
      assert.equal(handle.kind, onPostgres ? 'postgres' : 'pglite');
      // Selecting from the schema's tables proves the migrations ran; zero rows, that it is fresh.
      const [{ n }] = await handle.db.select({ n: count() }).from(reports);
      assert.equal(n, 0);
    } finally {
      await handle.close();
    }
  });

  test('two databases are independent', async () => {
    const [a, b] = await Promise.all([openTestDb(), openTestDb()]);
    try {
      await a.db.insert(agencies).values({ name: '测试局', normalizedName: '测试局', level: 'county' });
      const [{ n }] = await b.db.select({ n: count() }).from(agencies);
      assert.equal(n, 0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('close() drops the database from the cluster', { skip: !onPostgres && 'PGlite in memory simply goes away' }, async () => {
    const { default: postgres } = await import('postgres');
    const admin = postgres(process.env.TEST_PG_URL!, { max: 1 });
    try {
      const exists = async (name: string): Promise<boolean> =>
        (await admin`select 1 from pg_database where datname = ${name}`).length === 1;
      const handle = await openTestDb();
      const [{ name }] = await handle.db
        .select({ name: sql<string>`current_database()` })
        .from(sql`(select 1) as one`);
      assert.match(name, /^test_/);
      assert.equal(await exists(name), true);
      await handle.close();
      assert.equal(await exists(name), false);
    } finally {
      await admin.end();
    }
  });
});
