/**
 * Lookup tables from written names to divisions, built once on first use.
 * - `full`: official names (江北区, 高笋塘街道);
 * - `short`: the short forms of aliases.ts (江北, 高笋塘), kept apart because they are weaker evidence;
 * - `oneOff`: each county/city/province name with one character replaced by `*`, for OCR typos (沐阳县 → 沭阳县).
 */
import { shortForms } from './aliases';
import { divisions, type Division, type Region } from './dataset';

export interface NameIndex {
  full: Map<string, Division[]>;
  short: Map<string, Division[]>;
  oneOff: Map<string, Region[]>;
  /** Longest key in `full` or `short`, to bound the scan. */
  maxLength: number;
}

let memo: NameIndex | undefined;

export function nameIndex(): NameIndex {
  memo ??= build();
  return memo;
}

/** Keys of `oneOff` for a name: the name with each character but the suffix replaced by `*`. */
export function oneOffKeys(name: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < name.length - 1; i++) keys.push(name.slice(0, i) + '*' + name.slice(i + 1));
  return keys;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(): NameIndex {
  const { regions, subdivisions } = divisions();
  const full = new Map<string, Division[]>();
  const short = new Map<string, Division[]>();
  const oneOff = new Map<string, Region[]>();
  let maxLength = 0;
  for (const d of [...regions, ...subdivisions]) {
    push(full, d.name, d);
    maxLength = Math.max(maxLength, d.name.length);
    for (const form of shortForms(d)) push(short, form, d);
  }
  for (const r of regions) {
    // Two-character names (歙县, 城区) are too short for a typo to be told from a different place.
    if (r.name.length >= 3) for (const key of oneOffKeys(r.name)) push(oneOff, key, r);
  }
  return { full, short, oneOff, maxLength };
}
