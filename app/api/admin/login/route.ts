import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { adminConfig } from '@/lib/admin/guard';
import { refundTokens, takeTokens, type Check } from '@/lib/admin/rate-limit';
import { getDb } from '@/lib/db/server';
import { clientAddress, isHttps, isSameOrigin } from '@/lib/admin/request-origin';
import { done, failure } from '@/lib/admin/respond';
import { createSession, secretsEqual, SESSION_COOKIE, SESSION_TTL_MS } from '@/lib/admin/session';

const loginSchema = z.object({ token: z.string().min(1).max(1000) });

/**
 * Login: rate-limited per address and globally. Every attempt spends a token before the
 * token is compared (so parallel guesses cannot overrun the bucket); a success gives it
 * back, so the administrator is never locked out by their own logins.
 */
export async function POST(request: NextRequest) {
  const config = adminConfig();
  const back = { back: '/admin/login' };
  if (!config.enabled) return failure(request, 403, `管理功能未开启（${config.reason}）：设置 ADMIN_TOKEN 后重启服务。`, back);
  if (!isSameOrigin(request.headers)) return failure(request, 403, '跨站请求被拒绝（Origin 与本站不符）。', back);

  const checks: Check[] = [
    ['loginPerAddress', clientAddress(request.headers)],
    ['loginGlobal', '*'],
  ];
  const db = await getDb();
  const allowed = await takeTokens(db, checks);
  if (!allowed.ok) {
    return failure(request, 429, `尝试次数过多，请 ${allowed.retryAfterSec} 秒后再试。`, {
      ...back,
      headers: { 'Retry-After': String(allowed.retryAfterSec) },
    });
  }

  const form = await request.formData().catch(() => null);
  const parsed = loginSchema.safeParse({ token: form?.get('token') });
  if (!parsed.success || !secretsEqual(parsed.data.token, config.token)) return failure(request, 401, '口令错误。', back);
  await refundTokens(db, checks);

  const { cookie } = createSession(config.key);
  const response = done(request, '/admin', { ok: true });
  response.cookies.set(SESSION_COOKIE, cookie, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isHttps(request.headers, request.url),
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
  return response;
}
