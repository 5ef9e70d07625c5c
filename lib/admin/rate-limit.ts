/**
 * Token buckets for the admin routes: `capacity` requests at once, refilled at `refillPerSec`.
 * The buckets live in the database (schema/rate-limits.ts), not in a process's memory: on
 * PostgreSQL the app serves from one process per core, and a client's requests reach any of
 * them, so all must spend from the same bucket. The arithmetic is pure and tested alone.
 */
import { eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimitBuckets } from '../db/schema';

export interface Limit {
  capacity: number;
  refillPerSec: number;
}

/**
 * Login (failed attempts: a success refunds its token): 5 per address then one every 12 s,
 * and 30 then one every 2 s across all addresses. Upload: 10 batches per address then one every 6 s.
 */
export const LIMITS = {
  loginPerAddress: { capacity: 5, refillPerSec: 1 / 12 },
  loginGlobal: { capacity: 30, refillPerSec: 0.5 },
  uploadPerAddress: { capacity: 10, refillPerSec: 1 / 6 },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;
/** A limit and the key it counts by (a client address, or '*' for everyone). */
export type Check = readonly [LimitName, string];
export type TakeResult = { ok: true } | { ok: false; retryAfterSec: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** The tokens a bucket holds at `now`; a bucket never seen (or pruned) is full. */
export function tokensAt(limit: Limit, bucket: Bucket | undefined, now: number): number {
  if (!bucket) return limit.capacity;
  return Math.min(limit.capacity, bucket.tokens + (Math.max(0, now - bucket.updatedAt) / 1000) * limit.refillPerSec);
}

/** Whether one token can be spent, or how many whole seconds until one can. */
export function verdict(limit: Limit, tokens: number): TakeResult {
  return tokens >= 1 ? { ok: true } : { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - tokens) / limit.refillPerSec)) };
}

/** Untouched this long, every bucket is full again: its row holds no information. */
export const FULL_AFTER_MS = Math.max(...Object.values(LIMITS).map((l) => (l.capacity / l.refillPerSec) * 1000));

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * The buckets' tokens now, their rows locked until the transaction ends. Rows are created
 * first so there is something to lock, and locked in key order, so two requests can never
 * each hold a row the other waits for.
 */
async function lockBuckets(tx: Tx, checks: readonly Check[], now: number): Promise<{ keys: string[]; tokens: number[] }> {
  const keys = checks.map(([name, key]) => `${name}:${key}`);
  const fresh = checks.map(([name], i) => ({ key: keys[i], tokens: LIMITS[name].capacity, updatedAt: now }));
  await tx.insert(rateLimitBuckets).values(fresh.sort((a, b) => (a.key < b.key ? -1 : 1))).onConflictDoNothing();
  const rows = await tx.select().from(rateLimitBuckets).where(inArray(rateLimitBuckets.key, keys)).orderBy(rateLimitBuckets.key).for('update');
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return { keys, tokens: checks.map(([name], i) => tokensAt(LIMITS[name], byKey.get(keys[i]), now)) };
}

async function saveBuckets(tx: Tx, keys: string[], tokens: number[], now: number): Promise<void> {
  for (const [i, key] of keys.entries()) {
    await tx.update(rateLimitBuckets).set({ tokens: tokens[i], updatedAt: now }).where(eq(rateLimitBuckets.key, key));
  }
}

/**
 * Spends one token from every bucket of `checks`, or from none: an address already refused
 * does not drain the global budget and lock the real administrator out.
 */
export async function takeTokens(db: Db, checks: readonly Check[], now = Date.now()): Promise<TakeResult> {
  await pruneFullBuckets(db, now);
  return db.transaction(async (tx) => {
    const { keys, tokens } = await lockBuckets(tx, checks, now);
    for (const [i, [name]] of checks.entries()) {
      const refused = verdict(LIMITS[name], tokens[i]);
      if (!refused.ok) return refused;
    }
    await saveBuckets(tx, keys, tokens.map((t) => t - 1), now);
    return { ok: true } as const;
  });
}

/** Gives one token back to every bucket of `checks` (a login that succeeded), never beyond capacity. */
export async function refundTokens(db: Db, checks: readonly Check[], now = Date.now()): Promise<void> {
  await db.transaction(async (tx) => {
    const { keys, tokens } = await lockBuckets(tx, checks, now);
    await saveBuckets(tx, keys, tokens.map((t, i) => Math.min(LIMITS[checks[i][0]].capacity, t + 1)), now);
  });
}

/**
 * Deletes rows of buckets that are full again, so a flood of addresses cannot grow the table
 * for good. Rows another request holds are skipped, never waited for.
 */
async function pruneFullBuckets(db: Db, now: number): Promise<void> {
  const stale = db
    .select({ key: rateLimitBuckets.key })
    .from(rateLimitBuckets)
    .where(lt(rateLimitBuckets.updatedAt, now - FULL_AFTER_MS))
    .for('update', { skipLocked: true });
  await db.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, stale));
}
