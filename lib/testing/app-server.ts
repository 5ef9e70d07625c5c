/**
 * The app as the e2e tests see it: started through the same path as `npm start`
 * (lib/cli/start.ts: migrate, samples, build if needed, serve), in its own process
 * group so stopping it stops everything it started.
 */
import { spawn } from 'node:child_process';
import { onExit } from '../process/exit-hooks';

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 5 * 60_000; // includes a production build on a slow machine

export async function startApp(env: NodeJS.ProcessEnv): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], { env, stdio: 'inherit', detached: true });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const unregister = onExit(() => signalGroup('SIGTERM'));

  const stop = async (): Promise<void> => {
    unregister();
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup('SIGTERM');
    const killer = setTimeout(() => signalGroup('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killer);
  };

  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}) before serving ${baseUrl}`);
    }
    try {
      await fetch(baseUrl, { signal: AbortSignal.timeout(30_000) });
      return { baseUrl, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  await stop();
  throw new Error(`the app did not answer on ${baseUrl} within ${STARTUP_LIMIT_MS / 60_000} minutes`);
}
