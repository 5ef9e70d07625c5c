/**
 * An ingest run: parse every file (in parallel, results taken in file order so that two
 * versions of one report resolve the same way every run), store them in batches, count
 * what happened. One bad file never stops the others: a batch that fails to store is
 * retried file by file so only the culprit is reported.
 */
import path from 'node:path';
import type { Db } from '../db/client';
import type { ParseHints } from '../report/record';
import type { Manifest } from './manifest';
import type { Parser } from './parse-pool';
import type { ParseResult } from './read-and-parse';
import { ReportStore, type IngestItem, type StoreOutcome } from './store';

export interface IngestSummary {
  total: number;
  new: number;
  unchanged: number;
  updated: number;
  needsReview: number;
  failed: { path: string; error: string }[];
}

export interface IngestOptions {
  manifest?: Manifest;
  /** Reports per transaction (default 200). */
  batchSize?: number;
  /** Parse jobs in flight (default four batches): enough to keep every worker busy while a batch is written. */
  window?: number;
  onProgress?: (done: number, total: number) => void;
}

const COUNTER: Record<StoreOutcome, 'new' | 'unchanged' | 'updated' | 'needsReview'> = {
  new: 'new',
  unchanged: 'unchanged',
  updated: 'updated',
  needs_review: 'needsReview',
};

export function emptySummary(total: number): IngestSummary {
  return { total, new: 0, unchanged: 0, updated: 0, needsReview: 0, failed: [] };
}

export async function ingestFiles(db: Db, files: readonly string[], parser: Parser, options: IngestOptions = {}): Promise<IngestSummary> {
  // 200 rather than 500: a batch and the results queued behind it stay young in the main
  // thread's heap instead of being promoted and marked (~10% less CPU per report overall).
  // Four batches in flight: while one is written (the server busy, nothing consumed, nothing
  // submitted), the workers still have two batches of work and do not run dry.
  const { manifest, batchSize = 200, window = 4 * batchSize, onProgress } = options;
  const store = await ReportStore.open(db);
  const summary = emptySummary(files.length);
  const inFlight: Promise<ParseResult>[] = [];
  const hintsOf = (file: string): { hints: ParseHints; sourceUrl: string | null } =>
    manifest?.get(path.resolve(file)) ?? { hints: {}, sourceUrl: null };
  let submitted = 0;
  const submit = () => {
    while (submitted < files.length && inFlight.length < window) {
      inFlight.push(parser.parse({ path: files[submitted], hints: hintsOf(files[submitted]).hints }));
      submitted++;
    }
  };

  let batch: IngestItem[] = [];
  let done = 0;
  const flush = async () => {
    await storeIsolatingFailures(store, batch, summary);
    done += batch.length;
    batch = [];
    onProgress?.(done, files.length);
  };

  submit();
  for (let i = 0; i < files.length; i++) {
    const result = await inFlight.shift()!;
    submit();
    if (!result.ok) {
      summary.failed.push({ path: files[i], error: result.error });
      done++;
      continue;
    }
    const { hints, sourceUrl } = hintsOf(files[i]);
    batch.push({ path: files[i], sha256: result.sha256, bytes: result.bytes, format: result.format, hints, sourceUrl, stored: result.stored });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

async function storeIsolatingFailures(store: ReportStore, batch: IngestItem[], summary: IngestSummary): Promise<void> {
  if (batch.length === 0) return;
  try {
    const outcomes = await store.storeBatch(batch);
    for (const o of outcomes) summary[COUNTER[o]]++;
    return;
  } catch (e) {
    if (batch.length === 1) {
      summary.failed.push({ path: batch[0].path, error: `cannot store: ${firstLine(e)}` });
      return;
    }
  }
  for (const item of batch) await storeIsolatingFailures(store, [item], summary);
}

function firstLine(e: unknown): string {
  const err = e as { cause?: { message?: string }; message?: string };
  // drizzle wraps the driver's error: its message is the SQL, the cause says what went wrong.
  return (err.cause?.message ?? err.message ?? String(e)).split('\n')[0];
}
