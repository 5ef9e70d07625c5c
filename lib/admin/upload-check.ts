/**
 * What the browser import accepts, decided by content and never by name: a `.txt` may be a
 * saved web page, a `.pdf` may be a JPEG. Every refusal names the file and the reason.
 */
import { detectFormat, type SourceFormat } from '../ingest/format';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_UPLOAD = 200;

export type FileCheck = { ok: true; format: SourceFormat } | { ok: false; reason: string };

/** Containers we can name when refusing them, so the message says what the file really is. */
const KNOWN_BINARIES: readonly { magic: number[]; what: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7z archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
  { magic: [0x4d, 0x5a], what: 'an executable (Windows)' },
  // OLE2: legacy .doc/.xls/.wps. Nothing in the pipeline reads it; saving as .docx or PDF does.
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'a legacy Office file (.doc/.xls; save it as .docx or PDF)' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** A ZIP is a Word document when its central directory lists word/document.xml (names are stored uncompressed). */
function isWordZip(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Text in any encoding the parser reads (UTF-8, GBK/GB18030, UTF-16 with BOM) has no NUL
 * bytes outside UTF-16 and almost no C0 control characters; binary data has plenty.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > sample.length / 100;
}

export function checkFile(bytes: Uint8Array): FileCheck {
  if (bytes.byteLength === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, reason: `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB` };
  }
  const binary = KNOWN_BINARIES.find((k) => startsWith(bytes, k.magic));
  if (binary) return { ok: false, reason: `the content is ${binary.what}, not a report (text, HTML, PDF or DOCX)` };
  const format = detectFormat(bytes);
  if (format === 'docx' && !isWordZip(bytes)) {
    return { ok: false, reason: 'the content is a ZIP archive that is not a Word document (.docx)' };
  }
  if ((format === 'text' || format === 'html') && looksBinary(bytes)) {
    return { ok: false, reason: 'the content is binary data, not text, HTML, PDF or DOCX' };
  }
  return { ok: true, format };
}

/**
 * A display name from what the browser sent: the last path component, control characters
 * removed, at most 200 characters. Used for messages and the manifest match, never as a path.
 */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'unnamed').slice(0, 200);
}
