/**
 * The whole path on a fresh database: start-up migrated it and loaded the sample reports,
 * the production server reads them, the home page shows them without a console error.
 * Runs once on the embedded database and once on PostgreSQL (E2E_DATABASE says which).
 */
import { expect, test } from '@playwright/test';

test('home page shows the sample reports from the database', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('report-count')).toHaveText(/已存储报告 [1-9]\d* 份/);
  await expect(page.getByText('攀枝花市人民政府办公室').first()).toBeVisible();
  expect(errors).toEqual([]);
});
