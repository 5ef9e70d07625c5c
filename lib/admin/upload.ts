/**
 * An upload becomes a staged batch: each file checked (limits, content), parsed with what
 * the manifest says about it, and its bytes kept for the save. Nothing reaches the
 * database here. `parse` is the parser's entry point, passed in so tests can count calls.
 */
import { detectFormat } from '../ingest/format';
import { parsedReportSchema, type ParseHints, type ParsedReport, type ParseFailure } from '../report/record';
import type { UploadManifest } from './manifest';
import { createBatch, type Batch, type NewStagedFile } from './staging';
import { cleanFileName, MAX_FILES_PER_UPLOAD, refuseFile } from './upload-check';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export type Parse = (file: string, bytes: Uint8Array, hints?: ParseHints) => Promise<ParsedReport | ParseFailure>;

export async function parseOrFailure(parse: Parse, name: string, bytes: Uint8Array, hints: ParseHints) {
  try {
    const result = await parse(name, bytes, hints);
    if ('error' in result) return { parsed: null, error: result.error };
    // The preview, the staging file and the store all trust the record's shape: check it here.
    const checked = parsedReportSchema.safeParse(result);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { parsed: null, error: `parser returned an invalid record (${issue.path.join('.')}: ${issue.message})` };
    }
    return { parsed: checked.data, error: null };
  } catch (e) {
    // The parser promises not to throw; if it does, the file fails and the others go on.
    return { parsed: null, error: `parser error: ${(e as Error).message}` };
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
      format: detectFormat(f.bytes),
      sourceUrl: entry?.sourceUrl ?? null,
      hints,
      ...(await parseOrFailure(parse, name, f.bytes, hints)),
    });
  }
  return createBatch(accepted, rejected, stagingRoot);
}
