/**
 * The matching form of a body's name: one body, one agencies row, whether a report wrote
 * its name in traditional characters, full-width brackets or with spaces between characters.
 */
import * as OpenCC from 'opencc-js';

let toSimplified: ((s: string) => string) | null = null;

export function normalizeAgencyName(name: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(name.normalize('NFKC')).replace(/\s+/g, '');
}
