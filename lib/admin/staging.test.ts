import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { createBatch, readBatch, readStagedBytes, sha256Hex, STAGING_TTL_MS, sweepStaging, writeBatch } from './staging';

const root = await mkdtemp(path.join(os.tmpdir(), 'staging-test-'));
after(() => rm(root, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('一、本年新收政府信息公开申请数量 3');
const file = { name: 'a.txt', format: null, sourceUrl: null, hints: { year: 2023 }, parsed: null, error: 'no table' };

test('a staged batch reads back with its bytes, checked by hash', async () => {
  const batch = await createBatch([{ ...file, bytes }], [{ name: 'b.png', reason: 'an image' }], root);
  assert.match(batch.id, /^[A-Za-z0-9_-]{43}$/);
  const back = await readBatch(batch.id, root);
  assert.deepEqual(back, batch);
  assert.equal(back!.files[0].sha256, sha256Hex(bytes));
  assert.deepEqual(await readStagedBytes(batch.id, back!.files[0].sha256, root), bytes);
  assert.deepEqual(back!.rejected, [{ name: 'b.png', reason: 'an image' }]);
});

test('bytes altered on disk are refused', async () => {
  const batch = await createBatch([{ ...file, bytes }], [], root);
  await writeFile(path.join(root, batch.id, batch.files[0].sha256), 'tampered');
  await assert.rejects(readStagedBytes(batch.id, batch.files[0].sha256, root), /altered/);
});

test('unknown, malformed and path-like ids read as nothing', async () => {
  assert.equal(await readBatch('A'.repeat(43), root), null);
  assert.equal(await readBatch('../../etc/passwd', root), null);
  assert.equal(await readBatch('', root), null);
  await assert.rejects(readStagedBytes('../x', sha256Hex(bytes), root));
});

test('a batch expires after the TTL', async () => {
  const t = Date.now();
  const batch = await createBatch([{ ...file, bytes }], [], root, t);
  assert.ok(await readBatch(batch.id, root, t + STAGING_TTL_MS - 1));
  assert.equal(await readBatch(batch.id, root, t + STAGING_TTL_MS), null);
});

test('saving records the outcome and drops the bytes', async () => {
  const batch = await createBatch([{ ...file, bytes }], [], root);
  await writeBatch({ ...batch, saved: { at: Date.now(), results: [{ name: 'a.txt', outcome: 'new', reason: null }] } }, { dropBytes: true }, root);
  const back = await readBatch(batch.id, root);
  assert.equal(back!.saved!.results[0].outcome, 'new');
  assert.deepEqual((await readdir(path.join(root, batch.id))).sort(), ['batch.json']);
});

test('the sweep deletes expired batches only', async () => {
  const fresh = await createBatch([{ ...file, bytes }], [], root);
  const old = await createBatch([{ ...file, bytes }], [], root);
  const past = (Date.now() - STAGING_TTL_MS - 1000) / 1000;
  await utimes(path.join(root, old.id), past, past);
  await sweepStaging(root);
  assert.ok(await readBatch(fresh.id, root));
  assert.equal(await readBatch(old.id, root), null);
});
