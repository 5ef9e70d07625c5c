/**
 * A throwaway PostgreSQL server for tests, e2e runs and benchmarks: Debian's own binaries,
 * a temp directory, a free port, C.UTF-8 ordering (what PGlite sorts Chinese text by), trust
 * auth on 127.0.0.1 only. It is always stopped and deleted: by stop(), and by an exit hook
 * when the process ends some other way (a failed test run, Ctrl-C, kill).
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { onExit } from '../process/exit-hooks';

export interface PgCluster {
  /** Admin URL (user postgres, database postgres). */
  url: string;
  stop(): void;
}

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, or undefined. */
export function findPostgresBin(root = '/usr/lib/postgresql'): string | undefined {
  if (!fs.existsSync(root)) return undefined;
  return fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'))[0];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: when we are root, its files and processes belong to `postgres`. */
function runAsOptions(): ExecFileSyncOptions {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql');
  const runAs = runAsOptions();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cluster-'));
  const data = path.join(dir, 'data');
  const exec = (tool: string, args: string[]): void => {
    execFileSync(path.join(bin, tool), args, { ...runAs, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  };

  let running = false;
  const stop = (): void => {
    unregister();
    try {
      if (running) exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already gone: removing the directory is what matters
    } finally {
      running = false;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const unregister = onExit(stop);

  try {
    if (runAs.uid !== undefined) fs.chownSync(dir, runAs.uid, runAs.gid!);
    exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--locale=C.UTF-8', '--encoding=UTF8', '--no-sync']);
    const port = await freePort();
    // Durability is worthless for a throwaway cluster: turning it off makes DDL-heavy tests fast.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    exec('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', 'start']);
    running = true;
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (err) {
    const log = path.join(dir, 'server.log');
    const detail = fs.existsSync(log) ? `\n${fs.readFileSync(log, 'utf8').slice(-2000)}` : '';
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    stop();
    throw new Error(`Starting the throwaway PostgreSQL cluster failed: ${(err as Error).message}\n${stderr}${detail}`);
  }
}
