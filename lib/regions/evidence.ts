/**
 * How strongly a report's text supports each of several candidate divisions. Only what tells the
 * candidates apart counts: for 江北区 (重庆 or 宁波) mentions of 江北 itself say nothing, mentions of
 * 重庆 / 宁波 / 浙江, an 023 or 0574 phone number, 渝快办 or 浙里办 do.
 */
import { shortForms } from './aliases';
import { divisions, regionOf, type Division, type Region } from './dataset';
import { findSignals, type Signal } from './signals';

export interface Support {
  score: number;
  /** What was found, for messages: `重庆×4`, `023-67854766`, `渝快办`. */
  reasons: string[];
}

/** Beyond a few mentions a name is simply the report's subject; more should not outweigh other signals. */
const MENTION_CAP = 10;

/** The candidate's own division and every region above it. */
function lineage(d: Division): Division[] {
  const { byCode } = divisions();
  const chain: Division[] = [d];
  for (let r: Region | undefined = regionOf(d); r; r = r.parentCode ? byCode.get(r.parentCode) : undefined) {
    if (r !== d) chain.push(r);
  }
  return chain;
}

/** The form every written variant contains (重庆 for 重庆市, 恩施 for 恩施州 and 恩施土家族苗族自治州). */
function mentionForm(d: Division): string {
  return [d.name, ...shortForms(d)].reduce((a, b) => (b.length < a.length ? b : a));
}

function countMentions(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1 && count < MENTION_CAP; at = text.indexOf(needle, at + needle.length)) {
    count++;
  }
  return count;
}

export function supportInContext(candidates: Division[], context: string): Support[] {
  const forms = candidates.map((c) => new Set(lineage(c).map(mentionForm)));
  const codes = candidates.map((c) => new Set(lineage(c).filter((d) => !('parent' in d)).map((d) => d.code)));
  // With one candidate nothing is "shared": everything found supports it.
  const sharedByAll = <T>(sets: Set<T>[], value: T) => sets.length > 1 && sets.every((s) => s.has(value));

  const mentionCounts = new Map<string, number>();
  const mentions = (form: string) => {
    if (!mentionCounts.has(form)) mentionCounts.set(form, countMentions(context, form));
    return mentionCounts.get(form)!;
  };
  const signals: Signal[] = findSignals(context);

  return candidates.map((_, i) => {
    const support: Support = { score: 0, reasons: [] };
    for (const form of forms[i]) {
      if (sharedByAll(forms, form)) continue;
      const n = mentions(form);
      if (n > 0) {
        support.score += n;
        support.reasons.push(`${form}×${n}`);
      }
    }
    for (const signal of signals) {
      const inside = (set: Set<string>) => signal.codes.some((code) => set.has(code));
      if (inside(codes[i]) && !(codes.length > 1 && codes.every(inside))) {
        support.score += signal.weight;
        support.reasons.push(signal.seen);
      }
    }
    return support;
  });
}
