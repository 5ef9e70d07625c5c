/**
 * Worker thread: parses the files the pool sends, one at a time, and posts the results back
 * (bytes transferred, not copied). One at a time on purpose: the pool queues hundreds of jobs
 * per worker, and starting them all at once would hold every file and its half-built record
 * alive together, which the garbage collector then pays for many times over. Results go back
 * a few at a time, at once when nothing else is queued (the pool waits for them in order).
 *
 * The files are read ahead by a reader thread of this worker's own. A corpus bigger than the
 * page cache is read from disk while the database writes to it: a read then blocked this
 * thread ~0.65 ms per file, a third of its time, with the cores partly idle. Reading
 * asynchronously here instead costs ~70 µs of CPU per file (four thread-pool round trips);
 * a thread that just blocks costs nothing while it waits.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { cannotRead, parseBytes, type ParseJob, type ParseResult } from './read-and-parse';

export interface JobMessage {
  jobs: { id: number; job: ParseJob }[];
}
export interface ResultMessage {
  results: { id: number; result: ParseResult }[];
}

type Read = { id: number; bytes: Uint8Array } | { id: number; error: string };

const READS_PER_MESSAGE = 4;
/**
 * Bytes read and not yet parsed, at most (one file bigger than this is still read, alone): the
 * pool queues hundreds of jobs here and a file may be 50 MB. Counted in memory both threads
 * share, so holding the reader back costs no messages: it waits until the parse catches up.
 */
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

/**
 * Plain JavaScript (no TypeScript loader needed): read each path in order, send the bytes a few
 * at a time, and wait (sending what it holds first) while READ_AHEAD_BYTES are unparsed.
 */
const READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const unparsed = workerData.unparsed;
parentPort.on('message', (paths) => {
  let reads = [];
  let transfer = [];
  const send = () => {
    parentPort.postMessage(reads, transfer);
    reads = [];
    transfer = [];
  };
  paths.forEach(({ id, path }, i) => {
    for (let held = Atomics.load(unparsed, 0); held > ${READ_AHEAD_BYTES}; held = Atomics.load(unparsed, 0)) {
      if (reads.length > 0) send();
      Atomics.wait(unparsed, 0, held);
    }
    try {
      let bytes = readFileSync(path);
      // A small file comes in a slice of Node's shared buffer pool, which cannot be handed over.
      if (bytes.byteLength !== bytes.buffer.byteLength) bytes = new Uint8Array(bytes);
      Atomics.add(unparsed, 0, bytes.byteLength);
      reads.push({ id, bytes });
      transfer.push(bytes.buffer);
    } catch (e) {
      reads.push({ id, error: e.code ?? e.message });
    }
    if (reads.length === ${READS_PER_MESSAGE} || i === paths.length - 1) send();
  });
});`;

const RESULTS_PER_MESSAGE = 8;
const queue: JobMessage['jobs'] = [];
let running = false;

const unparsed = new Int32Array(new SharedArrayBuffer(4));
const reader = new Worker(READER_SOURCE, { eval: true, workerData: { unparsed } });
const reads = new Map<number, Read>();
let waitingFor: { id: number; resolve: () => void } | null = null;
reader.on('message', (arrived: Read[]) => {
  for (const read of arrived) reads.set(read.id, read);
  if (waitingFor && reads.has(waitingFor.id)) {
    waitingFor.resolve();
    waitingFor = null;
  }
});
// Without its reader this worker would wait forever: fail, so the pool fails its jobs.
reader.on('error', (err) => {
  throw new Error(`file reader died: ${err.message}`);
});

async function readOf(id: number): Promise<Read> {
  if (!reads.has(id)) await new Promise<void>((resolve) => (waitingFor = { id, resolve }));
  const read = reads.get(id)!;
  reads.delete(id);
  if ('bytes' in read) {
    Atomics.sub(unparsed, 0, read.bytes.byteLength);
    Atomics.notify(unparsed, 0);
  }
  return read;
}

async function drain(): Promise<void> {
  running = true;
  let results: ResultMessage['results'] = [];
  let transfer: ArrayBuffer[] = [];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const read = await readOf(next.id);
    const result = 'bytes' in read ? await parseBytes(next.job, read.bytes) : cannotRead(read.error);
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
  reader.postMessage(jobs.map(({ id, job }) => ({ id, path: job.path })));
  if (!running) void drain();
});
