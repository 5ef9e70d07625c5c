import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { ConfigError } from '../env';
import { LOCK_FILE, lockDataDir } from './lock';

let dir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-test-'));
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts a holder process and resolves once it holds the lock. */
function startHolder(extra: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/testing/hold-data-dir.ts', dir, ...extra], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code} before locking`)));
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

function lockContent(): { pid: number; command: string; hostname: string; startedAt: string } {
  return JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
}

function writeLock(pid: number, startedAt: string, hostname = os.hostname()): void {
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, hostname, command: 'old run', startedAt }));
}

describe('data directory lock', () => {
  test('records who holds it, and release removes it', () => {
    const lock = lockDataDir(dir, 'unit test');
    const content = lockContent();
    assert.equal(content.pid, process.pid);
    assert.equal(content.command, 'unit test');
    assert.equal(content.hostname, os.hostname());
    assert.ok(Math.abs(Date.parse(content.startedAt) - Date.now()) < 60_000);
    lock.release();
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false);
  });

  test('a second process is refused, with a message naming the holder and the ways out', async () => {
    const holder = await startHolder();
    assert.throws(
      () => lockDataDir(dir, 'unit test'),
      (err: Error) => {
        assert.ok(err instanceof ConfigError);
        assert.match(err.message, new RegExp(`正被进程 ${holder.pid} \\(lock holder，自 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 起\\)`));
        assert.match(err.message, new RegExp(`held by process ${holder.pid} \\(lock holder, since `));
        assert.match(err.message, /DATABASE_URL/);
        assert.match(err.message, /\/admin/);
        return true;
      },
    );
    assert.equal(lockContent().pid, holder.pid, 'the refused attempt leaves the holder its lock');
  });

  test('the same process cannot take it twice', () => {
    const lock = lockDataDir(dir, 'unit test');
    assert.throws(() => lockDataDir(dir, 'again'), new RegExp(`process ${process.pid} \\(unit test`));
    lock.release();
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`is released when the holder gets ${signal}, which still ends it`, async () => {
      const holder = await startHolder();
      holder.kill(signal);
      assert.deepEqual(await exited(holder), { code: null, signal });
      assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false);
    });
  }

  test('is released on a normal exit', async () => {
    const holder = await startHolder(['--exit']);
    assert.deepEqual(await exited(holder), { code: 0, signal: null });
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false);
  });

  test('a lock left by a killed process is taken over', async () => {
    const holder = await startHolder();
    holder.kill('SIGKILL');
    await exited(holder);
    assert.equal(lockContent().pid, holder.pid, 'kill -9 leaves the lock behind');
    const lock = lockDataDir(dir, 'unit test');
    assert.equal(lockContent().pid, process.pid);
    lock.release();
  });

  test('a live pid that started after the lock was written is a reused pid: taken over', async () => {
    const holder = await startHolder();
    fs.rmSync(path.join(dir, LOCK_FILE));
    writeLock(holder.pid!, new Date(Date.now() - 3_600_000).toISOString());
    const lock = lockDataDir(dir, 'unit test');
    assert.equal(lockContent().pid, process.pid);
    lock.release();
  });

  test('a live pid that started before the lock was written is the holder: refused', async () => {
    const holder = await startHolder();
    fs.rmSync(path.join(dir, LOCK_FILE));
    writeLock(holder.pid!, new Date(Date.now() + 60_000).toISOString());
    assert.throws(() => lockDataDir(dir, 'unit test'), new RegExp(`process ${holder.pid} `));
  });

  test("another host's lock cannot be checked: refused, naming the host", () => {
    writeLock(999_999, new Date().toISOString(), 'other-machine');
    assert.throws(() => lockDataDir(dir, 'unit test'), /process 999999 on other-machine/);
  });

  test('an unreadable lock file is refused with what to delete', () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), 'not json');
    assert.throws(() => lockDataDir(dir, 'unit test'), (err: Error) => err.message.includes(path.join(dir, LOCK_FILE)));
  });

  test('release leaves alone a lock that is no longer ours', () => {
    const lock = lockDataDir(dir, 'unit test');
    writeLock(process.pid + 1, new Date().toISOString());
    lock.release();
    assert.equal(lockContent().command, 'old run');
  });
});
