/**
 * The bulk downloads, as async iterables of text chunks so a CLI can write them to stdout
 * and a route handler can stream them as a response, neither holding the corpus in memory.
 *
 * - jsonl: one parsed record per line, exactly as the parser produced it (current reports,
 *   plus the ones waiting for review, whose agency may be null);
 * - csv: long form (agency, regionCode, year, key, value) of current reports, UTF-8 with a
 *   BOM so Excel reads the Chinese; a printed blank is an empty value.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../db/client';
import { exportedReports, type ExportFilter } from './query';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export async function* exportJsonl(db: Db, filter: ExportFilter): AsyncGenerator<string> {
  for await (const { record } of exportedReports(db, filter, true)) yield `${JSON.stringify(record)}\n`;
}

const CSV_HEADER = ['agency', 'regionCode', 'year', 'key', 'value'];

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export async function* exportCsv(db: Db, filter: ExportFilter): AsyncGenerator<string> {
  yield `\uFEFF${CSV_HEADER.join(',')}\r\n`;
  for await (const { record, agencyName, regionCode } of exportedReports(db, filter, false)) {
    const prefix = `${csvField(agencyName)},${csvField(regionCode)},${csvField(record.year)},`;
    let chunk = '';
    for (const [key, value] of Object.entries(record.cells)) chunk += `${prefix}${csvField(key)},${csvField(value)}\r\n`;
    yield chunk;
  }
}

export function exportReports(db: Db, format: ExportFormat, filter: ExportFilter): AsyncGenerator<string> {
  return format === 'jsonl' ? exportJsonl(db, filter) : exportCsv(db, filter);
}

/** For a route handler: `new Response(exportStream(db, 'csv', filter), { headers })`. */
export function exportStream(db: Db, format: ExportFormat, filter: ExportFilter): ReadableStream<Uint8Array> {
  const chunks = exportReports(db, format, filter);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * Writes chunks to a Node stream, waiting when it is full (stdout to a slow pipe). A reader
 * that stops early (`| head`) ends the export quietly.
 */
export async function writeChunks(chunks: AsyncIterable<string>, out: NodeJS.WritableStream): Promise<void> {
  try {
    await pipeline(Readable.from(chunks), out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
  }
}
