/**
 * Synchronous clean-up that must run however the process ends: normal exit, an uncaught
 * error, Ctrl-C (SIGINT), `kill` (SIGTERM) or a closed terminal (SIGHUP). The lock file of
 * the data directory and the throwaway PostgreSQL cluster of the tests depend on it.
 *
 * One registry for the whole process, so several owners never fight over the signals:
 * on a signal every hook runs once, then, if nobody else listens for that signal (a Next
 * server does, and exits by itself), the signal is raised again with its default action so
 * the exit status still says "killed by SIGINT".
 */
const hooks = new Set<() => void>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function runHooks(): void {
  for (const hook of [...hooks]) {
    hooks.delete(hook);
    try {
      hook();
    } catch (err) {
      // A failing clean-up must not stop the others.
      process.stderr.write(`clean-up failed: ${(err as Error).message}\n`);
    }
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runHooks);
  for (const signal of SIGNALS) {
    const onSignal = (): void => {
      runHooks();
      process.removeListener(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** Registers `hook` (synchronous: 'exit' cannot wait). Returns a function that unregisters it. */
export function onExit(hook: () => void): () => void {
  install();
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}
