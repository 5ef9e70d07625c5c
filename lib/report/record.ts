/**
 * The parsed report: the one definition of what the parser returns, what the
 * ingest stores, and what the bulk export writes back (jsonl, same keys).
 */
import { z } from 'zod';
import { TEMPLATES } from './cells';

export const AGENCY_LEVELS = ['province', 'city', 'county', 'township', 'unknown'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** GB/T 2260 code: six digits. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code');

export const agencySchema = z.object({
  name: z.string().min(1),
  /** County-level, city or province division the body belongs to; null when the text does not say. */
  regionCode: regionCodeSchema.nullable(),
  regionName: z.string().nullable(),
  /** Level of the body itself: a 街道 office is `township`, a city government `city`. */
  level: z.enum(AGENCY_LEVELS),
});
export type Agency = z.infer<typeof agencySchema>;

export const CHECK_IDS = ['T3-1', 'T3-2', 'T3-3', 'T4-1', 'T4-2', 'T4-3'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const checkSchema = z.object({
  id: z.enum(CHECK_IDS),
  /** What the rule was applied to: a column key (T3-1, T3-2), a row key (T3-3), a group (T4-*). */
  scope: z.string(),
  status: z.enum(['pass', 'fail', 'uncertain']),
  /** Every cell key the rule reads. */
  keys: z.array(z.string()),
  /** Left- and right-hand sides when both could be computed. */
  lhs: z.number().nullable(),
  rhs: z.number().nullable(),
});
export type Check = z.infer<typeof checkSchema>;

export const warningSchema = z.object({
  /** Stable machine code, e.g. `unknown-label`, `agency-unknown`, `X-2`. */
  code: z.string(),
  /** What a reader should know, in Chinese or English, one sentence. */
  message: z.string(),
  keys: z.array(z.string()).optional(),
});
export type Warning = z.infer<typeof warningSchema>;

export const parsedReportSchema = z.object({
  /** Original file name. */
  file: z.string(),
  year: z.number().int().min(2000).max(2100).nullable(),
  template: z.enum(TEMPLATES),
  agency: agencySchema.nullable(),
  /** Key → printed number, or null for a printed blank. Keys the template does not print never appear. */
  cells: z.record(z.string(), z.number().nullable()),
  /** Key → printed text, only where it is not simply the number (`/`, `—`, `+26`, `251000元`, ``). */
  raw: z.record(z.string(), z.string()),
  checks: z.array(checkSchema),
  warnings: z.array(warningSchema),
});
export type ParsedReport = z.infer<typeof parsedReportSchema>;

/** What the caller knows (a manifest row, the admin form) overrides what the parser infers. */
export const parseHintsSchema = z.object({
  agency: z.string().min(1).optional(),
  regionCode: regionCodeSchema.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type ParseHints = z.infer<typeof parseHintsSchema>;

/** A file that could not be read or holds no recognisable report. */
export interface ParseFailure {
  file: string;
  error: string;
}
