/** The throwaway cluster never outlives its owner, whichever way the owner ends. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { describe, test } from 'node:test';
import { startPgCluster } from './pg-cluster';

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const OWNER = `
import { startPgCluster } from './lib/testing/pg-cluster.ts';
const cluster = await startPgCluster();
console.log(cluster.url);
setInterval(() => {}, 60_000);
`;

// Needs PostgreSQL's binaries: runs with the cluster pass of the db tests.
describe('throwaway PostgreSQL cluster', { skip: process.env.TEST_DB !== 'postgres' && 'runs with TEST_DB=postgres' }, () => {
  test('serves C.UTF-8 databases and stop() removes it', async () => {
    const cluster = await startPgCluster();
    const port = Number(new URL(cluster.url).port);
    const { default: postgres } = await import('postgres');
    const sql = postgres(cluster.url, { max: 1 });
    const [{ datcollate }] = await sql`select datcollate from pg_database where datname = 'postgres'`;
    const [{ dataDir }] = await sql`select current_setting('data_directory') as "dataDir"`;
    await sql.end();
    assert.equal(datcollate, 'C.UTF-8');
    cluster.stop();
    assert.equal(await accepts(port), false);
    assert.equal(fs.existsSync(dataDir), false);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`is stopped and deleted when its owner gets ${signal}`, async () => {
      const owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', OWNER], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const url = await new Promise<string>((resolve) => owner.stdout.once('data', (b: Buffer) => resolve(b.toString().trim())));
      const port = Number(new URL(url).port);
      const { default: postgres } = await import('postgres');
      const sql = postgres(url, { max: 1 });
      const [{ dataDir }] = await sql`select current_setting('data_directory') as "dataDir"`;
      await sql.end();

      owner.kill(signal);
      await new Promise((resolve) => owner.once('exit', resolve));
      assert.equal(await accepts(port), false);
      assert.equal(fs.existsSync(dataDir), false);
    });
  }
});
