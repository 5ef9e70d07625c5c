/** What the e2e specs share: console-error watching, charts' accessible data tables, their CSV downloads. */
import fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Collects every console error and uncaught page error of `page` from now on. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Rows of a chart's accessible data table: [name, ...cells as text, thousands separators removed]. */
export async function chartRows(page: Page, chart: string): Promise<string[][]> {
  const table = page.locator(`[data-chart="${chart}"] details table`);
  await table.waitFor({ state: 'attached' }); // the island draws it once the chart's data has arrived
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replaceAll(',', ''))),
  );
}

/** Header cells of a chart's accessible data table. */
export async function chartColumns(page: Page, chart: string): Promise<string[]> {
  const header = page.locator(`[data-chart="${chart}"] details table thead`);
  await header.waitFor({ state: 'attached' });
  return header.locator('th').allTextContents();
}

export const waitRendered = (page: Page, chart: string) =>
  expect(page.locator(`[data-chart="${chart}"] [data-chart-rendered="true"]`)).toBeVisible({ timeout: 20_000 });

/** Waits until every chart of the page that has data has drawn (an empty chart shows a notice instead). */
export async function waitAllRendered(page: Page): Promise<void> {
  for (const chart of await page.locator('[data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')!))) {
    if ((await page.locator(`[data-chart="${chart}"] [data-empty]`).count()) === 0) await waitRendered(page, chart);
  }
}

/** Clicks a download link and reads the CSV it saves: BOM checked and stripped, rows split on CRLF and commas. */
export async function downloadCsv(page: Page, link: Locator): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return csv.slice(1).trim().split(/\r\n/).map((l) => l.split(','));
}
