/**
 * openDatabase against real databases: the embedded one in a directory (migrated, locked,
 * released on close) and, on the cluster run, PostgreSQL with the errors people really make.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import { ConfigError, readEnv } from '../env';
import { LOCK_FILE } from './lock';
import { openDatabase } from './open';
import { reports } from './schema';

const clusterUrl = process.env.TEST_DB === 'postgres' ? process.env.TEST_PG_URL : undefined;

function withDatabase(url: string, user: string | undefined, database: string): string {
  const u = new URL(url);
  if (user) u.username = user;
  u.pathname = `/${database}`;
  return u.toString();
}

describe('openDatabase, embedded', () => {
  test('creates DATA_DIR, migrates, holds the lock until close', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'open-test-'));
    const dataDir = path.join(tmp, 'nested', 'data');
    try {
      const handle = await openDatabase(readEnv({ DATA_DIR: dataDir }), { owner: 'db test' });
      assert.equal(handle.kind, 'pglite');
      const lock = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'));
      assert.equal(lock.pid, process.pid);
      assert.equal(lock.command, 'db test');
      await assert.rejects(openDatabase(readEnv({ DATA_DIR: dataDir }), { owner: 'second' }), ConfigError);
      const [{ n }] = await handle.db.select({ n: count() }).from(reports);
      assert.equal(n, 0);
      await handle.close();
      assert.equal(fs.existsSync(path.join(dataDir, LOCK_FILE)), false);

      // Reopening finds the migrated database and migrating again changes nothing.
      const again = await openDatabase(readEnv({ DATA_DIR: dataDir }), { owner: 'db test' });
      await again.close();
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('openDatabase, PostgreSQL', { skip: !clusterUrl && 'needs the cluster (TEST_DB=postgres)' }, () => {
  const open = (url: string) => openDatabase(readEnv({ DATABASE_URL: url }), { owner: 'db test' });

  test('migrates a reachable database (twice: idempotent)', async () => {
    for (let i = 0; i < 2; i++) {
      const handle = await open(clusterUrl!);
      assert.equal(handle.kind, 'postgres');
      await handle.db.select({ n: count() }).from(reports);
      await handle.close();
    }
  });

  test('a database that does not exist: names it, where, and how to create it', async () => {
    const where = `${new URL(clusterUrl!).hostname}:${new URL(clusterUrl!).port}`;
    await assert.rejects(open(withDatabase(clusterUrl!, undefined, 'no_such_db')), (err: Error) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, new RegExp(`Database "no_such_db" does not exist on PostgreSQL at ${where}`));
      assert.match(err.message, /createdb/);
      return true;
    });
  });

  test('a user the server does not know: names the user and what to fix', async () => {
    await assert.rejects(open(withDatabase(clusterUrl!, 'nobody_here', 'postgres')), (err: Error) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /rejected user "nobody_here"/);
      assert.match(err.message, /DATABASE_URL/);
      return true;
    });
  });
});
