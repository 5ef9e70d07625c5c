/**
 * `npm start` with bad input: one line naming the problem and the fix, exit 1, no stack
 * trace, and nothing slow (each fails before any build).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort } from '../testing/pg-cluster';

let tmp: string;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'start-test-'));
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function start(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const port = env.PORT ?? String(await freePort());
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(tmp, 'data'), ...env, PORT: port };
  if (!('DATABASE_URL' in env)) delete childEnv.DATABASE_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], {
    env: childEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stderr: run.stderr };
}

/** The shape every configuration error must have. */
function assertOneLineError(result: { status: number | null; stderr: string }, ...mustSay: RegExp[]): void {
  assert.equal(result.status, 1, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${result.stderr}`);
  assert.match(lines[0], /^error: /);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  for (const re of mustSay) assert.match(lines[0], re);
}

describe('npm start refuses bad input with one clear line', () => {
  test('malformed DATABASE_URL', async () => {
    assertOneLineError(await start({ DATABASE_URL: 'mysql://db.example/x' }), /DATABASE_URL/, /postgres:\/\/user:password@host:5432\/dbname/);
  });

  test('PostgreSQL server not reachable: names host:port and the fix', async () => {
    const port = await freePort(); // nothing listens there
    assertOneLineError(
      await start({ DATABASE_URL: `postgres://app:secret@127.0.0.1:${port}/reports` }),
      new RegExp(`127\\.0\\.0\\.1:${port}`),
      /unset DATABASE_URL/,
    );
  });

  test('the password never appears in a message', async () => {
    const port = await freePort();
    const result = await start({ DATABASE_URL: `postgres://app:s3cr3t-pw@127.0.0.1:${port}/reports` });
    assert.doesNotMatch(result.stderr, /s3cr3t-pw/);
  });

  test('DATA_DIR that cannot be a directory', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, '');
    assertOneLineError(await start({ DATA_DIR: path.join(file, 'data') }), /DATA_DIR .*a-file\/data is not a directory/, /writable directory/);
  });

  test('DATA_DIR without write permission', { skip: process.getuid?.() === 0 && 'root may write anywhere' }, async () => {
    const readOnly = path.join(tmp, 'read-only');
    fs.mkdirSync(readOnly, { mode: 0o500 });
    assertOneLineError(await start({ DATA_DIR: path.join(readOnly, 'data') }), /DATA_DIR .* is not writable/);
  });

  test('port in use: names the port and how to choose another', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      assertOneLineError(await start({ PORT: String(port) }), new RegExp(`Port ${port} is already in use`), new RegExp(`PORT=${port + 1} npm start`));
    } finally {
      server.close();
    }
  });

  test('PORT that is not a port', async () => {
    assertOneLineError(await start({ PORT: '70000' }), /^error: PORT/);
  });

  test('DATA_DIR held by another process: names its pid', async () => {
    const dataDir = path.join(tmp, 'held');
    fs.mkdirSync(dataDir);
    const holder = spawn(process.execPath, ['--import', 'tsx', 'lib/testing/hold-data-dir.ts', dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      assertOneLineError(await start({ DATA_DIR: dataDir }), new RegExp(`held by process ${holder.pid} \\(lock holder`));
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
