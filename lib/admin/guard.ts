/**
 * The one place admin access is decided. There is no root middleware (the top level is
 * fixed), so every admin page calls `adminPage()` and every admin route handler calls
 * `adminRequest()` first.
 *
 * CSRF: every state-changing admin request is a POST to a route handler that checks
 * (1) the Origin header names our host (request-origin.ts), (2) the signed session cookie,
 * SameSite=Strict so no other site's page can send it, and (3) the session-bound CSRF token
 * from the form (session.ts). No admin mutation is a server action or a GET.
 */
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection, type NextRequest, type NextResponse } from 'next/server';
import { adminSessionKey, ConfigError, readEnv } from '../env';
import { isSameOrigin } from './request-origin';
import { failure } from './respond';
import { csrfToken, SESSION_COOKIE, verifyCsrfToken, verifySession, type Session } from './session';

export type AdminConfig = { enabled: true; token: string; key: Buffer } | { enabled: false; reason: string };

export function adminConfig(): AdminConfig {
  try {
    const token = readEnv().ADMIN_TOKEN;
    if (!token) return { enabled: false, reason: '未设置 ADMIN_TOKEN' };
    return { enabled: true, token, key: adminSessionKey(token) };
  } catch (e) {
    if (e instanceof ConfigError) return { enabled: false, reason: e.message };
    throw e;
  }
}

export interface AdminContext {
  session: Session;
  /** Put into every admin form as the hidden field `csrf`. */
  csrf: string;
}

/**
 * For admin pages: the context when logged in; a redirect to the login page when not;
 * `{ disabled }` when ADMIN_TOKEN is not set, for the page to say how to turn it on.
 */
export async function adminPage(): Promise<AdminContext | { disabled: string }> {
  // Render per request: ADMIN_TOKEN is read at run time, never frozen in at build time.
  await connection();
  const config = adminConfig();
  if (!config.enabled) return { disabled: config.reason };
  const session = verifySession(config.key, (await cookies()).get(SESSION_COOKIE)?.value);
  if (!session) redirect('/admin/login');
  return { session, csrf: csrfToken(config.key, session) };
}

export type Guarded = { ok: true; session: Session; key: Buffer } | { ok: false; response: NextResponse };

/**
 * For admin route handlers: refuses with 403 when the admin area is off or the request is
 * cross-origin, 401 without a valid session. Checks only what the headers carry, so it runs
 * before the body is read; `checkCsrf` then checks the form's token.
 */
export function adminRequest(request: NextRequest): Guarded {
  const config = adminConfig();
  if (!config.enabled) {
    return { ok: false, response: failure(request, 403, `管理功能未开启（${config.reason}）：设置 ADMIN_TOKEN 后重启服务。`) };
  }
  if (request.method !== 'GET' && !isSameOrigin(request.headers)) {
    return { ok: false, response: failure(request, 403, '跨站请求被拒绝（Origin 与本站不符）。') };
  }
  const session = verifySession(config.key, request.cookies.get(SESSION_COOKIE)?.value);
  if (!session) return { ok: false, response: failure(request, 401, '未登录或登录已过期，请先登录。', { back: '/admin/login' }) };
  return { ok: true, session, key: config.key };
}

export function checkCsrf(request: NextRequest, guard: { session: Session; key: Buffer }, form: FormData | null): NextResponse | null {
  const given = request.headers.get('x-csrf-token') ?? form?.get('csrf');
  if (verifyCsrfToken(guard.key, guard.session, typeof given === 'string' ? given : null)) return null;
  return failure(request, 403, 'CSRF 校验失败：请刷新管理页面后重试。');
}
