/**
 * Admin sessions without server state: the cookie carries a random session id and its
 * expiry, signed with HMAC-SHA256 under a key derived from ADMIN_TOKEN (lib/env.ts). A
 * forged, altered or expired cookie fails verification; a new ADMIN_TOKEN voids them all.
 * Pure functions of (key, value, time), so they are tested without a server.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'admin_session';
/** Eight hours: a working day of imports, then log in again. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export interface Session {
  /** Random id; the CSRF token is derived from it. */
  sid: string;
  expiresAt: number;
}

const b64url = (buf: Buffer) => buf.toString('base64url');

function mac(key: Buffer, ...parts: string[]): string {
  return b64url(createHmac('sha256', key).update(parts.join('|')).digest());
}

/**
 * Compares two secrets in time independent of where they differ. Both sides are hashed
 * first so their lengths are equal and the comparison does not leak the token's length.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

export function createSession(key: Buffer, now = Date.now(), ttlMs = SESSION_TTL_MS): { session: Session; cookie: string } {
  const session = { sid: b64url(randomBytes(18)), expiresAt: now + ttlMs };
  return { session, cookie: `${session.sid}.${session.expiresAt}.${mac(key, 'session', session.sid, String(session.expiresAt))}` };
}

/** The session a cookie value proves, or null when it is malformed, forged or expired. */
export function verifySession(key: Buffer, cookie: string | undefined, now = Date.now()): Session | null {
  if (!cookie) return null;
  const m = /^([A-Za-z0-9_-]{24})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
  if (!m) return null;
  const [, sid, exp, sig] = m;
  if (!secretsEqual(sig, mac(key, 'session', sid, exp))) return null;
  const expiresAt = Number(exp);
  return expiresAt > now ? { sid, expiresAt } : null;
}

/**
 * CSRF token bound to the session (signed synchronizer token): rendered into every admin
 * form, checked on every admin POST. A cross-site page can neither read it (the cookie is
 * HTTP-only, the page is same-origin only) nor compute it (it needs the session key).
 */
export function csrfToken(key: Buffer, session: Session): string {
  return mac(key, 'csrf', session.sid);
}

export function verifyCsrfToken(key: Buffer, session: Session, given: string | null | undefined): boolean {
  return typeof given === 'string' && given.length > 0 && secretsEqual(given, csrfToken(key, session));
}
