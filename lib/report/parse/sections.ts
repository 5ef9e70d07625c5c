/**
 * Where the tables are: line ranges of sections 二, 三, 四 and of the narrative around them.
 *
 * Headings are preferred (confirmed by table words just below them, so a table of contents at the
 * top does not count); without headings the first table label of each section marks its start.
 */
export interface Range {
  start: number;
  end: number;
}

export interface Sections {
  proactive: Range | null;
  requests: Range | null;
  appeals: Range | null;
  /** Lines outside the tables: 一、总体情况 before, 五/六 after. */
  narrative: Range[];
}

interface SectionSpec {
  heading: RegExp;
  /** A table word expected within a few lines below the heading, or starting the table. */
  tableWord: RegExp;
}

const MAX_HEADING = 40;
const CONFIRM_WINDOW = 15;
const MAX_APPEALS_LINES = 400;

const SPECS = {
  proactive: { heading: /^(?:二[、.,]?)?主动公开政府信息的?情况/, tableWord: /第二十条|信息内容/ },
  requests: { heading: /^(?:三[、.,]?)?收到和?处理政府信息公开申请的?情况/, tableWord: /申请人情况|本年新收|自然人/ },
  appeals: { heading: /^(?:四[、.,]?)?政府信息公开行政复议.{0,2}行政诉讼的?情况/, tableWord: /行政复议|结果维持/ },
} satisfies Record<string, SectionSpec>;
const AFTER_TABLES = /^(?:五[、.,]?)?存在的?主要问题/;
const COMPACT = /[\s|]/g;

function findStart(compact: readonly string[], spec: SectionSpec, from: number): number | null {
  let firstHeading: number | null = null;
  for (let i = from; i < compact.length; i++) {
    const line = compact[i];
    if (line.length > MAX_HEADING || !spec.heading.test(line)) continue;
    firstHeading ??= i;
    const until = Math.min(compact.length, i + CONFIRM_WINDOW);
    for (let j = i + 1; j < until; j++) if (spec.tableWord.test(compact[j])) return i;
  }
  if (firstHeading !== null) return firstHeading;
  for (let i = from; i < compact.length; i++) if (spec.tableWord.test(compact[i])) return i;
  return null;
}

function findAfter(compact: readonly string[], pattern: RegExp, from: number): number | null {
  for (let i = from; i < compact.length; i++) {
    if (compact[i].length <= MAX_HEADING && pattern.test(compact[i])) return i;
  }
  return null;
}

export function locateSections(lines: readonly string[]): Sections {
  const compact = lines.map((l) => (l.length > 200 ? '' : l.replace(COMPACT, '')));
  const p = findStart(compact, SPECS.proactive, 0);
  const r = findStart(compact, SPECS.requests, p ?? 0);
  const a = findStart(compact, SPECS.appeals, (r ?? p ?? -1) + 1);
  const tail = a === null ? null : (findAfter(compact, AFTER_TABLES, a + 1) ?? Math.min(lines.length, a + MAX_APPEALS_LINES));
  const ends = [r, a, tail, lines.length];
  const until = (start: number) => ends.find((e) => e !== null && e > start) ?? lines.length;
  const proactive = p === null ? null : { start: p, end: until(p) };
  const requests = r === null ? null : { start: r, end: until(r) };
  const appeals = a === null ? null : { start: a, end: tail ?? lines.length };
  const first = p ?? r ?? a ?? lines.length;
  const last = tail ?? (requests ? requests.end : first);
  return {
    proactive,
    requests,
    appeals,
    narrative: [
      { start: 0, end: first },
      { start: last, end: lines.length },
    ],
  };
}
