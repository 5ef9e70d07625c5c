/**
 * The administrators' import, end to end on the production build (ADMIN_TOKEN is set by
 * lib/testing/e2e.ts and handed over as E2E_ADMIN_TOKEN): access control, the upload →
 * preview → correct → save path into the public pages, rate limits, and report text that
 * carries markup staying inert. Tests run in order (workers: 1); the rate-limit test uses its
 * own client address so the administrator's address is never locked out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const TOKEN = process.env.E2E_ADMIN_TOKEN ?? '';
const SAMPLES = path.join(process.cwd(), 'lib', 'samples', 'reports');
const sampleFiles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const SEED_002 = sampleFiles.find((f) => f.startsWith('002_'))!;

test.beforeAll(() => {
  expect(TOKEN, 'run through `npm run test:e2e`, which sets E2E_ADMIN_TOKEN').not.toBe('');
});

async function logIn(page: Page) {
  await page.goto('/admin/login');
  await page.getByLabel('管理口令').fill(TOKEN);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

test('every response carries the security headers', async ({ request }) => {
  for (const url of ['/', '/compare', '/admin/login']) {
    const res = await request.get(url, { maxRedirects: 0 });
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).toContain("object-src 'none'");
    expect(csp, url).toContain("base-uri 'self'");
    expect(res.headers()['x-content-type-options'], url).toBe('nosniff');
    expect(res.headers()['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
  }
});

test('anonymous requests to admin pages go to the login, to admin APIs get 401', async ({ request, baseURL }) => {
  for (const url of ['/admin', '/admin/reports', `/admin/batches/${'A'.repeat(43)}`]) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(307);
    expect(res.headers()['location'], url).toMatch(/\/admin\/login$/);
  }
  const sameOrigin = { Origin: baseURL!, Accept: 'application/json' };
  for (const url of ['/api/admin/upload', '/api/admin/reparse', '/api/admin/logout', `/api/admin/batches/${'A'.repeat(43)}`, '/api/admin/reports/1/remove']) {
    const res = await request.post(url, { headers: sameOrigin, multipart: { csrf: 'x' } });
    expect(res.status(), url).toBe(401);
  }
  // A forged session cookie is no session.
  const forged = await request.post('/api/admin/reparse', {
    headers: { ...sameOrigin, Cookie: `admin_session=${'a'.repeat(24)}.9999999999999.${'b'.repeat(43)}` },
  });
  expect(forged.status()).toBe(401);
});

test('log in, upload the samples, give seed 002 its body and region, save, find it on the dashboard', async ({ page }) => {
  await logIn(page);
  await page.locator('input[name="files"]').setInputFiles(sampleFiles.map((f) => path.join(SAMPLES, f)));
  await page.getByRole('button', { name: '上传并预览' }).click();
  await expect(page).toHaveURL(/\/admin\/batches\//);

  // Every file is previewed before anything is saved; 002 names no body (我镇).
  for (const f of sampleFiles) await expect(page.locator(`section[data-file="${f}"] h2`)).toHaveText(f);
  const seed = page.locator(`section[data-file="${SEED_002}"]`);
  await expect(seed.locator('[data-field="agency"]')).toHaveText('（未识别）');
  await expect(seed.getByText('三、收到和处理政府信息公开申请情况')).toBeVisible();
  await expect(seed.getByText(/勾稽关系：通过/)).toBeVisible();

  await seed.getByLabel('报告机关').fill('杭州市余杭区良渚街道办事处');
  await seed.getByLabel('地区代码').fill('330110');
  await page.getByRole('button', { name: '按更正重新解析' }).click();
  await expect(page.locator(`section[data-file="${SEED_002}"] [data-field="region"]`)).toContainText('330110');

  await page.getByRole('button', { name: '保存' }).click();
  const summary = page.getByTestId('ingest-summary');
  await expect(summary).toContainText('失败 0');
  // The samples were loaded at start-up: 002 (then in review) is new now, the others unchanged.
  await expect(page.locator('li[data-outcome="new"]')).toContainText(SEED_002);
  await expect(page.locator('li[data-outcome="unchanged"]')).toHaveCount(sampleFiles.length - 1);

  await page.goto('/');
  await expect(page.getByRole('link', { name: /良渚街道办事处/ }).first()).toBeVisible();
});

test('a report carrying HTML and <script> renders as inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await logIn(page);
  const hostileName = '<img src=x onerror=alert(1)>.txt';
  const body = fs.readFileSync(path.join(SAMPLES, sampleFiles[0]), 'utf8') + '\n<script>alert("file")</script><b onmouseover=alert(2)>x</b>\n';
  await page.locator('input[name="files"]').setInputFiles({ name: hostileName, mimeType: 'text/plain', buffer: Buffer.from(body) });
  await page.getByRole('button', { name: '上传并预览' }).click();
  await expect(page.getByRole('heading', { name: hostileName })).toBeVisible();

  const hostileAgency = '<script>window.__xss=1;alert("agency")</script>测试局';
  await page.getByLabel('报告机关').fill(hostileAgency);
  await page.getByLabel('地区代码').fill('500105');
  await page.getByLabel('年度').fill('2019');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('ingest-summary')).toBeVisible();

  await page.goto('/');
  await expect(page.getByText(hostileAgency).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a wrong token is refused, and repeated wrong tokens are rate-limited with Retry-After', async ({ request, baseURL }) => {
  // Its own address (the last forwarded hop is the limiter's key) so the admin's stays usable.
  const headers = { Origin: baseURL!, Accept: 'application/json', 'X-Forwarded-For': '198.51.100.23' };
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let i = 0; i < 8; i++) {
    const res = await request.post('/api/admin/login', { headers, form: { token: `wrong-token-${i}-xxxxxxxx` } });
    statuses.push(res.status());
    if (res.status() === 429) retryAfter = res.headers()['retry-after'];
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.slice(5)).toEqual([429, 429, 429]);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  // Even the right token waits while the address is limited.
  const right = await request.post('/api/admin/login', { headers, form: { token: TOKEN } });
  expect(right.status()).toBe(429);
});
