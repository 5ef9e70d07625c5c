/**
 * The whole path on a fresh database: start-up migrated it and loaded the sample reports,
 * the production server reads them, the home page shows them without a console error.
 * Runs once on the embedded database and once on PostgreSQL (E2E_DATABASE says which).
 */
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/** Opens `/`, collecting every console error and uncaught page error, with the URL that caused it. */
async function openHome(page: Page): Promise<string[]> {
  const errors = watchErrors(page);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  return errors;
}

test('home page renders what the database holds, without console errors', async ({ page }) => {
  const errors = await openHome(page);
  await expect(page.getByTestId('report-count')).toHaveText(/已存储报告 \d+ 份/);
  expect(errors).toEqual([]);
});

test('the sample reports loaded at start-up are shown', async ({ page }) => {
  const errors = await openHome(page);
  await expect(page.getByTestId('report-count')).toHaveText(/已存储报告 [1-9]\d* 份/);
  await expect(page.getByText('攀枝花市人民政府办公室').first()).toBeVisible();
  expect(errors).toEqual([]);
});
