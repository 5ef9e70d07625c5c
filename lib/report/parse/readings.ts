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

export function rowReadings(printed: readonly CellToken[], n: number, fillers: FillerSide, check?: PartialCheck): RowReadings {
  const tokens = fitBlanks(printed, n, fillers);
  // As many tokens as cells: the printed reading, even when it breaks a rule (real reports do).
  if (tokens.length >= n) return { readings: [tokens.slice(0, n).map(cellOf)], extra: tokens.slice(n), tooMany: false };
  const readings: Reading[] = [];
  let steps = 0;
  let aborted = false;
  const acc: Reading = [];

  // ti: token index; offset: digits of tokens[ti] already used by earlier cells.
  const walk = (ti: number, offset: number): void => {
    if (aborted) return;
    if (++steps > MAX_STEPS || readings.length > MAX_READINGS) {
      aborted = true;
      return;
    }
    if (acc.length === n) {
      if (ti === tokens.length) readings.push(acc.slice());
      return;
    }
    const tokensLeft = tokens.length - ti;
    if (acc.length + tokensLeft > n) return;
    const push = (cell: CellReading, nextTi: number, nextOffset: number) => {
      acc.push(cell);
      if (!check || check(acc)) walk(nextTi, nextOffset);
      acc.pop();
    };
    if (ti < tokens.length) {
      const t = tokens[ti];
      if (t.kind === 'blank' || !t.splittable) push(cellOf(t), ti + 1, 0);
      else {
        const sign = t.text[0] === '+' || t.text[0] === '-' ? t.text[0] : '';
        const digits = sign ? t.text.slice(1) : t.text;
        for (let len = 1; offset + len <= digits.length; len++) {
          const piece = digits.slice(offset, offset + len);
          if (piece.length > 1 && piece[0] === '0') break;
          const whole = offset === 0 && offset + len === digits.length;
          const text = (offset === 0 ? sign : '') + piece;
          const cell = whole ? cellOf(t) : { ...cellOf(valueToken(text)), split: true };
          if (offset + len === digits.length) push(cell, ti + 1, 0);
          else push(cell, ti, offset + len);
        }
      }
    }
    // A blank cell that printed nothing, only between printed tokens.
    if (offset === 0 && acc.length + tokensLeft < n) push({ value: null, raw: '' }, ti, 0);
  };
  walk(0, 0);
  return { readings: aborted ? [] : readings, extra: [], tooMany: aborted };
}
