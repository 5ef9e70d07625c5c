/**
 * The dashboard on a synthetic national corpus (a few hundred reports over real regions, both
 * templates, text/HTML/PDF/DOCX layouts), ingested through the real ingest path before the app
 * started, so the five samples are not loaded (start-up only fills an empty database).
 * Expected figures come from two places the app does not compute them with:
 *   - this spec's own SQL on the database (DATABASE_URL), written from the data dictionary,
 *     not from lib/queries: current reports, summed by the division of their body;
 *   - the generator itself (E2E_SYNTH_TRUTH, written by the runner): the cells it rendered, which
 *     the app must show after parsing the rendered file, an end-to-end proof of the whole pipeline.
 * Runs only in the synthetic pass of `npm run test:e2e` (E2E_CORPUS=synthetic).
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { z } from 'zod';
import { cellColumnName } from '../lib/db/schema/report-cells';
import { requestKey } from '../lib/report/cells';
import { TEXT_LAYOUTS } from '../lib/report/render';
import { chartColumns, chartRows, downloadCsv, waitAllRendered, waitRendered, watchErrors } from './helpers';

const env = z
  .object({
    DATABASE_URL: z.string().startsWith('postgres://'),
    E2E_SYNTH_TRUTH: z.string().min(1),
  })
  .parse(process.env);

/** What the generator rendered for one report, in corpus order. */
const truthSchema = z.array(
  z.object({
    agency: z.string(),
    year: z.number(),
    layout: z.string(),
    sha256: z.string(),
    cells: z.record(z.string(), z.number().nullable()),
  }),
);
type Truth = z.infer<typeof truthSchema>[number];
const truth: Truth[] = truthSchema.parse(JSON.parse(fs.readFileSync(env.E2E_SYNTH_TRUTH, 'utf8')));

/** A chart shows at most this many groups, the largest (lib/charts/groups.ts): the rest is cut, also from its CSV. */
const MAX_GROUPS = 30;
const RECEIVED = cellColumnName(requestKey('received', 'total'));
const LEVELS = ['province', 'city', 'county'] as const;
type Level = (typeof LEVELS)[number];

let sql: postgres.Sql;
let latestYear: number;
let firstYear: number;

test.beforeAll(async () => {
  sql = postgres(env.DATABASE_URL, { max: 2, onnotice: () => {} });
  const [row] = await sql<{ first: number; latest: number }[]>`
    select min(year)::int as first, max(year)::int as latest from reports where status = 'current'`;
  ({ first: firstYear, latest: latestYear } = row);
});

test.afterAll(async () => {
  await sql?.end();
});

/**
 * The division a body's report counts under at a level. Districts of the four municipalities
 * have no city in GB/T 2260: at city level they count under the municipality itself.
 */
function divisionOf(level: Level) {
  if (level === 'province') return sql`a.province_code`;
  if (level === 'county') return sql`a.county_code`;
  return sql`coalesce(a.city_code, case when a.county_code is not null then a.province_code end)`;
}

interface Expected {
  /** 本年新收 per year of the range; null: no report of the group printed it that year. */
  values: (number | null)[];
  reports: number[];
}

/** 本年新收 (总计) and report counts by division name and year, from the current reports. */
async function expectedApplications(level: Level, from: number, to: number): Promise<Map<string, Expected>> {
  const rows = await sql<{ name: string; year: number; value: number | null; reports: number }[]>`
    select coalesce(g.full_name, d.code) as name, r.year::int as year,
           sum(c.${sql(RECEIVED)})::float8 as value, count(*)::int as reports
    from reports r
    join report_cells c on c.report_id = r.id
    join agencies a on a.id = r.agency_id
    cross join lateral (select ${divisionOf(level)} as code) d
    left join regions g on g.code = d.code
    where r.status = 'current' and r.year between ${from} and ${to} and d.code is not null
    group by 1, 2`;
  const years = to - from + 1;
  const out = new Map<string, Expected>();
  for (const r of rows) {
    const e = out.get(r.name) ?? { values: Array<number | null>(years).fill(null), reports: Array<number>(years).fill(0) };
    e.values[r.year - from] = r.value;
    e.reports[r.year - from] = r.reports;
    out.set(r.name, e);
  }
  return out;
}

const num = (text: string): number | null => (text === '' ? null : Number(text));
const weight = (e: Expected) => e.values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** Rows of the applications table (or its CSV) equal the database, all groups or the largest MAX_GROUPS. */
function expectRowsMatch(rows: string[][], expected: Map<string, Expected>): void {
  const years = [...expected.values()][0].values.length;
  expect(rows.length).toBe(Math.min(expected.size, MAX_GROUPS));
  const shown = new Set<string>();
  for (const [name, ...cells] of rows) {
    const e = expected.get(name);
    expect(e, `group ${name} is in the database`).toBeDefined();
    expect({ name, values: cells.slice(0, years).map(num), reports: cells.slice(years).map(Number) }).toEqual({ name, ...e });
    shown.add(name);
  }
  // Cut groups are never larger than a shown one.
  const hidden = [...expected].filter(([n]) => !shown.has(n)).map(([, e]) => weight(e));
  const smallestShown = Math.min(...rows.map((r) => weight(expected.get(r[0])!)));
  for (const w of hidden) expect(w).toBeLessThanOrEqual(smallestShown);
}

async function openCompare(page: Page, url: string): Promise<string[][]> {
  await page.goto(url);
  await waitRendered(page, 'applications');
  return chartRows(page, 'applications');
}

/** The reports of the latest year that the generator wrote as plain text, and the body each was stored under. */
async function textReportsOfLatestYear(count: number): Promise<(Truth & { agencyId: number })[]> {
  const picked = truth.filter((t) => t.year === latestYear && (TEXT_LAYOUTS as readonly string[]).includes(t.layout)).slice(0, count);
  expect(picked.length).toBe(count);
  return Promise.all(
    picked.map(async (t) => {
      const [row] = await sql<{ agencyId: number }[]>`
        select agency_id as "agencyId" from reports where sha256 = ${t.sha256} and status = 'current'`;
      expect(row, `the generated file of ${t.agency} ${t.year} is stored as a current report`).toBeDefined();
      return { ...t, agencyId: row.agencyId };
    }),
  );
}

test('the database holds the synthetic corpus and only it', async () => {
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from reports where status = 'current'`;
  expect(n).toBe(truth.length);
  const stored = new Set((await sql<{ sha256: string }[]>`select sha256 from reports where status = 'current'`).map((r) => r.sha256));
  // Text and HTML regenerate byte for byte (PDF and DOCX may embed their creation time).
  const textual = truth.filter((t) => t.layout !== 'pdf' && t.layout !== 'docx');
  expect(textual.filter((t) => !stored.has(t.sha256)).map((t) => `${t.agency} ${t.year}`)).toEqual([]);
});

test('every page loads without console errors', async ({ page }) => {
  const errors = watchErrors(page);
  const agencies = await textReportsOfLatestYear(3);
  const urls = [
    '/',
    ...LEVELS.map((l) => `/compare?level=${l}`),
    `/compare?from=${firstYear}&to=${latestYear}`,
    '/compare?level=city&view=shares&category=withheld',
    '/quality',
    ...agencies.map((a) => `/agencies/${a.agencyId}`),
  ];
  for (const url of urls) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitAllRendered(page);
  }
  expect(errors).toEqual([]);
});

test('overview headline equals the database and the generator', async ({ page }) => {
  await page.goto('/');
  const [db] = await sql<{ reports: number; received: number }[]>`
    select count(*)::int as reports, sum(c.${sql(RECEIVED)})::float8 as received
    from reports r join report_cells c on c.report_id = r.id
    where r.status = 'current' and r.year = ${latestYear}`;
  const generated = truth.filter((t) => t.year === latestYear);
  const generatedReceived = generated.reduce((a, t) => a + (t.cells[requestKey('received', 'total')] ?? 0), 0);
  expect([db.reports, db.received]).toEqual([generated.length, generatedReceived]);
  await expect(page.locator('[data-figure="reports"] [data-value]')).toHaveText(String(db.reports));
  await expect(page.locator('[data-figure="received"] [data-value]')).toHaveText(db.received.toLocaleString('zh-CN'));
});

for (const level of LEVELS) {
  test(`compare by ${level}, latest year: the chart's table equals the database`, async ({ page }) => {
    const rows = await openCompare(page, `/compare?level=${level}`);
    expect(await chartColumns(page, 'applications')).toEqual(['地区/机关', `${latestYear}年 本年新收`, `${latestYear}年 报告数`]);
    expectRowsMatch(rows, await expectedApplications(level, latestYear, latestYear));
  });
}

test('compare over a year range: one line per province, every year equals the database', async ({ page }) => {
  const rows = await openCompare(page, `/compare?from=${firstYear}&to=${latestYear}`);
  expect(firstYear).toBeLessThan(latestYear);
  expectRowsMatch(rows, await expectedApplications('province', firstYear, latestYear));
});

test('filter → URL → chart; the CSV is the chart; a permalink opened fresh shows the same view', async ({ page, browser }) => {
  const provinces = await openCompare(page, '/compare');
  await page.locator('select[name="level"]').selectOption('city');
  await page.getByRole('button', { name: '应用' }).click();
  await expect(page).toHaveURL(/level=city/);
  await waitRendered(page, 'applications');
  await expect.poll(() => chartRows(page, 'applications')).not.toEqual(provinces);
  const cities = await chartRows(page, 'applications');
  expectRowsMatch(cities, await expectedApplications('city', latestYear, latestYear));

  const csv = await downloadCsv(page, page.locator('[data-chart="applications"]').getByRole('link', { name: '数据 CSV' }));
  expect(csv[0]).toEqual(await chartColumns(page, 'applications'));
  expect(csv.slice(1)).toEqual(cities);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  const errors = watchErrors(fresh);
  await fresh.goto(page.url());
  await waitRendered(fresh, 'applications');
  expect(await chartRows(fresh, 'applications')).toEqual(cities);
  await expect(fresh.locator('select[name="level"]')).toHaveValue('city');
  expect(errors).toEqual([]);
  await context.close();
});

test('ground truth: reports generated as text show the cells the generator rendered', async ({ page }) => {
  for (const report of await textReportsOfLatestYear(3)) {
    await page.goto(`/agencies/${report.agencyId}`);
    const section = page.locator(`section[data-year="${report.year}"]`);
    const shown = await section
      .locator('td[data-key]')
      .evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-key')!, td.textContent ?? ''])));
    const expected = Object.fromEntries(Object.entries(report.cells).map(([k, v]) => [k, v === null ? '' : v.toLocaleString('zh-CN')]));
    expect(shown, `${report.agency} ${report.year} (${report.layout})`).toEqual(expected);

    // The same body compared alone: the chart's figure is the one the generator printed.
    const rows = await openCompare(page, `/compare?agencies=${report.agencyId}&year=${report.year}`);
    expect(rows.map((r) => [num(r[1]), Number(r[2])])).toEqual([[report.cells[requestKey('received', 'total')], 1]]);
  }
});

test('quality lists exactly the current reports failing a rule', async ({ page }) => {
  const [{ n }] = await sql<{ n: number }[]>`
    select count(*)::int as n from reports where status = 'current' and failed_checks > 0`;
  await page.goto('/quality');
  await expect(page.locator('[data-list="failing"] h2')).toContainText(`（${n}）`);
  await expect(page.locator('[data-list="failing"] tbody tr')).toHaveCount(n);
  await expect(page.locator('[data-list="review"] h2')).toContainText('（0）');
});
