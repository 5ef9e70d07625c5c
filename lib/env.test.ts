import assert from 'node:assert/strict';
import os from 'node:os';
import { test } from 'node:test';
import { ConfigError, readEnv, serverProcesses } from './env';

const PG = 'postgres://u:p@db.example:5432/reports';

test('server processes: one per core on PostgreSQL unless WEB_CONCURRENCY says otherwise', () => {
  assert.equal(serverProcesses(readEnv({ DATABASE_URL: PG })), os.availableParallelism());
  assert.equal(serverProcesses(readEnv({ DATABASE_URL: PG, WEB_CONCURRENCY: '3' })), 3);
  assert.equal(serverProcesses(readEnv({ DATABASE_URL: PG, WEB_CONCURRENCY: '' })), os.availableParallelism());
});

test('server processes: exactly one on the embedded database, and asking for more is a clear error', () => {
  assert.equal(serverProcesses(readEnv({})), 1);
  assert.equal(serverProcesses(readEnv({ WEB_CONCURRENCY: '1' })), 1);
  assert.throws(() => readEnv({ WEB_CONCURRENCY: '2' }), (e) => e instanceof ConfigError && /one process only.*DATABASE_URL/.test(e.message));
});

test('a bad WEB_CONCURRENCY names the variable', () => {
  for (const bad of ['0', '-1', 'many', '1.5']) {
    assert.throws(() => readEnv({ DATABASE_URL: PG, WEB_CONCURRENCY: bad }), (e) => e instanceof ConfigError && e.message.startsWith('WEB_CONCURRENCY'));
  }
});
