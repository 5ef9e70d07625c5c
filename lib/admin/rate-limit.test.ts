import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimiter, takeAll } from './rate-limit';

const t0 = 1_000_000;

test('a bucket allows its capacity at once, then refuses with the wait until the next token', () => {
  const rl = new RateLimiter({ capacity: 3, refillPerSec: 0.5 });
  for (let i = 0; i < 3; i++) assert.deepEqual(rl.take('1.2.3.4', t0), { ok: true });
  assert.deepEqual(rl.take('1.2.3.4', t0), { ok: false, retryAfterSec: 2 });
  assert.deepEqual(rl.take('1.2.3.4', t0 + 1000), { ok: false, retryAfterSec: 1 });
  assert.deepEqual(rl.take('1.2.3.4', t0 + 2000), { ok: true });
});

test('addresses have separate buckets', () => {
  const rl = new RateLimiter({ capacity: 1, refillPerSec: 1 });
  assert.equal(rl.take('a', t0).ok, true);
  assert.equal(rl.take('a', t0).ok, false);
  assert.equal(rl.take('b', t0).ok, true);
});

test('refill never exceeds capacity', () => {
  const rl = new RateLimiter({ capacity: 2, refillPerSec: 1 });
  rl.take('a', t0);
  const later = t0 + 3_600_000;
  assert.equal(rl.take('a', later).ok, true);
  assert.equal(rl.take('a', later).ok, true);
  assert.equal(rl.take('a', later).ok, false);
});

test('peek does not spend a token', () => {
  const rl = new RateLimiter({ capacity: 1, refillPerSec: 1 });
  assert.equal(rl.peek('a', t0).ok, true);
  assert.equal(rl.peek('a', t0).ok, true);
  assert.equal(rl.take('a', t0).ok, true);
  assert.equal(rl.peek('a', t0).ok, false);
});

test('the map of buckets stays bounded under many addresses, and a refused address is still refused', () => {
  const rl = new RateLimiter({ capacity: 1, refillPerSec: 0.001, maxKeys: 50 });
  rl.take('attacker', t0);
  for (let i = 0; i < 40; i++) rl.take(`10.0.0.${i}`, t0);
  assert.equal(rl.take('attacker', t0).ok, false);
  for (let i = 0; i < 1000; i++) rl.take(`10.1.${i >> 8}.${i & 255}`, t0);
  assert.ok((rl as unknown as { buckets: Map<string, unknown> }).buckets.size <= 50);
});

test('takeAll spends from every limiter only when all have a token', () => {
  const perAddress = new RateLimiter({ capacity: 1, refillPerSec: 0.001 });
  const global = new RateLimiter({ capacity: 2, refillPerSec: 0.001 });
  assert.equal(takeAll([[perAddress, 'a'], [global, '*']], t0).ok, true);
  // 'a' is refused by its own bucket and must not drain the global one.
  for (let i = 0; i < 5; i++) assert.equal(takeAll([[perAddress, 'a'], [global, '*']], t0).ok, false);
  assert.equal(takeAll([[perAddress, 'b'], [global, '*']], t0).ok, true);
  const refused = takeAll([[perAddress, 'c'], [global, '*']], t0);
  assert.equal(refused.ok, false);
  assert.equal(perAddress.peek('c', t0).ok, true, 'c kept its own token');
});

test('a refund gives one token back, never beyond capacity', () => {
  const rl = new RateLimiter({ capacity: 2, refillPerSec: 0.001 });
  rl.take('a', t0);
  rl.take('a', t0);
  assert.equal(rl.peek('a', t0).ok, false);
  rl.refund('a', t0);
  assert.equal(rl.take('a', t0).ok, true);
  rl.refund('a', t0);
  rl.refund('a', t0);
  rl.refund('a', t0);
  assert.equal(rl.take('a', t0).ok, true);
  assert.equal(rl.take('a', t0).ok, true);
  assert.equal(rl.take('a', t0).ok, false);
});
