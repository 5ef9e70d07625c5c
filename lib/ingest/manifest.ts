/**
 * A manifest: what a collector knows about each file (body, region, year, where it was
 * downloaded), as CSV with a header row or as a JSON array. It overrides what the parser
 * infers. Every row is validated; errors name the row (1 = first data row) and the field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { parseHintsSchema, regionCodeSchema, type ParseHints } from '../report/record';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const manifestRowSchema = z.object({
  /** Path of the report, relative to the manifest's folder (or absolute). */
  file: z.string().trim().min(1, 'file is required'),
  agency: z.preprocess(blankToUndefined, z.string().trim().min(1).optional()),
  regionCode: z.preprocess(blankToUndefined, regionCodeSchema.optional()),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()),
  sourceUrl: z.preprocess(blankToUndefined, z.url().optional()),
});
export type ManifestRow = z.infer<typeof manifestRowSchema>;

export interface ManifestEntry {
  hints: ParseHints;
  sourceUrl: string | null;
}

export class ManifestError extends Error {}

/** Absolute file path → what the manifest says about it. */
export type Manifest = Map<string, ManifestEntry>;

export function parseManifest(text: string, format: 'csv' | 'json', baseDir: string): Manifest {
  let rows: unknown[];
  try {
    rows =
      format === 'json'
        ? z.array(z.unknown()).parse(JSON.parse(text))
        : parseCsv(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    throw new ManifestError(`manifest is not valid ${format.toUpperCase()}: ${(e as Error).message}`);
  }
  const manifest: Manifest = new Map();
  const problems: string[] = [];
  rows.forEach((raw, i) => {
    const parsed = manifestRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`row ${i + 1}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
      return;
    }
    const { file, sourceUrl, ...hints } = parsed.data;
    const key = path.resolve(baseDir, file);
    if (manifest.has(key)) problems.push(`row ${i + 1}: file ${file} is listed twice`);
    // Keys with no value are left out: `{}` and `{year: undefined}` must be the same hints.
    const given = Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined));
    manifest.set(key, { hints: parseHintsSchema.parse(given), sourceUrl: sourceUrl ?? null });
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).join('\n  ');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    throw new ManifestError(`manifest has ${problems.length} invalid row(s):\n  ${shown}${more}`);
  }
  return manifest;
}

export async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ManifestError(`cannot read manifest ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const format = file.toLowerCase().endsWith('.json') ? 'json' : 'csv';
  return parseManifest(text, format, path.dirname(path.resolve(file)));
}
