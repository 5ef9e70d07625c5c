/**
 * Playwright against the production app that `npm run test:e2e` starts (it sets BASE_URL),
 * with Debian's Chromium: Playwright cannot download browsers on this network.
 */
import { defineConfig } from '@playwright/test';

const baseURL = process.env.BASE_URL;
if (!baseURL) {
  throw new Error('e2e specs run through `npm run test:e2e`, which builds and starts the app and sets BASE_URL');
}

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
  // The admin spec uploads and corrects reports, changing what the read-only specs compare against
  // the hand-read samples; it runs after them, on the same server and database. The synthetic
  // spec has a pass of its own, on a database holding a generated corpus instead of the samples.
  projects:
    process.env.E2E_CORPUS === 'synthetic'
      ? [{ name: 'synthetic', testMatch: /synthetic\.spec\.ts$/ }]
      : [
          { name: 'read-only', testIgnore: /(admin|synthetic)\.spec\.ts$/ },
          { name: 'admin', testMatch: /admin\.spec\.ts$/, dependencies: ['read-only'] },
        ],
  use: {
    baseURL,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
});
