/**
 * The parser's front door: any report file (bytes + name) to a parsed record or
 * a clear failure. Extraction (format, encoding, layout to lines) then the pure
 * text parser. Never throws, so one bad file never stops a batch.
 */
import { extractText, type SourceFormat } from './extract';
import { parseText } from './parse';
import type { ParseFailure, ParseHints, ParsedReport } from './record';

export type { SourceFormat } from './extract';

export const isParseFailure = <T extends object>(r: T | ParseFailure): r is ParseFailure => 'error' in r;

/** A record and the container its text was read from, as the extractor decided it (what the store files it under). */
export interface ParsedSource {
  record: ParsedReport;
  format: SourceFormat;
}

export async function parseSource(file: string, bytes: Uint8Array, hints?: ParseHints): Promise<ParsedSource | ParseFailure> {
  try {
    const extracted = await extractText(file, bytes);
    if (isParseFailure(extracted)) return extracted;
    const result = parseText(extracted.text, { file, hints });
    if (isParseFailure(result)) return result;
    return { record: { ...result, warnings: [...extracted.warnings, ...result.warnings] }, format: extracted.format };
  } catch (e) {
    // A parser bug must not take the batch down: report it against the file.
    const reason = e instanceof Error ? e.message : String(e);
    return { file, error: `internal parser error: ${reason.split('\n')[0]}` };
  }
}

/** The record alone, for callers that do not keep the file. */
export async function parseReport(file: string, bytes: Uint8Array, hints?: ParseHints): Promise<ParsedReport | ParseFailure> {
  const parsed = await parseSource(file, bytes, hints);
  return isParseFailure(parsed) ? parsed : parsed.record;
}
