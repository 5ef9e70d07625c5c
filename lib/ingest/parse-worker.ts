/**
 * Worker thread: parses the files the pool sends, one at a time, and posts the results back
 * (bytes transferred, not copied). One at a time on purpose: the pool queues hundreds of jobs
 * per worker, and starting them all at once would hold every file and its half-built record
 * alive together, which the garbage collector then pays for many times over.
 */
import { parentPort } from 'node:worker_threads';
import { readAndParse, type ParseJob } from './read-and-parse';

const queue: { id: number; job: ParseJob }[] = [];
let running = false;

async function drain(): Promise<void> {
  running = true;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const result = await readAndParse(next.job);
    const transfer = result.ok ? [result.bytes.buffer as ArrayBuffer] : [];
    parentPort?.postMessage({ id: next.id, result }, transfer);
  }
  running = false;
}

parentPort?.on('message', (msg: { id: number; job: ParseJob }) => {
  queue.push(msg);
  if (!running) void drain();
});
