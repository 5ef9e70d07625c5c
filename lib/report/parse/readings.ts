/**
 * The possible readings of one printed row: which number goes into which cell.
 *
 * A row of n cells usually prints n tokens and has one reading. When fewer tokens are printed,
 * either blanks were left out (one cell per line, PDF text) or neighbouring cells ran together
 * (`行政许可3960181`, a row's seven numbers as one digit string). We enumerate every reading that
 * uses exactly the printed digits — never a digit more — and let the rules choose.
 */
import type { BlankToken, ValueToken } from './values';
import { rawText, valueToken } from './values';

export type CellToken = ValueToken | BlankToken;

export interface CellReading {
  value: number | null;
  /** Printed text where it is not simply the number. */
  raw?: string;
  /** The value is a piece of a longer printed digit run. */
  split?: boolean;
}

export type Reading = CellReading[];

/** Prunes partial readings: false when the cells so far already break a rule. */
export type PartialCheck = (partial: Reading) => boolean;

export interface RowReadings {
  readings: Reading[];
  /** Printed tokens beyond the row's cells, dropped. */
  extra: CellToken[];
  /** More readings than we are willing to weigh: the row is unknown. */
  tooMany: boolean;
}

const MAX_READINGS = 2000;
const MAX_STEPS = 200_000;

const isWeak = (t: CellToken) => t.kind === 'blank' && t.weak;
/** An empty cell of a pipe row: also what a spanned column leaves behind. */
const isEmpty = (t: CellToken) => t.kind === 'blank' && !t.weak && t.text === '';

/** Which end of a row spanned columns leave their empty cells at, in tables that repeat them. */
export type FillerSide = 'leading' | 'trailing';

/**
 * Too many tokens for the row: drop the least reliable first — whitespace-only lines, then empty
 * pipe cells at the side span fillers sit on (after the label in section 三, the row's end in 二).
 * Printed marks (`/`, `-`) stay.
 */
function fitBlanks(tokens: readonly CellToken[], n: number, fillers: FillerSide): readonly CellToken[] {
  if (tokens.length <= n) return tokens;
  let start = 0;
  let end = tokens.length;
  while (end - start > n && isWeak(tokens[end - 1])) end--;
  while (end - start > n && isWeak(tokens[start])) start++;
  for (const side of fillers === 'leading' ? ['leading', 'trailing'] : ['trailing', 'leading']) {
    if (side === 'leading') while (end - start > n && isEmpty(tokens[start])) start++;
    else while (end - start > n && isEmpty(tokens[end - 1])) end--;
  }
  const out = tokens.slice(start, end);
  return out.length > n ? out.filter((t) => !isWeak(t)) : out;
}

function cellOf(t: CellToken): CellReading {
  if (t.kind === 'blank') return { value: null, raw: t.text };
  const raw = rawText(t);
  return raw === undefined ? { value: t.value } : { value: t.value, raw };
}

/**
 * Every reading of the printed tokens as n cells. Digit runs are split only when a rule inside
 * the row (T3-3, T4) can confirm the split (`check`); without one a split would be a guess.
 * Readings assume as few unprinted blanks as the tokens allow: the first number of omitted
 * blanks that gives any reading at all is the one kept.
 */
export function rowReadings(printed: readonly CellToken[], n: number, fillers: FillerSide, check?: PartialCheck): RowReadings {
  const tokens = fitBlanks(printed, n, fillers);
  // As many tokens as cells: the printed reading, even when it breaks a rule (real reports do).
  if (tokens.length >= n) return { readings: [tokens.slice(0, n).map(cellOf)], extra: tokens.slice(n), tooMany: false };
  let pieces = 0;
  for (const t of tokens) pieces += check && t.kind === 'value' && t.splittable ? t.text.replace(/^[+-]/, '').length : 1;
  for (let nulls = Math.max(0, n - pieces); nulls <= n - tokens.length; nulls++) {
    const found = enumerate(tokens, n, nulls, check);
    if (found === null) return { readings: [], extra: [], tooMany: true };
    if (found.length > 0) return { readings: found, extra: [], tooMany: false };
  }
  return { readings: [], extra: [], tooMany: false };
}

/** Readings with exactly `nulls` unprinted blanks; null when there are too many to weigh. */
function enumerate(tokens: readonly CellToken[], n: number, nulls: number, check?: PartialCheck): Reading[] | null {
  const readings: Reading[] = [];
  const acc: Reading = [];
  let steps = 0;
  let aborted = false;

  // ti: token index; offset: digits of tokens[ti] already used; blanks: unprinted blanks placed.
  const walk = (ti: number, offset: number, blanks: number): void => {
    if (aborted) return;
    if (++steps > MAX_STEPS || readings.length > MAX_READINGS) {
      aborted = true;
      return;
    }
    if (acc.length === n) {
      if (ti === tokens.length && blanks === nulls) readings.push(acc.slice());
      return;
    }
    if (acc.length + (tokens.length - ti) + (nulls - blanks) > n) return;
    const push = (cell: CellReading, nextTi: number, nextOffset: number, nextBlanks: number) => {
      acc.push(cell);
      if (!check || check(acc)) walk(nextTi, nextOffset, nextBlanks);
      acc.pop();
    };
    if (ti < tokens.length) {
      const t = tokens[ti];
      if (t.kind === 'blank' || !t.splittable || !check) push(cellOf(t), ti + 1, 0, blanks);
      else {
        const sign = t.text[0] === '+' || t.text[0] === '-' ? t.text[0] : '';
        const digits = sign ? t.text.slice(1) : t.text;
        for (let len = 1; offset + len <= digits.length; len++) {
          const piece = digits.slice(offset, offset + len);
          if (piece.length > 1 && piece[0] === '0') break;
          const end = offset + len === digits.length;
          const cell = offset === 0 && end ? cellOf(t) : { ...cellOf(valueToken((offset === 0 ? sign : '') + piece)), split: true };
          push(cell, end ? ti + 1 : ti, end ? 0 : offset + len, blanks);
        }
      }
    }
    // An unprinted blank, only between printed tokens.
    if (offset === 0 && blanks < nulls) push({ value: null, raw: '' }, ti, 0, blanks + 1);
  };
  walk(0, 0, 0);
  return aborted ? null : readings;
}
