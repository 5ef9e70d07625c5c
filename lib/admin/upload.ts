/**
 * An upload becomes a staged batch: each file checked (limits, content), parsed with what
 * the manifest says about it, and its bytes kept for the save. Nothing reaches the
 * database here. `parse` is the parser's entry point (parseSource), passed in so tests can count calls.
 */
import type { ParsedSource, SourceFormat } from '../report';
import { parsedReportSchema, type ParseHints, type ParseFailure, type ParsedReport } from '../report/record';
import type { UploadManifest } from './manifest';
import { createBatch, type Batch, type NewStagedFile } from './staging';
import { cleanFileName, MAX_FILES_PER_UPLOAD, refuseFile } from './upload-check';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export type Parse = (file: string, bytes: Uint8Array, hints?: ParseHints) => Promise<ParsedSource | ParseFailure>;

/** The record and the format the parser read it as, or why there is none (format null: nothing was read). */
export type ParseOutcome =
  | { parsed: ParsedReport; format: SourceFormat; error: null }
  | { parsed: null; format: null; error: string };

export async function parseOrFailure(parse: Parse, name: string, bytes: Uint8Array, hints: ParseHints): Promise<ParseOutcome> {
  try {
    const result = await parse(name, bytes, hints);
    if ('error' in result) return { parsed: null, format: null, error: result.error };
    // The preview, the staging file and the store all trust the record's shape: check it here.
    const checked = parsedReportSchema.safeParse(result.record);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { parsed: null, format: null, error: `parser returned an invalid record (${issue.path.join('.')}: ${issue.message})` };
    }
    return { parsed: checked.data, format: result.format, error: null };
  } catch (e) {
    // The parser promises not to throw; if it does, the file fails and the others go on.
    return { parsed: null, format: null, error: `parser error: ${(e as Error).message}` };
  }
}

export async function stageUpload(
  files: readonly UploadedFile[],
  manifest: Extract<UploadManifest, { ok: true }> | null,
  parse: Parse,
  stagingRoot?: string,
): Promise<Batch> {
  const accepted: NewStagedFile[] = [];
  const rejected: Batch['rejected'] = [];
  for (const [i, f] of files.entries()) {
    const name = cleanFileName(f.name);
    if (i >= MAX_FILES_PER_UPLOAD) {
      rejected.push({ name, reason: `over the limit of ${MAX_FILES_PER_UPLOAD} files per upload: upload it in another batch` });
      continue;
    }
    const refusal = refuseFile(f.bytes);
    if (refusal) {
      rejected.push({ name, reason: refusal });
      continue;
    }
    const entry = manifest?.byName.get(name);
    const hints = entry?.hints ?? {};
    accepted.push({
      name,
      bytes: f.bytes,
      sourceUrl: entry?.sourceUrl ?? null,
      hints,
      ...(await parseOrFailure(parse, name, f.bytes, hints)),
    });
  }
  return createBatch(accepted, rejected, stagingRoot);
}
