/**
 * Which national template a report follows, told from the labels of its section 二 table
 * (never from the year alone: late adopters and provincial variants exist).
 */
import { PROACTIVE_2019, PROACTIVE_2021, type Template } from '../cells';
import { LabelMatcher, labelKey } from './labels';

function labelsOf(tables: typeof PROACTIVE_2021): string[] {
  return tables.flatMap((t) => [t.block, ...t.items.map((i) => i.label), ...t.columns.map((c) => c.label)]);
}

/** Labels printed by one template only, e.g. 本年新制作数量 (2019), 本年制发件数 (2021). */
const signatureMatcher = (() => {
  const by2021 = new Set(labelsOf(PROACTIVE_2021).map(labelKey));
  const by2019 = new Set(labelsOf(PROACTIVE_2019).map(labelKey));
  const entries: { label: string; value: Template }[] = [];
  for (const label of labelsOf(PROACTIVE_2021)) if (!by2019.has(labelKey(label))) entries.push({ label, value: '2021' });
  for (const label of labelsOf(PROACTIVE_2019)) if (!by2021.has(labelKey(label))) entries.push({ label, value: '2019' });
  return new LabelMatcher(entries, 0.6);
})();

const STRONG = 0.65;
const MARGIN = 0.08;

/** Evidence for each template from the section 二 labels. */
export function templateEvidence(labels: readonly string[]): Record<Template, number> {
  const score: Record<Template, number> = { '2021': 0, '2019': 0 };
  const consider = (text: string) => {
    const [best, second] = signatureMatcher.rank(text);
    if (!best || best.score < STRONG) return;
    if (second && second.value !== best.value && best.score - second.score < MARGIN) return;
    score[best.value] += best.score;
  };
  for (let i = 0; i < labels.length; i++) {
    consider(labels[i]);
    // A header wrapped over two pieces: 本年新 | 制作数量.
    if (i + 1 < labels.length) consider(labels[i] + labels[i + 1]);
  }
  return score;
}

export interface TemplateChoice {
  template: Template;
  /** False when neither the labels nor the year told us. */
  certain: boolean;
}

const FIRST_2021_YEAR = 2021;

export function chooseTemplate(
  evidence: Record<Template, number>,
  otherDisposalAsOneRow: boolean | null,
  year: number | null,
): TemplateChoice {
  const weight = { ...evidence };
  // The three （六） sub-rows are a 2021 feature, but mixed tables exist: weak evidence only.
  if (otherDisposalAsOneRow === false) weight['2021'] += 0.5;
  if (otherDisposalAsOneRow === true) weight['2019'] += 0.5;
  if (weight['2021'] > weight['2019']) return { template: '2021', certain: true };
  if (weight['2019'] > weight['2021']) return { template: '2019', certain: true };
  if (year !== null) return { template: year >= FIRST_2021_YEAR ? '2021' : '2019', certain: true };
  return { template: '2021', certain: false };
}
