/**
 * One file → what the store needs: its bytes, their sha256, the container format and the
 * parsed record, or the reason it could not be had. Never throws: a bad file is a result.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSource, type SourceFormat } from '../report';
import { parsedReportSchema, type ParseHints, type ParsedReport } from '../report/record';

export interface ParseJob {
  path: string;
  hints: ParseHints;
}

export type ParseResult =
  | { ok: true; sha256: string; bytes: Uint8Array; format: SourceFormat; record: ParsedReport }
  | { ok: false; error: string };

export async function readAndParse(job: ParseJob): Promise<ParseResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(job.path);
  } catch (e) {
    return { ok: false, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  try {
    const result = await parseSource(path.basename(job.path), bytes, job.hints);
    if ('error' in result) return { ok: false, error: result.error };
    // The store trusts the record's shape; check it at the boundary.
    const checked = parsedReportSchema.safeParse(result.record);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { ok: false, error: `parser returned an invalid record (${issue.path.join('.')}: ${issue.message})` };
    }
    return { ok: true, sha256, bytes, format: result.format, record: result.record };
  } catch (e) {
    return { ok: false, error: `parser crashed: ${(e as Error).message}` };
  }
}
