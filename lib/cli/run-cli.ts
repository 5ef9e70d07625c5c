/**
 * How every CLI ends: a ConfigError (bad environment, locked directory, port in use, …) is
 * one line on stderr and exit 1, no stack trace, because the person can fix it; anything
 * else is a bug and keeps its stack.
 */
import { ConfigError } from '../env';

export function runCli(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
    } else {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
    process.exit(1);
  });
}
