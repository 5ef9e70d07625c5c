/**
 * Printed label → template entry, tolerant of the variants seen in the wild: numbering styles
 * (`（一）`, `1、`, `七、`), truncation, typos, wrapped and spaced labels, quotes, `合计`, `法人或者`.
 *
 * Exact matches on the normalised key are a map lookup; everything else is scored by character
 * bigram overlap plus prefix/containment, and memoised (the same labels recur in every report).
 */

// Leading numbering: `一、` `（一）` `(二部分…` `1.` `1、` `(1)`.
const NUMBERING = /^\s*(?:[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]?|[一二三四五六七八九十]{1,3}\s*[、.,:)）]|[(（]?\d{1,2}\s*[.、,:)）])/;
const NOT_CJK = /[^\u3400-\u9fff]/g;
const ALIASES: readonly [RegExp, string][] = [
  [/合计/g, '总计'],
  [/下一年/g, '下年'],
  [/法人或者/g, '法人或'],
];

const CACHE_LIMIT = 20_000;
// The aligner keys every run of trailing label pieces of every group, and the same printed
// labels recur in every report: five regex passes per call are worth a lookup.
const keys = new Map<string, string>();

/** The comparable form of a label: CJK characters only, numbering and punctuation dropped. */
export function labelKey(label: string): string {
  const cached = keys.get(label);
  if (cached !== undefined) return cached;
  let s = label.replace(NUMBERING, '');
  s = s.replace(NOT_CJK, '');
  for (const [from, to] of ALIASES) s = s.replace(from, to);
  if (keys.size >= CACHE_LIMIT) keys.clear();
  keys.set(label, s);
  return s;
}

export interface LabelMatch<T> {
  value: T;
  score: number;
}

interface Entry<T> {
  key: string;
  value: T;
  bigrams: Map<string, number>;
  size: number;
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

function dice(a: Map<string, number>, aSize: number, b: Map<string, number>, bSize: number): number {
  if (aSize === 0 || bSize === 0) return 0;
  let common = 0;
  for (const [g, n] of a) {
    const o = b.get(g);
    if (o) common += Math.min(n, o);
  }
  return (2 * common) / (aSize + bSize);
}

const MIN_PARTIAL = 3;

/**
 * Scores a label against a fixed list of entries. `rank` returns every entry scoring above
 * `floor`, best first, so callers can weigh the runner-up (ambiguity) and position.
 */
export class LabelMatcher<T> {
  private readonly entries: Entry<T>[];
  private readonly exact = new Map<string, T[]>();
  private readonly cache = new Map<string, LabelMatch<T>[]>();

  constructor(items: readonly { label: string; value: T }[], private readonly floor = 0.4) {
    this.entries = items.map(({ label, value }) => {
      const key = labelKey(label);
      const list = this.exact.get(key) ?? [];
      list.push(value);
      this.exact.set(key, list);
      return { key, value, bigrams: bigrams(key), size: Math.max(0, key.length - 1) };
    });
  }

  /** Matches for an already-normalised key. */
  rankKey(key: string): LabelMatch<T>[] {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.score(key);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  rank(label: string): LabelMatch<T>[] {
    return this.rankKey(labelKey(label));
  }

  private score(key: string): LabelMatch<T>[] {
    if (key.length === 0) return [];
    const exact = this.exact.get(key);
    const out: LabelMatch<T>[] = exact ? exact.map((value) => ({ value, score: 1 })) : [];
    const own = bigrams(key);
    const ownSize = Math.max(0, key.length - 1);
    for (const e of this.entries) {
      if (e.key === key) continue;
      let s = dice(own, ownSize, e.bigrams, e.size);
      // Truncated label (`…不再处理其政府信息公开申`) or label with extra words around it.
      if (key.length >= MIN_PARTIAL && e.key.startsWith(key)) s = Math.max(s, 0.5 + (0.45 * key.length) / e.key.length);
      else if (e.key.length >= MIN_PARTIAL && key.includes(e.key)) s = Math.max(s, 0.5 + (0.4 * e.key.length) / key.length);
      if (s >= this.floor) out.push({ value: e.value, score: s });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}
