/**
 * The dashboard on the production build with the five sample reports loaded (embedded
 * database, then PostgreSQL). Expected figures come from lib/samples/seeds.expected.json,
 * the hand-read truth, not from the app: a report counts in comparisons when its body is
 * known (002 names none, so it waits for review), grouped by the province of its region.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { darkPixels, decodePng } from '../lib/charts/png-decode';
import { chartRows, downloadCsv, waitAllRendered, waitRendered, watchErrors } from './helpers';

interface Seed {
  year: number;
  regionCode: string | null;
  agencyIncludes: string | null;
  cells: Record<string, number | null>;
}
const seeds = Object.values(
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'lib/samples/seeds.expected.json'), 'utf8')) as Record<string, Seed>,
);
const compared = seeds.filter((s) => s.agencyIncludes !== null && s.regionCode !== null);
const latestYear = Math.max(...compared.map((s) => s.year));
const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;
/** GB/T 2260 names of the provinces the samples come from. */
const PROVINCE_NAMES: Record<string, string> = { '500000': '重庆市', '510000': '四川省', '350000': '福建省' };

/** 本年新收 (总计) by province for the latest year, summed from the hand-read cells. */
function expectedApplications(): Map<string, number> {
  const sums = new Map<string, number>();
  for (const s of compared.filter((x) => x.year === latestYear)) {
    const name = PROVINCE_NAMES[provinceOf(s.regionCode!)];
    sums.set(name, (sums.get(name) ?? 0) + (s.cells['requests.received.total'] ?? 0));
  }
  return sums;
}

test('every page loads without console errors', async ({ page }) => {
  const errors = watchErrors(page);
  for (const url of ['/', '/compare', '/compare?level=city&view=shares&category=withheld', '/compare?level=county&from=2019', '/quality']) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await waitAllRendered(page);
  }
  await page.goto('/');
  await page.getByRole('link', { name: /攀枝花市/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('攀枝花市');
  await expect(page.locator('[data-check]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('overview headline equals the hand-read reports', async ({ page }) => {
  await page.goto('/');
  const ofYear = compared.filter((s) => s.year === latestYear);
  const received = ofYear.reduce((a, s) => a + (s.cells['requests.received.total'] ?? 0), 0);
  await expect(page.locator('[data-figure="reports"] [data-value]')).toHaveText(String(ofYear.length));
  await expect(page.locator('[data-figure="received"] [data-value]')).toHaveText(received.toLocaleString('zh-CN'));
});

test('compare: figures, filter → URL → chart, permalink, CSV', async ({ page, browser }) => {
  await page.goto('/compare');
  await waitRendered(page, 'applications');
  const rows = await chartRows(page, 'applications');
  const expected = expectedApplications();
  expect(new Map(rows.map((r) => [r[0], Number(r[1])]))).toEqual(expected);

  // The CSV behind the chart is the same data.
  const lines = await downloadCsv(page, page.locator('[data-chart="applications"]').getByRole('link', { name: '数据 CSV' }));
  expect(lines[0][0]).toBe('地区/机关');
  expect(new Map(lines.slice(1).map((l) => [l[0], Number(l[1])]))).toEqual(expected);

  // Changing a filter changes the URL and the chart.
  await page.locator('select[name="level"]').selectOption('county');
  await page.getByRole('button', { name: '应用' }).click();
  await expect(page).toHaveURL(/level=county/);
  await waitRendered(page, 'applications');
  const countyRows = await chartRows(page, 'applications');
  expect(countyRows.map((r) => r[0])).not.toEqual(rows.map((r) => r[0]));
  const counties = compared.filter((s) => s.year === latestYear && !s.regionCode!.endsWith('00'));
  expect(countyRows.map((r) => Number(r[1])).sort()).toEqual(counties.map((s) => s.cells['requests.received.total']).sort());

  // A permalink opened fresh shows the same view.
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await waitRendered(fresh, 'applications');
  expect(await chartRows(fresh, 'applications')).toEqual(countyRows);
  await expect(fresh.locator('select[name="level"]')).toHaveValue('county');
  await fresh.close();
});

test('outcomes toggle to shares and drill into a category', async ({ page }) => {
  await page.goto('/compare');
  await page.locator('[data-chart="outcomes"]').getByRole('link', { name: '占比' }).click();
  await expect(page).toHaveURL(/view=shares/);
  await waitRendered(page, 'outcomes');
  const shares = await chartRows(page, 'outcomes');
  for (const row of shares) {
    const sum = row.slice(2).filter(Boolean).reduce((a, v) => a + Number(v.replace('%', '')), 0);
    expect(Math.abs(sum - 100)).toBeLessThan(0.5);
  }
  await page.getByRole('link', { name: '不予公开的具体情形' }).click();
  await expect(page).toHaveURL(/category=withheld/);
  await waitRendered(page, 'reasons');
  await expect(page.locator('[data-chart="reasons"] thead')).toContainText('属于国家秘密');
});

test('PNG download is a real image with text drawn in the title area', async ({ page }) => {
  await page.goto('/compare');
  await waitRendered(page, 'applications');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-chart="applications"]').getByRole('link', { name: /下载 PNG/ }).click(),
  ]);
  const bmp = decodePng(fs.readFileSync((await download.path())!));
  expect([bmp.width, bmp.height]).toEqual([1920, 1080]); // 960 × 540 at 2×
  // Title: 18 px at (16, 10) → about y 20–60 at 2×; dark glyph pixels must be there.
  expect(darkPixels(bmp, 20, 16, 700, 64)).toBeGreaterThan(300);
  // Far right of the title row is empty background: the dark pixels are text, not a dark image.
  expect(darkPixels(bmp, 1700, 0, 1920, 16)).toBe(0);
});

test('first paint without JavaScript: every chart is a server-drawn image, fixed by the data version', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare');
  const images = page.locator('[data-chart] .chart img');
  await expect(images).toHaveCount(4); // applications, outcomes, appeals, applicants
  for (const img of await images.all()) {
    await expect.poll(() => img.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBe(960);
  }
  // The page carries links, not the charts' data: their SVG and numbers come from the image and data URLs.
  expect(await page.locator('[data-chart] svg').count()).toBe(0);
  const src = (await images.first().getAttribute('src'))!;
  const version = new URL(src, 'http://x').searchParams.get('v');
  expect(version).toMatch(/^\d+$/);
  const preview = await request.get(src);
  expect(preview.headers()['content-type']).toContain('image/svg+xml');
  expect(preview.headers()['cache-control']).toContain('immutable');
  // Another data version's URL is answered with today's chart, never cached.
  const stale = await request.get(src.replace(`v=${version}`, 'v=0'));
  expect(stale.headers()['cache-control']).toBe('no-cache');
  await context.close();
});

test('the overview trend has its data table and downloads', async ({ page }) => {
  await page.goto('/');
  await waitRendered(page, 'trend');
  // Every year from the first report to the latest, years without reports included (as gaps, not zeros).
  const first = Math.min(...compared.map((s) => s.year));
  const years = Array.from({ length: latestYear - first + 1 }, (_, i) => first + i);
  expect((await chartRows(page, 'trend')).map((r) => r[0])).toEqual(years.map((y) => `${y}年`));
  const csv = await downloadCsv(page, page.locator('[data-chart="trend"]').getByRole('link', { name: '数据 CSV' }));
  expect(csv.slice(1).map((r) => r[0])).toEqual(years.map((y) => `${y}年`));
});

test('bad parameters: a friendly message on the page, 400 JSON from the API', async ({ page, request }) => {
  const errors = watchErrors(page);
  const res = await page.goto('/compare?level=planet');
  expect(res?.status()).toBe(200);
  await expect(page.locator('[data-bad-params]')).toContainText('level');
  const api = await request.get('/api/charts/applications?format=png&year=abc');
  expect(api.status()).toBe(400);
  expect((await api.json()).error).toMatch(/year/);
  expect((await request.get('/api/charts/pie?format=png')).status()).toBe(400);
  expect(errors).toEqual([]);
});

test('agency page shows every cell as the report printed it', async ({ page }) => {
  const seed = compared.find((s) => s.agencyIncludes === '攀枝花市')!;
  await page.goto('/');
  await page.getByRole('link', { name: /攀枝花市/ }).first().click();
  const latest = page.locator('section[data-year]').first();
  await expect(latest).toHaveAttribute('data-year', String(seed.year));
  const shown = await latest
    .locator('td[data-key]')
    .evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-key')!, td.textContent ?? ''])));
  expect(Object.keys(shown).sort()).toEqual(Object.keys(seed.cells).sort());
  for (const [key, value] of Object.entries(seed.cells)) expect(shown[key], key).toBe(value === null ? '' : value.toLocaleString('zh-CN'));
});

test('bulk export: every printed cell of the compared reports, and a 400 for a bad format', async ({ request }) => {
  const res = await request.get('/api/export?format=csv');
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.trim().split(/\r\n/);
  expect(lines.length - 1).toBe(compared.reduce((a, s) => a + Object.keys(s.cells).length, 0));
  const bad = await request.get('/api/export?format=pdf');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/format/);
});
