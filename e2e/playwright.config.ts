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
