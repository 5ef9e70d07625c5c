/**
 * The optional manifest sent with an upload: what the administrator knows about each file
 * (body, region, year, where it was published). CSV with a header row, or JSON (an array
 * of objects). Which one is decided by content. Rows are matched to files by file name.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { regionCodeSchema } from '../report/record';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const manifestRowSchema = z.object({
  file: z.string().trim().min(1, 'file is required'),
  agency: z.preprocess(blankToUndefined, z.string().trim().min(1).max(200).optional()),
  regionCode: z.preprocess(blankToUndefined, regionCodeSchema.optional()),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  sourceUrl: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'sourceUrl must be an http(s) URL' })
      .max(2000)
      .optional(),
  ),
});
export type ManifestRow = z.infer<typeof manifestRowSchema>;

export type ManifestResult = { ok: true; rows: Map<string, ManifestRow> } | { ok: false; error: string };

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function records(text: string): unknown[] {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const json: unknown = JSON.parse(trimmed);
    if (!Array.isArray(json)) throw new Error('the JSON manifest must be an array of objects');
    return json;
  }
  return parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as unknown[];
}

/** Parses a manifest; the first bad row is reported by its number and field. */
export function parseManifest(name: string, bytes: Uint8Array): ManifestResult {
  let raw: unknown[];
  try {
    raw = records(decode(bytes));
  } catch (e) {
    return { ok: false, error: `manifest ${name}: cannot be read (${(e as Error).message})` };
  }
  const rows = new Map<string, ManifestRow>();
  for (const [i, r] of raw.entries()) {
    const parsed = manifestRowSchema.safeParse(r);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `manifest ${name}, row ${i + 1}: ${issue.path.join('.') || 'row'}: ${issue.message}` };
    }
    if (rows.has(parsed.data.file)) {
      return { ok: false, error: `manifest ${name}, row ${i + 1}: file ${parsed.data.file} is listed twice` };
    }
    // Blank fields are absent, not `undefined`-valued: rows become parse hints as they are.
    const row = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as ManifestRow;
    rows.set(row.file, row);
  }
  return { ok: true, rows };
}
