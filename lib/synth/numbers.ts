/**
 * The numbers of one agency's report for one year, shaped like real tables: mostly zeros
 * and small counts, a body's size deciding the scale, last year's 结转下年度 carried in as
 * this year's 上年结转 (rule X-1), and every exact rule (T3-1..3, T4-1..3) holding unless
 * the caller asks for a broken report.
 */
import {
  APPEAL_GROUPS,
  APPEAL_ITEMS,
  APPLICANT_COLUMNS,
  appealKey,
  outcomeRows,
  requestKey,
  templateCells,
  type RequestColumn,
  type Template,
} from '../report/cells';
import type { Rng } from '../report/render';

export type Cells = Record<string, number | null>;
type ApplicantColumn = Exclude<RequestColumn, 'total'>;

/** Applicants are mostly natural persons; the other columns are rare. */
const COLUMN_SHARE: Record<ApplicantColumn, number> = {
  natural: 1,
  commercial: 0.12,
  research: 0.01,
  nonprofit: 0.01,
  legalService: 0.03,
  otherOrg: 0.04,
};

/** Rough share of decided requests per outcome row (before noise). */
function outcomeWeight(row: string): number {
  if (row === 'granted') return 0.45;
  if (row === 'partlyGranted') return 0.12;
  if (row === 'unavailable.notHeld') return 0.2;
  if (row.startsWith('withheld.')) return 0.015;
  return 0.02;
}

function poissonish(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  // Sum of two uniforms around the mean: cheap, never negative, enough spread for a table.
  return Math.max(0, Math.round(mean * (rng.next() + rng.next())));
}

export interface YearNumbers {
  cells: Cells;
  /** 结转下年度 per applicant column, next year's 上年结转. */
  carriedForward: Record<ApplicantColumn, number>;
}

/**
 * `scale`: expected requests received by natural persons in a year (a street office ~3,
 * a city government ~300). `carriedOver`: last year's carriedForward, or null for the first year.
 */
export function yearNumbers(
  rng: Rng,
  template: Template,
  oneRowOther: boolean,
  scale: number,
  carriedOver: Record<ApplicantColumn, number> | null,
): YearNumbers {
  const cells: Cells = {};
  for (const def of templateCells(template, oneRowOther)) {
    if (def.section !== 'proactive') continue;
    if (def.decimal) cells[def.key] = rng.chance(0.6) ? 0 : Math.round(rng.next() * scale * 100) / 100;
    else if (def.signed) cells[def.key] = rng.chance(0.6) ? 0 : rng.int(-Math.ceil(scale / 10), Math.ceil(scale / 5));
    else cells[def.key] = rng.chance(0.4) ? 0 : poissonish(rng, scale * 2);
  }
  const forward = {} as Record<ApplicantColumn, number>;
  const rowTotals = new Map<string, number>();
  const put = (row: string, col: ApplicantColumn, v: number) => {
    cells[requestKey(row, col)] = v;
    rowTotals.set(row, (rowTotals.get(row) ?? 0) + v);
  };
  const rows = outcomeRows(oneRowOther);
  for (const col of APPLICANT_COLUMNS.map((c) => c.key as ApplicantColumn)) {
    const over = carriedOver?.[col] ?? poissonish(rng, scale * COLUMN_SHARE[col] * 0.05);
    const received = poissonish(rng, scale * COLUMN_SHARE[col]);
    const open = over + received;
    let decided = 0;
    for (const row of rows) {
      const v = Math.min(open - decided, poissonish(rng, open * outcomeWeight(row.key)));
      put(row.key, col, v);
      decided += v;
    }
    put('received', col, received);
    put('carriedOver', col, over);
    put('total', col, decided);
    // T3-1: 一 + 二 = （七） + 四.
    put('carriedForward', col, open - decided);
    forward[col] = open - decided;
  }
  for (const [row, sum] of rowTotals) cells[requestKey(row, 'total')] = sum; // T3-3
  for (const group of APPEAL_GROUPS) {
    let sum = 0;
    for (const item of APPEAL_ITEMS) {
      if (item.key === 'total') continue;
      const v = rng.chance(0.7) ? 0 : poissonish(rng, scale / 50);
      cells[appealKey(group.key, item.key)] = v;
      sum += v;
    }
    cells[appealKey(group.key, 'total')] = sum; // T4
  }
  return { cells, carriedForward: forward };
}

/** A report that breaks a rule, as real ones do: one printed total off by a little. */
export function breakOneRule(rng: Rng, cells: Cells): void {
  const target = rng.pick([
    requestKey('total', 'total'),
    requestKey('received', 'natural'),
    requestKey('granted', 'total'),
    appealKey('review', 'total'),
  ]);
  const value = cells[target] ?? 0;
  cells[target] = value + rng.pick([1, 2, 10, -1].filter((d) => value + d >= 0));
}

/** Some offices print blanks where they had nothing: blank a few zero cells. */
export function blankSomeZeros(rng: Rng, cells: Cells, rate: number): void {
  for (const [key, value] of Object.entries(cells)) if (value === 0 && rng.chance(rate)) cells[key] = null;
}
