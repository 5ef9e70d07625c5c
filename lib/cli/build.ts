/**
 * `next build` only when the sources changed since the last build, so a second `npm start`
 * starts in seconds. The hash covers everything the build reads; it is written into .next
 * after a successful build, so a failed or interrupted build is redone.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../env';

const BUILD_INPUTS = ['app', 'lib', 'public', 'drizzle', 'package-lock.json', 'next.config.js', 'tsconfig.json'];
const HASH_FILE = path.join('.next', 'source-hash');

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { recursive: true, encoding: 'utf8' })
    .map((rel) => path.join(entry, rel))
    .filter((file) => fs.statSync(file).isFile());
}

/** Hash of the build inputs under `root`: path and content of every file, in a fixed order. */
export function sourceHash(root = process.cwd()): string {
  const hash = createHash('sha256');
  const files = BUILD_INPUTS.flatMap((entry) => listFiles(path.join(root, entry))).sort();
  for (const file of files) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stored = path.join(root, HASH_FILE);
  if (!fs.existsSync(stored) || !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return false;
  return fs.readFileSync(stored, 'utf8').trim() === sourceHash(root);
}

/** Returns whether it built. Throws a one-line error when the build fails (its own output is already on screen). */
export function buildIfChanged(root = process.cwd()): boolean {
  if (buildIsCurrent(root)) return false;
  console.log('sources changed since the last build: running next build …');
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [next, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new ConfigError(`next build failed (exit ${result.status ?? result.signal}): see its errors above`);
  // Hashed after the build: next build may touch tsconfig.json, and that must not force a rebuild.
  fs.writeFileSync(path.join(root, HASH_FILE), sourceHash(root) + '\n');
  return true;
}
