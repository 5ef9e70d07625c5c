/**
 * Traditional → simplified, only when the text is written in traditional characters.
 *
 * Converting costs far more than checking, and simplified reports legitimately contain a few
 * characters that also have a traditional reading (显著, 乾坤), so we convert only when
 * traditional-only characters are a real share of the text.
 */
import * as OpenCC from 'opencc-js/t2cn';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';

// OpenCC's t2s chain (phrases, then characters), built once at module load. The tw→cn preset adds
// a Taiwan-variants pass and segmentation that cost 12× more without changing what we match.
const convert = OpenCC.ConverterFactory([tsPhrases, tsCharacters]);

/** 1 at the code points of characters the dictionary rewrites (traditional forms), BMP only. */
const TRADITIONAL = new Uint8Array(0x10000);
for (const entry of tsCharacters.split('|')) {
  const [source, target] = entry.split(' ');
  if (source && target && source !== target && source.length === 1) TRADITIONAL[source.charCodeAt(0)] = 1;
}

const MIN_TRADITIONAL = 3;
const MIN_SHARE = 0.01;
/** The script is judged on the first CJK characters: plenty to tell, cheap on any input. */
const SAMPLE_CJK = 3000;

export function isMostlyTraditional(text: string): boolean {
  let cjk = 0;
  let traditional = 0;
  for (let i = 0; i < text.length && cjk < SAMPLE_CJK; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    cjk++;
    traditional += TRADITIONAL[code];
  }
  return traditional >= MIN_TRADITIONAL && traditional >= cjk * MIN_SHARE;
}

export function toSimplified(text: string): string {
  return isMostlyTraditional(text) ? convert(text) : text;
}
