/**
 * Token stream → label groups: the label pieces printed before a run of cells, and that run.
 * A group's row is found by trying the last piece, the last two joined, …: this rebuilds labels
 * wrapped over lines or printed a character per line, and skips header and category labels
 * (`三、本年度办理结果`, `（三）不予公开`) that precede the row label.
 */
import type { LabelMatcher } from './labels';
import { labelKey } from './labels';
import type { CellToken } from './readings';
import type { Token } from './tokens';

export interface Group {
  labels: string[];
  cells: CellToken[];
}

export function groupTokens(tokens: readonly Token[]): Group[] {
  const groups: Group[] = [];
  let current: Group = { labels: [], cells: [] };
  for (const t of tokens) {
    if (t.kind === 'label') {
      if (current.cells.length > 0) {
        groups.push(current);
        current = { labels: [], cells: [] };
      }
      current.labels.push(t.text);
    } else current.cells.push(t);
  }
  if (current.labels.length > 0 || current.cells.length > 0) groups.push(current);
  return groups;
}

export const hasNumber = (g: Group) => g.cells.some((c) => c.kind === 'value');
export const printedText = (cells: readonly CellToken[]) => cells.map((c) => c.text).join(' ').trim();

export interface SuffixMatch<T> {
  value: T;
  score: number;
  /** The label text that matched. */
  text: string;
}

const MAX_PIECES = 10;
const MAX_KEY = 80;
const PREFERRED_BONUS = 0.05;
const AMBIGUOUS_MARGIN = 0.03;

/**
 * Best entry for the trailing label pieces of a group. `preferred` (the row expected next in
 * print) gets a small bonus; a near-tie between two other entries is no match at all.
 */
export function matchGroupLabel<T>(
  labels: readonly string[],
  matcher: LabelMatcher<T>,
  preferred?: (value: T) => boolean,
): SuffixMatch<T> | null {
  let best: SuffixMatch<T> | null = null;
  let runnerUp = -1;
  let joined = '';
  for (let k = 1; k <= Math.min(labels.length, MAX_PIECES); k++) {
    joined = labels[labels.length - k] + joined;
    const key = labelKey(joined);
    if (key.length > MAX_KEY) break;
    for (const m of matcher.rankKey(key)) {
      const score = m.score + (preferred?.(m.value) ? PREFERRED_BONUS : 0);
      if (!best || score > best.score) {
        if (best && best.value !== m.value) runnerUp = Math.max(runnerUp, best.score);
        best = { value: m.value, score, text: joined };
      } else if (m.value !== best.value) runnerUp = Math.max(runnerUp, score);
    }
  }
  if (best && best.score - runnerUp < AMBIGUOUS_MARGIN && !preferred?.(best.value)) return null;
  return best;
}
