/**
 * What the browser import accepts before anything is parsed or staged: size and count
 * limits, and a content check (magic bytes, via the parser's sniffer) so an image or an
 * archive is refused up front whatever its name. Text that is not decodable is refused by
 * the parser itself, with its reason. Every refusal names the file and the reason.
 */
import { sniff } from '../report/extract/sniff';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_UPLOAD = 200;
/** The whole multipart body: well above real batches (reports are a few MB), bounded memory. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** Why a file is refused before parsing, or null when it may be parsed. */
export function refuseFile(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return 'the file is empty';
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB per file`;
  }
  const sniffed = sniff(bytes);
  return sniffed.kind === 'unsupported' ? sniffed.reason : null;
}

/**
 * A display name from what the browser sent: the last path component, control characters
 * removed, at most 200 characters. Used in messages and to match manifest rows, never as a path.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'unnamed').slice(0, 200);
}
