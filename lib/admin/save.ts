/**
 * Preview again with corrections, or save: both re-parse the staged bytes with the hints the
 * administrator gave (hints change the parse: the body, its region, the year). Saving goes
 * through the ingest's store, one transaction for the whole batch, so either every parsed
 * file is stored or none is; then the batch records the outcome and its bytes are deleted.
 */
import type { Db } from '../db/client';
import { storedRecord } from '../ingest/stored-record';
import { ReportStore, type IngestItem } from '../ingest/store';
import type { ParseHints } from '../report/record';
import { readStagedBytes, writeBatch, type Batch, type SaveOutcome } from './staging';
import { parseOrFailure, type Parse } from './upload';

export async function repreviewBatch(batch: Batch, hints: readonly ParseHints[], parse: Parse, root?: string): Promise<Batch> {
  const files = [];
  for (const [i, f] of batch.files.entries()) {
    const bytes = await readStagedBytes(batch.id, f.sha256, root);
    files.push({ ...f, hints: hints[i], ...(await parseOrFailure(parse, f.name, bytes, hints[i])) });
  }
  const next = { ...batch, files };
  await writeBatch(next, {}, root);
  return next;
}

export async function saveBatch(db: Db, batch: Batch, hints: readonly ParseHints[], parse: Parse, root?: string): Promise<Batch> {
  if (batch.saved) throw new Error('this batch has already been saved');
  const results: { name: string; outcome: SaveOutcome; reason: string | null }[] = [];
  const items: IngestItem[] = [];
  const itemIndex: number[] = [];
  for (const [i, f] of batch.files.entries()) {
    const bytes = await readStagedBytes(batch.id, f.sha256, root);
    const { parsed, format, error } = await parseOrFailure(parse, f.name, bytes, hints[i]);
    results.push({ name: f.name, outcome: 'failed', reason: error });
    if (!parsed) continue;
    itemIndex.push(i);
    items.push({ path: f.name, sha256: f.sha256, bytes, format, hints: hints[i], sourceUrl: f.sourceUrl, stored: storedRecord(parsed) });
  }
  const store = await ReportStore.open(db);
  const outcomes = await store.storeBatch(items);
  outcomes.forEach((outcome, k) => (results[itemIndex[k]] = { name: batch.files[itemIndex[k]].name, outcome, reason: null }));
  const saved: Batch = {
    ...batch,
    files: batch.files.map((f, i) => ({ ...f, hints: hints[i] })),
    saved: { at: Date.now(), results },
  };
  await writeBatch(saved, { dropBytes: true }, root);
  return saved;
}
