/**
 * Any report file to plain text lines: the format is read from the bytes
 * (PDF, DOCX, HTML, plain text), the text encoding detected. Never throws:
 * every problem becomes a ParseFailure naming what was wrong.
 */
import type { ParseFailure, Warning } from '../record';
import { docxToText } from './docx';
import { decodeText } from './encoding';
import { htmlToText, looksLikeHtml } from './html';
import { pdfToText } from './pdf';
import { BINARY_SHARE, binaryShare, sniff } from './sniff';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export const SOURCE_FORMATS = ['text', 'html', 'pdf', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface Extracted {
  text: string;
  format: SourceFormat;
  /** Encoding the text was decoded from (text and HTML files). */
  encoding?: string;
  warnings: Warning[];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];
const hasText = (text: string) => /[^\s\u00a0\u3000\ufeff]/.test(text);

async function fromPdf(file: string, bytes: Uint8Array): Promise<Extracted | ParseFailure> {
  try {
    const pdf = await pdfToText(bytes);
    if (!hasText(pdf.text)) return { file, error: 'not a PDF text layer: no text found (scanned image?)' };
    const warnings: Warning[] = pdf.emptyPages
      ? [{ code: 'pdf-pages-without-text', message: `${pdf.emptyPages} of ${pdf.pages} PDF pages have no text layer (scanned?)` }]
      : [];
    return { text: pdf.text, format: 'pdf', warnings };
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return { file, error: 'encrypted PDF: a password is needed to read it' };
    return { file, error: `unreadable PDF: ${message(e)}` };
  }
}

async function fromDocx(file: string, bytes: Uint8Array): Promise<Extracted | ParseFailure> {
  try {
    const docx = await docxToText(bytes);
    if (!hasText(docx.text)) return { file, error: 'DOCX without text' };
    const warnings = docx.messages.map((m) => ({ code: 'docx-conversion', message: m }));
    return { text: docx.text, format: 'docx', warnings };
  } catch (e) {
    return { file, error: `unreadable DOCX: ${message(e)}` };
  }
}

function fromText(file: string, bytes: Uint8Array): Extracted | ParseFailure {
  const decoded = decodeText(bytes);
  if (!decoded || binaryShare(decoded.text) > BINARY_SHARE) return { file, error: 'unrecognised binary content' };
  if (!hasText(decoded.text)) return { file, error: 'empty file: only whitespace' };
  const warnings: Warning[] = decoded.doubts.map((d) => ({
    code: 'encoding-uncertain',
    message: `text decoded as ${decoded.encoding}, but ${d}`,
  }));
  if (looksLikeHtml(decoded.text)) {
    const text = htmlToText(decoded.text);
    if (!hasText(text)) return { file, error: 'HTML page without visible text' };
    return { text, format: 'html', encoding: decoded.encoding, warnings };
  }
  return { text: decoded.text, format: 'text', encoding: decoded.encoding, warnings };
}

export async function extractText(file: string, bytes: Uint8Array): Promise<Extracted | ParseFailure> {
  try {
    if (bytes.length === 0) return { file, error: 'empty file' };
    if (bytes.length > MAX_INPUT_BYTES) {
      const mb = (bytes.length / 1024 / 1024).toFixed(1);
      return { file, error: `file too large: ${mb} MB (limit ${MAX_INPUT_BYTES / 1024 / 1024} MB)` };
    }
    const kind = sniff(bytes);
    switch (kind.kind) {
      case 'pdf':
        return await fromPdf(file, bytes);
      case 'docx':
        return await fromDocx(file, bytes);
      case 'unsupported':
        return { file, error: kind.reason };
      case 'text':
        return fromText(file, bytes);
    }
  } catch (e) {
    return { file, error: `could not read the file: ${message(e)}` };
  }
}
