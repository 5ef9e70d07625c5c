/**
 * One file → what the store needs: its bytes, their sha256, the container format and the
 * parsed record in the form the store writes (storedRecord), or the reason it could not be had.
 * Never throws: a bad file is a result. That form rather than the record: it is made here, in a
 * parse worker, rather than on the thread that writes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource, type ParsedSource, type SourceFormat } from '../report';
import { parsedReportSchema, type ParseHints } from '../report/record';
import { storedRecord, type StoredRecord } from './stored-record';

export interface ParseJob {
  path: string;
  hints: ParseHints;
}

export type ParseResult =
  | { ok: true; sha256: string; bytes: Uint8Array; format: SourceFormat; stored: StoredRecord }
  | { ok: false; error: string };

/** Why a file could not be read, as a result says it (`code` of Node's error, or its message). */
export const cannotRead = (reason: string): ParseResult => ({ ok: false, error: `cannot read: ${reason}` });

export async function readAndParse(job: ParseJob): Promise<ParseResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(job.path);
  } catch (e) {
    return cannotRead((e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  return parseBytes(job, bytes);
}

/** A file's bytes, read already (by a parse worker's reader thread), → its result. */
export async function parseBytes(job: ParseJob, bytes: Uint8Array): Promise<ParseResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let parsed: ParsedSource;
  try {
    const result = await parseSource(path.basename(job.path), bytes, job.hints);
    if ('error' in result) return { ok: false, error: result.error };
    parsed = result;
  } catch (e) {
    return { ok: false, error: `parser crashed: ${(e as Error).message}` };
  }
  // The store trusts the record's shape; check it at the boundary.
  const checked = parsedReportSchema.safeParse(parsed.record);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, error: `parser returned an invalid record (${issue.path.join('.')}: ${issue.message})` };
  }
  try {
    return { ok: true, sha256, bytes, format: parsed.format, stored: storedRecord(parsed.record) };
  } catch (e) {
    // A cell key outside the template: storing it would lose it on the way back.
    return { ok: false, error: `cannot store: ${(e as Error).message}` };
  }
}
