/**
 * Text to bytes in the encodings reports are published in, and simplified to
 * traditional script (opencc-js) as some offices publish.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

export const TEXT_ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'gbk', 'gb18030', 'big5'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** The name a page declares in `<meta charset>`. */
export const CHARSET_NAME: Record<TextEncoding, string> = {
  utf8: 'utf-8',
  'utf8-bom': 'utf-8',
  'utf16le-bom': 'utf-16',
  'utf16be-bom': 'utf-16',
  gbk: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
};

let toTraditional: ((s: string) => string) | undefined;
/** Converted sentences and labels: a corpus repeats them, and opencc-js costs ~0.2 µs a character. */
const converted = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function traditional(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const convert = toTraditional;
  // No phrase spans a sentence end, so sentences convert independently.
  return text
    .split(/(?<=[。；\n])/)
    .map((piece) => {
      let out = converted.get(piece);
      if (out === undefined) {
        out = convert(piece);
        if (converted.size < MEMO_LIMIT) converted.set(piece, out);
      }
      return out;
    })
    .join('');
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text);
    case 'utf8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf16le-bom':
      return iconv.encode(`\ufeff${text}`, 'utf16le');
    case 'utf16be-bom':
      return iconv.encode(`\ufeff${text}`, 'utf16be');
    default:
      // Legacy code pages have no no-break space; their documents indent with U+3000.
      return iconv.encode(text.replace(/\u00a0/g, '\u3000'), encoding);
  }
}
