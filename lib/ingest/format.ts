/** The container a file's bytes are in, from their first bytes (names lie: a .txt may be a saved web page). */
export type SourceFormat = 'pdf' | 'docx' | 'html' | 'text';

export function detectFormat(bytes: Uint8Array): SourceFormat {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'docx';
  // ASCII tags survive any of the encodings reports come in (UTF-8, GBK, GB18030).
  if (/<(!doctype\s+html|html|head|body|table|meta|div|p)[\s>]/i.test(head.toString('latin1'))) return 'html';
  return 'text';
}
