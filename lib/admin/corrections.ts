/**
 * The administrator's corrections from the preview form: per file `agency_<i>`,
 * `regionCode_<i>`, `year_<i>`. A blank field gives no hint (the parser decides); the form
 * is pre-filled with the manifest's hints, so clearing a field drops that hint.
 */
import { z } from 'zod';
import { parseHintsSchema, regionCodeSchema, type ParseHints } from '../report/record';

const blank = (v: unknown) => (typeof v !== 'string' || v.trim() === '' ? undefined : v.trim());

const fieldsSchema = z.object({
  agency: z.preprocess(blank, z.string().max(200, 'at most 200 characters').optional()),
  regionCode: z.preprocess(blank, regionCodeSchema.optional()),
  year: z.preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional()),
});

export const intentSchema = z.enum(['preview', 'save']);

export type Corrections = { ok: true; hints: ParseHints[] } | { ok: false; error: string };

export function readCorrections(form: FormData, fileNames: readonly string[]): Corrections {
  const hints: ParseHints[] = [];
  for (const [i, name] of fileNames.entries()) {
    const parsed = fieldsSchema.safeParse({
      agency: form.get(`agency_${i}`),
      regionCode: form.get(`regionCode_${i}`),
      year: form.get(`year_${i}`),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `${name}: ${issue.path.join('.')}: ${issue.message}` };
    }
    const given = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
    hints.push(parseHintsSchema.parse(given));
  }
  return { ok: true, hints };
}
