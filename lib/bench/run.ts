/**
 * `npm run bench`: every lib/bench/*.bench.ts in its own process, one after another (so
 * they do not compete for the 2 cores). Their `name: value unit` lines go to stdout, all
 * else to stderr, so `npm run bench > results.txt` keeps only the figures. Exit 1 if any failed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const BENCH_DIR = path.join('lib', 'bench');
const FIGURE = /^[\w.\-/]+: -?\d+(\.\d+)? \S+$/;

function runBench(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      (FIGURE.test(line) ? process.stdout : process.stderr).write(line + '\n');
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const only = process.argv.slice(2);
const files = fs
  .readdirSync(BENCH_DIR)
  .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort()
  .map((f) => path.join(BENCH_DIR, f));

const failed: string[] = [];
for (const file of files) {
  process.stderr.write(`── ${file}\n`);
  if ((await runBench(file)) !== 0) failed.push(file);
}
process.stderr.write(`${files.length - failed.length}/${files.length} benchmarks ran${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}\n`);
process.exitCode = failed.length ? 1 : 0;
