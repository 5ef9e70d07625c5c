/**
 * Parses files on every core: a pool of worker threads, each with a few jobs queued so it
 * never waits for the main thread, which meanwhile writes batches to the database.
 * Jobs submitted in one turn of the event loop go to a worker as one message, and a worker
 * returns its results a few at a time (parse-worker.ts): a message costs both threads
 * tens of microseconds whatever it carries.
 * Works under tsx: a worker does not inherit tsx's module hooks, so its bootstrap registers
 * them before importing the TypeScript worker.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParseJob, ParseResult } from './read-and-parse';
import type { JobMessage, ResultMessage } from './parse-worker';

export interface Parser {
  parse(job: ParseJob): Promise<ParseResult>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (r: ParseResult) => void;
  worker: Worker;
}

const WORKER_BOOTSTRAP = `(async () => {
  const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
  register();
  await import(${JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href)});
})();`;

/**
 * A parse allocates a few MB that die with it (decoded text, lines, tokens, the record). A young
 * generation this size (semi-spaces of 64 MB instead of V8's 16) lets far fewer of them survive
 * into old space only to be marked and swept later: ~10% less CPU per report in the ingest.
 */
const YOUNG_GENERATION_MB = 192;

const OFFICE_FILE = /\.(?:pdf|docx)$/i;

export function createParsePool(size = os.availableParallelism()): Parser {
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  const outbox = new Map<Worker, JobMessage['jobs']>();
  let nextId = 0;
  let flushing = false;
  const flush = () => {
    flushing = false;
    for (const [worker, jobs] of outbox) worker.postMessage({ jobs } satisfies JobMessage);
    outbox.clear();
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    load.set(worker, 0);
    worker.on('message', ({ results }: ResultMessage) => {
      for (const { id, result } of results) {
        const job = pending.get(id);
        if (!job) continue;
        pending.delete(id);
        load.set(worker, (load.get(worker) ?? 1) - 1);
        job.resolve(result);
      }
    });
    // A worker that dies (out of memory in a pathological PDF) fails its jobs, not the run.
    worker.on('error', (err) => failJobsOf(worker, `parser worker died: ${err.message}`));
    worker.on('exit', (code) => failJobsOf(worker, `parser worker exited (${code})`));
    return worker;
  });

  function failJobsOf(worker: Worker, error: string): void {
    for (const [id, job] of pending) {
      if (job.worker !== worker) continue;
      pending.delete(id);
      job.resolve({ ok: false, error });
    }
    const at = workers.indexOf(worker);
    if (at >= 0) workers.splice(at, 1);
    load.delete(worker);
    outbox.delete(worker);
  }

  return {
    parse(job) {
      if (workers.length === 0) return Promise.resolve({ ok: false, error: 'no parser worker left' });
      // Least-loaded worker: a slow PDF does not hold up the text files queued behind it. PDF and
      // DOCX files (by name; any worker reads any file) all go to the first: loading pdf.js and
      // mammoth and warming their code costs each worker that meets one ~1.5 s of CPU.
      const worker = OFFICE_FILE.test(job.path)
        ? workers[0]
        : workers.reduce((a, b) => ((load.get(a) ?? 0) <= (load.get(b) ?? 0) ? a : b));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { resolve, worker });
        const jobs = outbox.get(worker) ?? [];
        jobs.push({ id, job });
        outbox.set(worker, jobs);
        if (!flushing) setImmediate(flush);
        flushing = true;
      });
    },
    async close() {
      await Promise.all([...workers].map((w) => w.terminate()));
    },
  };
}
