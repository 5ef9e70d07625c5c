/**
 * In-memory token buckets keyed by client address: `capacity` requests at once, refilled at
 * `refillPerSec`. One process serves the embedded database, so process memory is the right
 * scope; the map is bounded so a flood of new addresses cannot grow it without limit.
 */
export interface BucketOptions {
  capacity: number;
  refillPerSec: number;
  /** Most keys remembered; full (idle) buckets are forgotten first. */
  maxKeys?: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfterSec: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;

  constructor(private readonly opts: BucketOptions) {
    this.maxKeys = opts.maxKeys ?? 10_000;
  }

  /** Spends one token, or says how long until one is there. */
  take(key: string, now = Date.now()): TakeResult {
    const r = this.peek(key, now);
    if (r.ok) this.buckets.get(key)!.tokens -= 1;
    return r;
  }

  /** Gives a spent token back (a login that succeeded), never beyond capacity. */
  refund(key: string, now = Date.now()): void {
    const b = this.refill(key, now);
    b.tokens = Math.min(this.opts.capacity, b.tokens + 1);
  }

  /** Whether a token is there, without spending it. */
  peek(key: string, now = Date.now()): TakeResult {
    const b = this.refill(key, now);
    if (b.tokens >= 1) return { ok: true };
    return { ok: false, retryAfterSec: Math.max(1, Math.ceil((1 - b.tokens) / this.opts.refillPerSec)) };
  }

  private refill(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.evict(now);
      b = { tokens: this.opts.capacity, updatedAt: now };
      this.buckets.set(key, b);
      return b;
    }
    const elapsed = Math.max(0, now - b.updatedAt) / 1000;
    b.tokens = Math.min(this.opts.capacity, b.tokens + elapsed * this.opts.refillPerSec);
    b.updatedAt = now;
    return b;
  }

  /** Drops buckets that have refilled completely (they hold no information), else the oldest. */
  private evict(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.updatedAt) / 1000) * this.opts.refillPerSec >= this.opts.capacity) this.buckets.delete(key);
    }
    if (this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
  }
}

/**
 * Checks limiters in order (per address first, then global) and spends a token from each
 * only when all have one: an address already refused does not drain the global budget and
 * lock the real administrator out.
 */
export function takeAll(checks: readonly (readonly [RateLimiter, string])[], now = Date.now()): TakeResult {
  for (const [limiter, key] of checks) {
    const r = limiter.peek(key, now);
    if (!r.ok) return r;
  }
  for (const [limiter, key] of checks) limiter.take(key, now);
  return { ok: true };
}


/**
 * The app's limiters. Login (failed attempts: a success refunds its token): 5 per address then one every 12 s, and
 * 30 then one every 2 s across all addresses. Upload: 10 batches per address then one every 6 s.
 * Kept on globalThis so every route module of the process shares one set.
 */
const g = globalThis as unknown as { __adminLimiters?: ReturnType<typeof makeLimiters> };
function makeLimiters() {
  return {
    loginPerAddress: new RateLimiter({ capacity: 5, refillPerSec: 1 / 12 }),
    loginGlobal: new RateLimiter({ capacity: 30, refillPerSec: 0.5 }),
    uploadPerAddress: new RateLimiter({ capacity: 10, refillPerSec: 1 / 6 }),
  };
}
export const limiters = (g.__adminLimiters ??= makeLimiters());
