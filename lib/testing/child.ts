import { spawn } from 'node:child_process';
import path from 'node:path';

/** A tool from node_modules run with this node: no npx lookup, no shell. */
export function nodeModuleBin(rel: string): string {
  return path.join(process.cwd(), 'node_modules', rel);
}

/** Runs a command with the terminal's stdio; rejects when it exits non-zero. */
export function runChild(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code ?? signal}`));
    });
  });
}
