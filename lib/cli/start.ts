/**
 * `npm start`: one command from a fresh clone to a running app.
 * 1. read the environment and check the port (fail fast, one line);
 * 2. open the database, migrate, load the sample reports into an empty one, close it again
 *    (which releases DATA_DIR: the Next server opens it next, and one process owns it);
 * 3. `next build` if the sources changed since the last build;
 * 4. the server (serve.ts: Next's handler, one process per core on PostgreSQL) as a child in
 *    its own process group (killed as a group: workers are orphaned otherwise), until it
 *    exits or we are told to stop.
 * Checking the database before building means a bad DATABASE_URL fails in a second, not after the build.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { ConfigError, readEnv, type Env } from '../env';
import { loadSamplesIfEmpty } from '../ingest/samples';
import { buildIfChanged } from './build';
import { assertPortFree } from './port';
import { runCli } from './run-cli';

async function prepareDatabase(env: Env): Promise<void> {
  const handle = await openDatabase(env, { owner: 'npm start' });
  try {
    const loaded = await loadSamplesIfEmpty(handle);
    if (loaded > 0) console.log(`empty database: loaded ${loaded} sample reports`);
  } finally {
    await handle.close();
  }
}

/** Requests `/` until the server answers: the URL is printed when it works, and the server opens its database now. */
async function waitUntilServing(url: string, child: ReturnType<typeof spawn>): Promise<boolean> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(30_000) });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return false;
}

function serve(port: number): Promise<never> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('lib', 'cli', 'serve.ts')], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // group already gone
    }
  };

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    killGroup('SIGTERM');
    setTimeout(() => killGroup('SIGKILL'), 10_000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  // Whatever else ends this process must not leave the server behind.
  process.on('exit', () => killGroup('SIGKILL'));

  const url = `http://localhost:${port}`;
  void waitUntilServing(url, child).then((up) => {
    if (up) console.log(`\n政府信息公开年度报告比较 is running: ${url}  (Ctrl-C to stop)\n`);
  });
  return new Promise((_, reject) => {
    child.on('exit', (code, signal) => {
      if (stopping) process.exit(0);
      reject(new ConfigError(`the server exited (${code ?? signal}): see its output above`));
    });
  });
}

runCli(async () => {
  // Next's anonymous telemetry calls out to the internet, which these machines often cannot reach.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  const env = readEnv();
  await assertPortFree(env.PORT);
  await prepareDatabase(env);
  buildIfChanged();
  await serve(env.PORT);
});
