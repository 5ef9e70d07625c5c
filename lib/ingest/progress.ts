/**
 * Progress of a long run: a bar with count, rate and ETA on a terminal; on a pipe or in CI
 * a plain line every few seconds (a bar's carriage returns would fill a log with garbage).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr, everyMs = 5000): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let begun = false;
    return {
      update(done, total) {
        if (!begun) bar.start(total, 0, { rate: '0' });
        begun = true;
        bar.update(done, { rate: ((done * 1000) / Math.max(1, Date.now() - started)).toFixed(0) });
      },
      stop: () => bar.stop(),
    };
  }
  const started = Date.now();
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < everyMs && done < total) return;
      last = now;
      const rate = (done * 1000) / Math.max(1, now - started);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      stream.write(`${label}: ${done}/${total} (${rate.toFixed(0)}/s, ETA ${eta} s)\n`);
    },
    stop() {},
  };
}
