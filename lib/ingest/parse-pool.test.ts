import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createParsePool, type Parser } from './parse-pool';
import { readAndParse, type ParseResult } from './read-and-parse';
import { SAMPLES_DIR } from './samples';

const samples = fs.readdirSync(SAMPLES_DIR).sort().map((f) => path.join(SAMPLES_DIR, f));
/** Bytes cross threads as a plain Uint8Array, read here they are a Buffer: compare the bytes, not the class. */
const comparable = (r: ParseResult) => (r.ok ? { ...r, bytes: Buffer.from(r.bytes) } : r);

let pool: Parser;
let dir: string;
before(() => {
  pool = createParsePool(2);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-pool-'));
});
after(async () => {
  await pool.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the pool gives what parsing in this thread gives, bytes and hash included', async () => {
  const jobs = samples.map((file) => ({ path: file, hints: {} }));
  const pooled = await Promise.all(jobs.map((job) => pool.parse(job)));
  for (const [i, job] of jobs.entries()) {
    const result = pooled[i];
    assert.ok(result.ok, `${job.path}: ${!result.ok && result.error}`);
    const bytes = fs.readFileSync(job.path);
    assert.deepEqual(Buffer.from(result.bytes), bytes);
    assert.equal(result.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.deepEqual(comparable(result), comparable(await readAndParse(job)));
  }
});

test('a missing file, a tiny file and a binary one each get their own answer, in a run of good ones', async () => {
  const tiny = path.join(dir, 'tiny.txt'); // under 4 KB: read into Node's shared buffer pool
  fs.writeFileSync(
    tiny,
    ['某县人民政府2023年政府信息公开工作年度报告', '四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼',
      '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉',
      '1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0'].join('\n'),
  );
  const binary = path.join(dir, 'blob.bin');
  fs.writeFileSync(binary, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)));
  const paths = [samples[0], path.join(dir, 'missing.txt'), tiny, binary, samples[1]];
  const [first, missing, small, blob, last] = await Promise.all(paths.map((p) => pool.parse({ path: p, hints: {} })));
  assert.ok(first.ok && last.ok && small.ok);
  assert.deepEqual(missing, { ok: false, error: 'cannot read: ENOENT' });
  assert.deepEqual(comparable(small), comparable(await readAndParse({ path: tiny, hints: {} })));
  assert.deepEqual(blob, { ok: false, error: 'unrecognised binary content' });
});

test('files bigger together than the read-ahead budget are all read: the reader waits for the parse, it does not stop', async () => {
  // Five files of ~17 MB over two workers: the first worker's reader holds two (~35 MB, over its
  // 32 MB budget) when it comes to its third, so it must wait for the parse to take one.
  const big = [1, 2, 3, 4, 5].map((n) => {
    const file = path.join(dir, `big-${n}.txt`);
    fs.writeFileSync(file, '某县政府信息公开工作年度报告 正文\n'.repeat(350_000));
    return file;
  });
  const results = await Promise.all([...big, samples[2]].map((p) => pool.parse({ path: p, hints: {} })));
  assert.deepEqual(
    results.map((r) => r.ok),
    [false, false, false, false, false, true],
  );
});
