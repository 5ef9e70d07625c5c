/**
 * Label noise seen in real reports: bracket and digit width, `1、` for `1.`,
 * quote styles around 三安全一稳定, `合计` for 总计, wording variants,
 * truncated long labels, and header labels split across lines.
 */
import type { Rng } from './rng';

export interface LabelNoise {
  /** As the template prints (`（一）`, `1.`), half width (`(一)`), or full width down to the digits (`１.`). */
  width: 'template' | 'half' | 'full';
  /** What follows a sub-row number: `1.` `1、` `1．`. */
  enumerator: '.' | '、' | '．';
  quotes: '“”' | '""' | '「」' | '‘’' | 'none';
  totalWord: '总计' | '合计';
  /** `法人或者其他组织`, `结转下一年度继续办理`, `七、总计` instead of the template's words. */
  variants: boolean;
  /** Cut the last one to three characters of labels longer than 25 characters. */
  truncateLong: boolean;
  /** Break short header labels in two (`商业|企业`, `结果|维持`). */
  splitHeaders: boolean;
}

export const CLEAN_LABELS: LabelNoise = {
  width: 'template',
  enumerator: '.',
  quotes: '“”',
  totalWord: '总计',
  variants: false,
  truncateLong: false,
  splitHeaders: false,
};

export function randomLabelNoise(rng: Rng): LabelNoise {
  return {
    width: rng.pick(['template', 'half', 'full'] as const),
    enumerator: rng.pick(['.', '.', '、', '．'] as const),
    quotes: rng.pick(['“”', '""', '「」', '‘’', 'none'] as const),
    totalWord: rng.chance(0.2) ? '合计' : '总计',
    variants: rng.chance(0.2),
    truncateLong: rng.chance(0.2),
    splitHeaders: rng.chance(0.4),
  };
}

const FULL_TO_HALF: Record<string, string> = { '（': '(', '）': ')', '：': ':', '，': ',' };
const VARIANTS: readonly [string, string][] = [
  ['法人或其他组织', '法人或者其他组织'],
  ['结转下年度继续办理', '结转下一年度继续办理'],
  ['（七）总计', '七、总计'],
];

/** Apply the noise to one label; `rng` only decides how much a long label loses. */
export function noisyLabel(label: string, noise: LabelNoise, rng: Rng): string {
  let text = label;
  if (noise.variants) for (const [from, to] of VARIANTS) text = text.replace(from, to);
  if (noise.totalWord === '合计') text = text.replace(/总计$/, '合计');
  text = text.replace(/^(\d)\./, `$1${noise.enumerator}`);
  const quoted = /[“"「‘]三安全一稳定[”"」’]/;
  if (noise.quotes === 'none') text = text.replace(quoted, '三安全一稳定');
  else text = text.replace(quoted, `${noise.quotes[0]}三安全一稳定${noise.quotes[1]}`);
  if (noise.width === 'half') text = text.replace(/[（）：，]/g, (c) => FULL_TO_HALF[c]);
  if (noise.width === 'full') text = text.replace(/^(\d)/, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  if (noise.truncateLong && text.length > 25) text = text.slice(0, text.length - rng.int(1, 3));
  return text;
}

/** A header label split in two lines (`\n`), as narrow table cells wrap it. */
export function splitHeader(label: string, noise: LabelNoise): string {
  if (!noise.splitHeaders || label.length < 4 || label.length > 6) return label;
  const at = Math.ceil(label.length / 2);
  return `${label.slice(0, at)}\n${label.slice(at)}`;
}
