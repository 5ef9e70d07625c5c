/** Worker thread: parses the files the pool sends and posts the results back (bytes transferred, not copied). */
import { parentPort } from 'node:worker_threads';
import { readAndParse, type ParseJob } from './read-and-parse';

parentPort?.on('message', async (msg: { id: number; job: ParseJob }) => {
  const result = await readAndParse(msg.job);
  const transfer = result.ok ? [result.bytes.buffer as ArrayBuffer] : [];
  parentPort?.postMessage({ id: msg.id, result }, transfer);
});
