/**
 * Choosing between readings of garbled rows with the consistency rules as the second signal.
 *
 * Rows with one reading are facts. For rows with several, we pick, row by row, the reading that
 * makes the most rules hold given the other rows (a few passes until nothing changes). Cells on
 * which every best reading agrees are kept; the others are unknown (null), never guessed.
 */
import { evaluateRule, type RuleDef } from '../checks';
import { printedText } from './align';
import type { CellReading, CellToken, PartialCheck, Reading } from './readings';

export interface Slot {
  keys: readonly string[];
  readings: Reading[];
  /** The printed run, kept as raw text of cells we could not decide. */
  printed: readonly CellToken[];
}

export interface Resolution {
  values: Map<string, number | null>;
  raw: Map<string, string>;
  /** Cells left unknown because several readings fit equally well. */
  uncertain: string[];
  /** Cells whose value is a piece of a run-together digit string. */
  split: string[];
}

const MAX_PASSES = 4;
const EPSILON = 1e-6;

/** Rules that lie entirely inside one row, checked while its readings are enumerated. */
export function rowCheck(keys: readonly string[], rules: readonly RuleDef[]): PartialCheck | undefined {
  const position = new Map(keys.map((k, i) => [k, i]));
  const inside = rules
    .filter((r) => [...r.lhs, ...r.rhs].every((k) => position.has(k)))
    .map((r) => {
      const lhs = r.lhs.map((k) => position.get(k)!);
      const rhs = r.rhs.map((k) => position.get(k)!);
      return { lhs, rhs, ready: Math.max(...lhs, ...rhs) + 1 };
    });
  if (inside.length === 0) return undefined;
  return (partial) => {
    for (const rule of inside) {
      if (partial.length !== rule.ready) continue;
      let l = 0;
      let r = 0;
      let known = true;
      for (const i of rule.lhs) {
        const v = partial[i].value;
        if (v === null) known = false;
        else l += v;
      }
      for (const i of rule.rhs) {
        const v = partial[i].value;
        if (v === null) known = false;
        else r += v;
      }
      if (known && Math.abs(l - r) > EPSILON) return false;
    }
    return true;
  };
}

function sameCell(a: CellReading, b: CellReading): boolean {
  return a.value === b.value && a.raw === b.raw;
}

export function resolveSlots(slots: readonly Slot[], rules: readonly RuleDef[]): Resolution {
  const values = new Map<string, number | null>();
  const res: Resolution = { values, raw: new Map(), uncertain: [], split: [] };
  const write = (slot: Slot, reading: Reading) => slot.keys.forEach((k, i) => values.set(k, reading[i].value));
  const open: { slot: Slot; choice: number; rules: RuleDef[] }[] = [];

  for (const slot of slots) {
    if (slot.readings.length === 0) {
      const printed = printedText(slot.printed);
      for (const k of slot.keys) {
        values.set(k, null);
        res.uncertain.push(k);
        if (printed) res.raw.set(k, printed);
      }
    } else {
      write(slot, slot.readings[0]);
      if (slot.readings.length > 1) {
        const keys = new Set(slot.keys);
        open.push({ slot, choice: 0, rules: rules.filter((r) => r.lhs.some((k) => keys.has(k)) || r.rhs.some((k) => keys.has(k))) });
      }
    }
  }

  const get = (k: string) => values.get(k);
  const scoreOf = (o: (typeof open)[number], reading: Reading) => {
    write(o.slot, reading);
    let score = 0;
    for (const rule of o.rules) {
      const status = evaluateRule(rule, get).status;
      if (status === 'pass') score++;
      else if (status === 'fail') score--;
    }
    return score;
  };
  const scoresOf = (o: (typeof open)[number]) => {
    const scores = o.slot.readings.map((r) => scoreOf(o, r));
    write(o.slot, o.slot.readings[o.choice]);
    return scores;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const o of open) {
      const scores = scoresOf(o);
      const best = Math.max(...scores);
      if (scores[o.choice] < best) {
        o.choice = scores.indexOf(best);
        write(o.slot, o.slot.readings[o.choice]);
        changed = true;
      }
    }
    if (!changed) break;
  }

  // Decide every open row against the same final state before writing any decision.
  const decided = open.map((o) => {
    const scores = scoresOf(o);
    const best = Math.max(...scores);
    return { o, bestReadings: o.slot.readings.filter((_, i) => scores[i] === best) };
  });
  for (const { o, bestReadings } of decided) {
    o.slot.keys.forEach((k, i) => {
      const cell = bestReadings[0][i];
      if (bestReadings.every((r) => sameCell(r[i], cell))) {
        values.set(k, cell.value);
        if (cell.raw !== undefined) res.raw.set(k, cell.raw);
        if (cell.split) res.split.push(k);
      } else {
        values.set(k, null);
        res.uncertain.push(k);
        res.raw.set(k, printedText(o.slot.printed));
      }
    });
  }
  for (const slot of slots) {
    if (slot.readings.length !== 1) continue;
    slot.keys.forEach((k, i) => {
      const cell = slot.readings[0][i];
      if (cell.raw !== undefined) res.raw.set(k, cell.raw);
      if (cell.split) res.split.push(k);
    });
  }
  return res;
}
