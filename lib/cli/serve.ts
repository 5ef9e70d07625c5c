/**
 * The production server `npm start` runs: Next's request handler (the documented custom
 * server API, `next({ dev: false })`) in `serverProcesses(env)` processes sharing one port
 * through node:cluster. A Node process renders on one core, so `next start` alone leaves the
 * other cores idle; on PostgreSQL each core gets a worker. On the embedded database there
 * is exactly one process and no cluster primary at all.
 *
 * Workers share nothing in memory and need not: result caches are keyed on the database's
 * data version, rate limits live in the database, uploads are staged on disk. A worker that
 * dies is replaced; one that dies right after starting (a broken build, a bad database) is
 * not, and the server exits with the reason instead of restarting forever.
 */
import cluster, { type Worker } from 'node:cluster';
import http from 'node:http';
import next from 'next';
import { readEnv, serverProcesses } from '../env';
import { runCli } from './run-cli';

const CRASH_WINDOW_MS = 10_000;
const STOP_GRACE_MS = 10_000;

async function serveHere(port: number): Promise<void> {
  const app = next({ dev: false, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error(`request ${req.method} ${req.url} failed:`, err);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end('Internal Server Error');
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

function runPrimary(workers: number): void {
  process.title = `gov-reports server (${workers} workers)`;
  const startedAt = new Map<Worker, number>();
  let stopping = false;
  const fork = () => startedAt.set(cluster.fork(), Date.now());
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) process.exit(0);
      return;
    }
    if (lived < CRASH_WINDOW_MS) {
      console.error(`error: a server worker exited ${lived} ms after starting (${code ?? signal}): see its output above`);
      stopping = true;
      for (const w of startedAt.keys()) w.process.kill('SIGTERM');
      process.exit(1);
    }
    console.error(`a server worker exited (${code ?? signal}); starting another`);
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of startedAt.keys()) w.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  for (let i = 0; i < workers; i++) fork();
}

runCli(async () => {
  const env = readEnv();
  const workers = serverProcesses(env);
  if (workers > 1 && cluster.isPrimary) runPrimary(workers);
  else await serveHere(env.PORT);
});
