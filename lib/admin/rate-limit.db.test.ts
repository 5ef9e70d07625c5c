import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DbHandle } from '../db/client';
import { rateLimitBuckets } from '../db/schema';
import { openTestDb } from '../testing/test-db';
import { FULL_AFTER_MS, LIMITS, refundTokens, takeTokens, type Check } from './rate-limit';

let handle: DbHandle;
before(async () => {
  handle = await openTestDb();
});
after(() => handle.close());

const t0 = 1_700_000_000_000;
const login = (address: string): Check[] => [['loginPerAddress', address], ['loginGlobal', '*']];

test('an address gets its capacity, then a refusal with Retry-After, then a token per refill period', async () => {
  const { capacity, refillPerSec } = LIMITS.loginPerAddress;
  for (let i = 0; i < capacity; i++) assert.deepEqual(await takeTokens(handle.db, [['loginPerAddress', 'a']], t0), { ok: true });
  assert.deepEqual(await takeTokens(handle.db, [['loginPerAddress', 'a']], t0), { ok: false, retryAfterSec: 1 / refillPerSec });
  assert.deepEqual(await takeTokens(handle.db, [['loginPerAddress', 'b']], t0), { ok: true }, 'another address has its own bucket');
  assert.deepEqual(await takeTokens(handle.db, [['loginPerAddress', 'a']], t0 + 1000 / refillPerSec), { ok: true });
});

test('tokens are spent from every bucket or from none: a refused address does not drain the global budget', async () => {
  const global = LIMITS.loginGlobal.capacity;
  for (let i = 0; i < LIMITS.loginPerAddress.capacity; i++) assert.equal((await takeTokens(handle.db, login('c'), t0)).ok, true);
  for (let i = 0; i < 50; i++) assert.equal((await takeTokens(handle.db, login('c'), t0)).ok, false);
  // The global bucket lost only c's successful attempts: the rest of it is still there for others.
  let others = 0;
  for (let i = 0; (await takeTokens(handle.db, login(`d${i}`), t0)).ok; i++) others++;
  assert.equal(others, global - LIMITS.loginPerAddress.capacity);
});

test('a refund gives one token back, never beyond capacity', async () => {
  const checks: Check[] = [['uploadPerAddress', 'e']];
  for (let i = 0; i < LIMITS.uploadPerAddress.capacity; i++) await takeTokens(handle.db, checks, t0);
  assert.equal((await takeTokens(handle.db, checks, t0)).ok, false);
  await refundTokens(handle.db, checks, t0);
  assert.equal((await takeTokens(handle.db, checks, t0)).ok, true);
  for (let i = 0; i < 20; i++) await refundTokens(handle.db, checks, t0);
  let taken = 0;
  while ((await takeTokens(handle.db, checks, t0)).ok) taken++;
  assert.equal(taken, LIMITS.uploadPerAddress.capacity);
});

test('concurrent requests never spend more tokens than the bucket holds', async () => {
  const results = await Promise.all(Array.from({ length: 20 }, () => takeTokens(handle.db, [['loginPerAddress', 'f']], t0)));
  assert.equal(results.filter((r) => r.ok).length, LIMITS.loginPerAddress.capacity);
});

test('buckets full again are pruned, so a flood of addresses does not stay in the table', async () => {
  for (let i = 0; i < 100; i++) await takeTokens(handle.db, [['uploadPerAddress', `flood-${i}`]], t0);
  const later = t0 + 60_000 + FULL_AFTER_MS + 1; // every earlier test's buckets were last touched by t0 + 1 min
  await takeTokens(handle.db, [['uploadPerAddress', 'late']], later);
  const keys = (await handle.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((r) => r.key);
  assert.deepEqual(keys, ['uploadPerAddress:late']);
});
