/**
 * The consistency rules (勾稽关系) of sections 三 and 四, defined once as sums of cell keys
 * and evaluated by one function. The parser uses the same definitions twice: to choose between
 * readings of a garbled row (which reading makes the rules hold?) and to report the final checks.
 *
 * Category subtotals (不予公开, 无法提供, 不予处理, 其他处理 with sub-rows) are never printed:
 * T3-2 sums the printed sub-rows directly, so the subtotal is derived inside the rule.
 */
import {
  APPEAL_GROUPS,
  APPEAL_ITEMS,
  APPLICANT_COLUMNS,
  REQUEST_COLUMNS,
  appealKey,
  outcomeRows,
  requestKey,
  requestRows,
} from './cells';
import type { Check, CheckId } from './record';

export interface RuleDef {
  id: CheckId;
  scope: string;
  /** lhs = Σ lhs keys, rhs = Σ rhs keys. */
  lhs: readonly string[];
  rhs: readonly string[];
}

const ROW = {
  received: 'received',
  carriedOver: 'carriedOver',
  total: 'total',
  carriedForward: 'carriedForward',
} as const;

function buildRuleDefs(otherDisposalAsOneRow: boolean): RuleDef[] {
  const defs: RuleDef[] = [];
  const outcomes = outcomeRows(otherDisposalAsOneRow);
  for (const col of REQUEST_COLUMNS) {
    defs.push({
      id: 'T3-1',
      scope: col.key,
      lhs: [requestKey(ROW.received, col.key), requestKey(ROW.carriedOver, col.key)],
      rhs: [requestKey(ROW.total, col.key), requestKey(ROW.carriedForward, col.key)],
    });
  }
  for (const col of REQUEST_COLUMNS) {
    defs.push({
      id: 'T3-2',
      scope: col.key,
      lhs: [requestKey(ROW.total, col.key)],
      rhs: outcomes.map((row) => requestKey(row.key, col.key)),
    });
  }
  for (const row of requestRows(otherDisposalAsOneRow)) {
    defs.push({
      id: 'T3-3',
      scope: row.key,
      lhs: [requestKey(row.key, 'total')],
      rhs: APPLICANT_COLUMNS.map((col) => requestKey(row.key, col.key)),
    });
  }
  const t4: CheckId[] = ['T4-1', 'T4-2', 'T4-3'];
  APPEAL_GROUPS.forEach((group, i) => {
    defs.push({
      id: t4[i],
      scope: group.key,
      lhs: APPEAL_ITEMS.filter((it) => it.key !== 'total').map((it) => appealKey(group.key, it.key)),
      rhs: [appealKey(group.key, 'total')],
    });
  });
  return defs;
}

const DEFS_ONE_ROW = buildRuleDefs(true);
const DEFS_SUB_ROWS = buildRuleDefs(false);

/** Every rule for a table whose （六）其他处理 is printed as one row or as three sub-rows. */
export function ruleDefs(otherDisposalAsOneRow: boolean): readonly RuleDef[] {
  return otherDisposalAsOneRow ? DEFS_ONE_ROW : DEFS_SUB_ROWS;
}

/** A cell value as the rules see it: undefined = not read at all, null = blank. */
export type CellLookup = (key: string) => number | null | undefined;

function sum(keys: readonly string[], get: CellLookup): number | null {
  let total = 0;
  for (const key of keys) {
    const v = get(key);
    if (v === null || v === undefined) return null;
    total += v;
  }
  return total;
}

// Counts are integers, but 万元 amounts may be decimals: compare with a tolerance.
const EPSILON = 1e-6;

export function evaluateRule(def: RuleDef, get: CellLookup): Check {
  const lhs = sum(def.lhs, get);
  const rhs = sum(def.rhs, get);
  const status = lhs === null || rhs === null ? 'uncertain' : Math.abs(lhs - rhs) < EPSILON ? 'pass' : 'fail';
  return { id: def.id, scope: def.scope, status, keys: [...def.lhs, ...def.rhs], lhs, rhs };
}

/** All checks of a parsed table (rules T3-1..3, T4-1..3). */
export function checkCells(
  cells: Readonly<Record<string, number | null>>,
  otherDisposalAsOneRow: boolean,
): Check[] {
  const get: CellLookup = (key) => cells[key];
  return ruleDefs(otherDisposalAsOneRow).map((def) => evaluateRule(def, get));
}
