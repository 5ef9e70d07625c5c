/**
 * One e2e pass: the production app on a fresh database of one kind, the Playwright specs
 * in e2e/ against it, then everything stopped and deleted, pass or fail.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from './app-server';
import { nodeModuleBin, runChild } from './child';
import { freePort, startPgCluster } from './pg-cluster';

export type E2eDatabase = 'embedded' | 'postgres';

export async function runE2e(database: E2eDatabase, playwrightArgs: string[]): Promise<void> {
  const cleanups: (() => void | Promise<void>)[] = [];
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()) };
    delete env.DATABASE_URL;
    // The admin area is on in e2e (e2e/admin.spec.ts logs in with this token); uploads are
    // staged in a directory of this run.
    env.ADMIN_TOKEN = randomBytes(24).toString('hex');
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-staging-'));
    cleanups.push(() => fs.rmSync(staging, { recursive: true, force: true }));
    env.ADMIN_STAGING_DIR = staging;
    if (database === 'embedded') {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-data-'));
      cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      env.DATA_DIR = dataDir;
    } else {
      const cluster = await startPgCluster();
      cleanups.push(cluster.stop);
      env.DATABASE_URL = cluster.url;
    }
    const app = await startApp(env);
    cleanups.push(app.stop);
    const config = path.join('e2e', 'playwright.config.ts');
    await runChild(process.execPath, [nodeModuleBin('@playwright/test/cli.js'), 'test', '-c', config, ...playwrightArgs], {
      ...process.env,
      BASE_URL: app.baseUrl,
      E2E_DATABASE: database,
      E2E_ADMIN_TOKEN: env.ADMIN_TOKEN,
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}
