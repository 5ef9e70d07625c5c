/**
 * Worker thread: parses the files the pool sends, one at a time, and posts the results back
 * (bytes transferred, not copied). One at a time on purpose: the pool queues hundreds of jobs
 * per worker, and starting them all at once would hold every file and its half-built record
 * alive together, which the garbage collector then pays for many times over. Results go back
 * a few at a time, at once when nothing else is queued (the pool waits for them in order).
 */
import { parentPort } from 'node:worker_threads';
import { readAndParse, type ParseJob, type ParseResult } from './read-and-parse';

export interface JobMessage {
  jobs: { id: number; job: ParseJob }[];
}
export interface ResultMessage {
  results: { id: number; result: ParseResult }[];
}

const RESULTS_PER_MESSAGE = 8;
const queue: JobMessage['jobs'] = [];
let running = false;

async function drain(): Promise<void> {
  running = true;
  let results: ResultMessage['results'] = [];
  let transfer: ArrayBuffer[] = [];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const result = await readAndParse(next.job);
    results.push({ id: next.id, result });
    if (result.ok) transfer.push(result.bytes.buffer as ArrayBuffer);
    if (results.length >= RESULTS_PER_MESSAGE || queue.length === 0) {
      parentPort?.postMessage({ results } satisfies ResultMessage, transfer);
      results = [];
      transfer = [];
    }
  }
  running = false;
}

parentPort?.on('message', ({ jobs }: JobMessage) => {
  queue.push(...jobs);
  if (!running) void drain();
});
