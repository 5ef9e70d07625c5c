/**
 * Answers of the admin route handlers. Forms post to them from the admin pages (the browser
 * then shows a small page with the message and a way back); scripts asking for JSON get
 * `{ error }`. Either way the status is the real one (400, 401, 403, 413, 429).
 */
import { NextResponse } from 'next/server';

export function wantsJson(request: Request): boolean {
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function failure(
  request: Request,
  status: number,
  message: string,
  { back = '/admin', headers = {} as Record<string, string> } = {},
): NextResponse {
  if (wantsJson(request)) return NextResponse.json({ error: message }, { status, headers });
  // Messages can carry file names from the upload: escaped like everything else.
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>管理：${status}</title>
<body><main><h1>请求未完成（${status}）</h1><p role="alert">${escapeHtml(message)}</p>
<p><a href="${escapeHtml(back)}">返回</a></p></main></body></html>`;
  return new NextResponse(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}

/**
 * After a successful form post: 303 so a reload does not post again. JSON callers get `body`.
 * The Location is relative: `request.url` carries the host Next was configured with
 * (`localhost`), not the one the browser used, and the cookie belongs to the latter.
 */
export function done(request: Request, location: string, body: unknown): NextResponse {
  if (wantsJson(request)) return NextResponse.json(body);
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}
