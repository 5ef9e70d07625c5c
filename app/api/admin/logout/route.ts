import type { NextRequest } from 'next/server';
import { adminRequest, checkCsrf } from '@/lib/admin/guard';
import { done } from '@/lib/admin/respond';
import { SESSION_COOKIE } from '@/lib/admin/session';

export async function POST(request: NextRequest) {
  const guard = adminRequest(request);
  if (!guard.ok) return guard.response;
  const refused = checkCsrf(request, guard, await request.formData().catch(() => null));
  if (refused) return refused;
  const response = done(request, '/admin/login', { ok: true });
  response.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', path: '/', maxAge: 0 });
  return response;
}
