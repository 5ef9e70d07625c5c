import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FULL_AFTER_MS, LIMITS, tokensAt, verdict } from './rate-limit';

const limit = { capacity: 3, refillPerSec: 0.5 };
const t0 = 1_000_000;

test('a bucket never seen is full', () => {
  assert.equal(tokensAt(limit, undefined, t0), 3);
});

test('a bucket refills at its rate and never beyond capacity', () => {
  assert.equal(tokensAt(limit, { tokens: 0, updatedAt: t0 }, t0 + 1000), 0.5);
  assert.equal(tokensAt(limit, { tokens: 0, updatedAt: t0 }, t0 + 4000), 2);
  assert.equal(tokensAt(limit, { tokens: 2, updatedAt: t0 }, t0 + 3_600_000), 3);
});

test('a clock that went backwards refills nothing rather than draining the bucket', () => {
  assert.equal(tokensAt(limit, { tokens: 1.5, updatedAt: t0 }, t0 - 60_000), 1.5);
});

test('a whole token is needed; the refusal says the whole seconds until one is there', () => {
  assert.deepEqual(verdict(limit, 1), { ok: true });
  assert.deepEqual(verdict(limit, 0), { ok: false, retryAfterSec: 2 });
  assert.deepEqual(verdict(limit, 0.5), { ok: false, retryAfterSec: 1 });
  assert.deepEqual(verdict(limit, 0.99), { ok: false, retryAfterSec: 1 });
});

test('after FULL_AFTER_MS every limit is full again, so pruning loses nothing', () => {
  for (const l of Object.values(LIMITS)) assert.equal(tokensAt(l, { tokens: 0, updatedAt: t0 }, t0 + FULL_AFTER_MS), l.capacity);
});
