/**
 * What an admin request says about where it came from: the client address for rate
 * limiting, whether it arrived over https (Secure cookies), and whether a state-changing
 * request was sent by one of our own pages (Origin check, CSRF defence in depth).
 */

/**
 * Next fills `x-forwarded-for` with the socket address only when the header is absent, so a
 * client talking to us directly can write its own. We take the last entry (the one the
 * nearest proxy appended) and pair the per-address limit with a global one, so rotating the
 * header buys an attacker nothing beyond the global budget.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get('x-real-ip') || 'unknown';
}

export function isHttps(headers: Headers, url: string): boolean {
  const proto = headers.get('x-forwarded-proto');
  if (proto) return proto.split(',')[0].trim() === 'https';
  return url.startsWith('https:');
}

/**
 * A POST counts as same-origin when its Origin header names our host. Browsers send Origin
 * on every cross-site POST (and on same-origin form POSTs), so a missing Origin is treated
 * as not-ours when `Sec-Fetch-Site` says cross-site and accepted otherwise (curl, scripts):
 * those callers still need the session cookie and the CSRF token.
 */
export function isSameOrigin(headers: Headers): boolean {
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const origin = headers.get('origin');
  if (origin === null) {
    const site = headers.get('sec-fetch-site');
    return site === null || site === 'same-origin' || site === 'none';
  }
  if (!host || origin === 'null') return false;
  try {
    return new URL(origin).host === host.split(',')[0].trim();
  } catch {
    return false;
  }
}
