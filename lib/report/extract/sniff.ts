/**
 * What a file is, from its bytes: names lie (a `.doc` that is HTML, a `.txt` that
 * is a PDF), magic numbers do not.
 */
export type Sniffed =
  | { kind: 'pdf' | 'docx' | 'text' }
  | { kind: 'unsupported'; reason: string };

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const UNSUPPORTED: readonly { magic: readonly number[]; reason: string }[] = [
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], reason: 'legacy Office file (.doc/.xls, OLE) is not supported: save it as DOCX or PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], reason: 'an image (PNG), not a text report: scanned pages need OCR first' },
  { magic: [0xff, 0xd8, 0xff], reason: 'an image (JPEG), not a text report: scanned pages need OCR first' },
  { magic: ascii('GIF8'), reason: 'an image (GIF), not a text report' },
  { magic: ascii('{\\rtf'), reason: 'RTF documents are not supported: save it as DOCX or PDF' },
  { magic: [0x1f, 0x8b], reason: 'a gzip archive: unpack it first' },
  { magic: ascii('Rar!'), reason: 'a RAR archive: unpack it first' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], reason: 'a 7z archive: unpack it first' },
];

export function sniff(bytes: Uint8Array): Sniffed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The PDF header may follow a little junk (mail gateways, BOMs).
  if (buf.subarray(0, 1024).indexOf('%PDF-') >= 0) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Entry names are stored uncompressed in the local headers and the central directory.
    if (buf.indexOf('word/document.xml') >= 0) return { kind: 'docx' };
    if (buf.indexOf('xl/workbook') >= 0) return { kind: 'unsupported', reason: 'an Excel workbook, not a report document' };
    return { kind: 'unsupported', reason: 'a zip archive that is not a Word document: unpack it first' };
  }
  const known = UNSUPPORTED.find((u) => startsWith(bytes, u.magic));
  return known ? { kind: 'unsupported', reason: known.reason } : { kind: 'text' };
}

/** Above this share of control characters a "text" is binary content. */
export const BINARY_SHARE = 0.02;

/** Share of characters that never occur in text (C0 controls other than tab/newlines, DEL, U+FFFD). */
export function binaryShare(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / Math.max(1, sample.length);
}
