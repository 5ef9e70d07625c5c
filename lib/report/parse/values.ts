/**
 * Printed cell text → number, blank, or label text.
 *
 * Blank ≠ 0: `/`, `-`, `—`, `无`, `&nbsp;` are blanks (null) and keep their text; a printed 0 is 0.
 */
export interface ValueToken {
  kind: 'value';
  value: number;
  /** The printed text (`+26`, `251000元`, `3960181`). */
  text: string;
  /** A bare digit run that may be several cells glued together. */
  splittable: boolean;
}

export interface BlankToken {
  kind: 'blank';
  text: string;
  /** A whitespace-only line: a blank cell only if it sits among numbers. */
  weak: boolean;
}

const BLANK_WORD = /^(?:[/\\\-—–―~]+|无|(?:&nbsp;?)+|空白?)$/;
// Order matters: a sub-number `1.` before CJK is label text, `(1)` too; then numbers (signed,
// thousands, decimals, unit); then any run of non-number text.
const PIECE = /[1-9][.、](?=[\u3400-\u9fff])|\(\d{1,2}\)|[+-]?\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元|件|个|项)?|[^\d+-]+|[+-]/g;
const NUMBER_START = /^[+-]?\d/;
// `1.` `1、` before a label's text: a sub-row number, part of the label.
const SUB_NUMBER = /^[1-9][.、]$/;
const SPLITTABLE = /^[+-]?\d{2,}$/;
const NOT_NUMERIC = /[^\d.+-]/g;

export function valueToken(text: string): ValueToken {
  return {
    kind: 'value',
    value: Number(text.replace(NOT_NUMERIC, '')),
    text,
    splittable: SPLITTABLE.test(text),
  };
}

/** One whitespace-free word → pieces: label text (string) or value/blank tokens, in order. */
const DIGITS = /^\d+$/;
const HAS_NUMBER_CHAR = /[\d+\-/\\—–―~无&空]/;

export function readWord(word: string): (string | ValueToken | BlankToken)[] {
  // Fast paths: most words are a bare count or plain label text.
  if (DIGITS.test(word)) return [valueToken(word)];
  if (!HAS_NUMBER_CHAR.test(word)) return [word];
  if (BLANK_WORD.test(word)) return [{ kind: 'blank', text: word, weak: false }];
  const out: (string | ValueToken | BlankToken)[] = [];
  let label = '';
  for (const m of word.matchAll(PIECE)) {
    const piece = m[0];
    if (NUMBER_START.test(piece) && !SUB_NUMBER.test(piece)) {
      if (label) out.push(label);
      label = '';
      out.push(valueToken(piece));
    } else label += piece;
  }
  if (label) out.push(label);
  return out;
}

/** The raw text worth keeping for a cell: only where it is not simply the number. */
export function rawText(token: ValueToken): string | undefined {
  return String(token.value) === token.text ? undefined : token.text;
}
