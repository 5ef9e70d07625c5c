/**
 * Environment, validated once. A bad value is a one-line message naming the variable
 * and the fix, never a stack trace deep inside a driver.
 */
import { createHmac } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const postgresUrl = z
  .string()
  .trim()
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
    } catch {
      return false;
    }
  }, 'DATABASE_URL must look like postgres://user:password@host:5432/dbname');

const envSchema = z.object({
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Server processes (the usual name for it). Unset: one per core on PostgreSQL, one on the embedded database. */
  WEB_CONCURRENCY: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(64).optional()),
  /**
   * Turns the admin area on. No default, ever: unset (or empty) means /admin is off.
   * 16 characters at least, so guessing it through the rate-limited login is hopeless.
   */
  ADMIN_TOKEN: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 24`)').optional(),
  ),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

export class ConfigError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  if (!parsed.data.DATABASE_URL && (parsed.data.WEB_CONCURRENCY ?? 1) > 1) {
    throw new ConfigError('WEB_CONCURRENCY: the embedded database is opened by one process only; set DATABASE_URL to serve from several');
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}

/**
 * How many processes serve requests. One Node process renders pages on one core; on
 * PostgreSQL every core gets one (their caches agree: they are keyed on the database's data
 * version). The embedded database is one process's alone, so it is served by exactly one.
 */
export const serverProcesses = (env: Env): number => (env.DATABASE_URL ? (env.WEB_CONCURRENCY ?? os.availableParallelism()) : 1);

/**
 * The key that signs admin session cookies, derived from ADMIN_TOKEN (HMAC-SHA256 with a
 * fixed label) rather than the token itself: the token never signs anything directly, and
 * changing ADMIN_TOKEN invalidates every session at once.
 */
export function adminSessionKey(adminToken: string): Buffer {
  return createHmac('sha256', adminToken).update('gov-disclosure-reports/admin-session/v1').digest();
}
