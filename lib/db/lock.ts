/**
 * One process per embedded data directory. PGlite takes no lock, and two processes on the
 * same directory both succeed and silently diverge, so whoever opens DATA_DIR first writes
 * `owner.lock` there (created with O_EXCL: atomic) saying who it is. Anyone else is refused
 * with a message naming the holder and the ways out. A lock whose process is gone (crash,
 * kill -9, container restart) is taken over with a one-line note.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../env';
import { onExit } from '../process/exit-hooks';

export const LOCK_FILE = 'owner.lock';

const lockSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  command: z.string(),
  startedAt: z.string(),
});
type LockInfo = z.infer<typeof lockSchema>;

export interface DataDirLock {
  file: string;
  release(): void;
}

/** Directories this process holds: opening one twice in one process corrupts it just the same. */
const heldHere = new Map<string, LockInfo>();

/** `./data` when under the working directory, else the absolute path: what the user typed, roughly. */
export function displayDir(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? `./${rel}` : dir;
}

function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function heldMessage(dir: string, holder: LockInfo): string {
  const where = displayDir(dir);
  const since = localTime(holder.startedAt);
  const host = holder.hostname === os.hostname() ? '' : ` on ${holder.hostname}`;
  return (
    `数据目录 ${where} 正被进程 ${holder.pid} (${holder.command}，自 ${since} 起) 使用 / ` +
    `The embedded database in ${where} is held by process ${holder.pid}${host} (${holder.command}, since ${since}). ` +
    `Stop that process, or set DATABASE_URL to use PostgreSQL, or upload through the running app's /admin page.`
  );
}

/** When the process `pid` started, from /proc (Linux); undefined where that cannot be read. */
function processStartedAt(pid: number): Date | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, clock ticks since boot) counted after the ")" that ends the command name.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const bootLine = fs.readFileSync('/proc/stat', 'utf8').match(/^btime (\d+)$/m);
    if (!bootLine || !Number.isFinite(ticks)) return undefined;
    return new Date((Number(bootLine[1]) + ticks / 100) * 1000); // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** Whether the lock's process still runs. Another host's lock cannot be checked: assume it does. */
function holderAlive(holder: LockInfo): boolean {
  if (holder.hostname !== os.hostname()) return true;
  if (holder.pid === process.pid) return false; // we do not hold it (checked before), so it is a past life
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  // A live pid may be a new process that reuses the number (containers restart with small pids).
  const started = processStartedAt(holder.pid);
  return !(started && started.getTime() > Date.parse(holder.startedAt) + 2000);
}

function readLockOnce(file: string): LockInfo | 'unreadable' | undefined {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : 'unreadable';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'unreadable';
  }
}

/** The holder; a lock being written this very moment is unreadable for an instant, so look twice. */
function readLock(file: string): LockInfo | 'unreadable' | undefined {
  const first = readLockOnce(file);
  if (first !== 'unreadable') return first;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  return readLockOnce(file);
}

function tryCreate(file: string, info: LockInfo): boolean {
  try {
    fs.writeFileSync(file, JSON.stringify(info, null, 2) + '\n', { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new ConfigError(`Cannot write the lock file ${file}: ${(err as Error).message}`);
  }
}

/**
 * Moves a stale lock aside. Renaming is atomic, and checking what we moved tells whether a
 * concurrent starter got there first (then its fresh lock goes back and we are refused).
 */
function removeStale(file: string, stale: LockInfo): boolean {
  const aside = `${file}.stale-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return false;
  }
  const moved = readLock(aside);
  if (moved && moved !== 'unreadable' && moved.pid === stale.pid && moved.startedAt === stale.startedAt) {
    fs.rmSync(aside, { force: true });
    return true;
  }
  try {
    fs.linkSync(aside, file);
  } catch {
    // someone else holds it now; their file stays
  }
  fs.rmSync(aside, { force: true });
  return false;
}

/** Takes the lock of `dir` for this process, `command` saying who we are (e.g. "npm start"). */
export function lockDataDir(dir: string, command: string): DataDirLock {
  const file = path.join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, hostname: os.hostname(), command, startedAt: new Date().toISOString() };
  const mine = heldHere.get(file);
  if (mine) throw new ConfigError(heldMessage(dir, mine));

  for (let attempt = 0; !tryCreate(file, info); attempt++) {
    const holder = readLock(file);
    if (holder === 'unreadable') {
      throw new ConfigError(`The lock file ${file} is unreadable. If no process uses ${displayDir(dir)}, delete that file.`);
    }
    if (holder && (holderAlive(holder) || attempt >= 3)) throw new ConfigError(heldMessage(dir, holder));
    if (holder && removeStale(file, holder)) {
      process.stderr.write(
        `note: took over the stale lock of ${displayDir(dir)} (process ${holder.pid}, ${holder.command}, is gone)\n`,
      );
    }
    if (attempt >= 10) throw new ConfigError(`Cannot take the lock ${file}: other processes keep taking it.`);
  }
  heldHere.set(file, info);

  const release = (): void => {
    if (!heldHere.delete(file)) return;
    unregister();
    const current = readLock(file);
    if (current && current !== 'unreadable' && current.pid === info.pid && current.startedAt === info.startedAt) fs.rmSync(file, { force: true });
  };
  const unregister = onExit(release);
  return { file, release };
}
