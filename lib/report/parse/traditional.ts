/**
 * Traditional → simplified, only when the text is written in traditional characters.
 *
 * Converting costs far more than checking, and simplified reports legitimately contain a few
 * characters that also have a traditional reading (显著, 乾坤), so we convert only when
 * traditional-only characters are a real share of the text.
 */
import * as OpenCC from 'opencc-js/t2cn';
import tsCharacters from 'opencc-js/dict/TSCharacters';

// Built once at module load: building the converter takes ~20 ms.
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Code points of characters the dictionary rewrites (traditional forms). */
const TRADITIONAL = new Set<number>();
for (const entry of tsCharacters.split('|')) {
  const [source, target] = entry.split(' ');
  if (source && target && source !== target && source.length === 1) TRADITIONAL.add(source.charCodeAt(0));
}

const MIN_TRADITIONAL = 3;
const MIN_SHARE = 0.01;

export function isMostlyTraditional(text: string): boolean {
  let cjk = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    cjk++;
    if (TRADITIONAL.has(code)) traditional++;
  }
  return traditional >= MIN_TRADITIONAL && traditional >= cjk * MIN_SHARE;
}

export function toSimplified(text: string): string {
  return isMostlyTraditional(text) ? convert(text) : text;
}
