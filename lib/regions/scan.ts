/**
 * Finds the place names written in a body's name: 重庆市 | 江北区 in 重庆市江北区人民政府办公室,
 * 万州区 | 高笋塘街道 in 万州区高笋塘街道办事处. Longest official name first; short forms and one-typo
 * forms only where the surroundings say a place name stands there; former names of counties since made
 * districts or cities, and one-character typos, only where no known name starts (resolve.ts then asks
 * for support before reading them).
 */
import type { Division, Region } from './dataset';
import { nameIndex, oneOffKeys, type NameIndex } from './name-index';

export interface PlaceToken {
  text: string;
  start: number;
  end: number;
  candidates: Division[];
  /**
   * `short`: written as 江北 for 江北区; `typo`: one character off every official name (沐阳县);
   * `renamed`: a former name kept in older reports, the county since made a district or city (孟津县 → 孟津区).
   */
  form: 'full' | 'short' | 'typo' | 'renamed';
}

/** What follows a short form that makes it a place name: 江北人民政府, 高笋塘街道办事处 (not 公安局). */
const BODY_AFTER_SHORT = /^(人民政府|街道|镇|乡|办事处)/;

/** A division-like word where no known name starts: two to five characters and a county/city suffix. */
const TYPO_SPAN = /^([\u4e00-\u9fff]{2,5}?)(自治县|县|区|市|旗)/;

/** The suffix changes of 撤县设区, 撤县设市 and 撤市设区: written suffix → suffixes it may have become. */
const RENAMED_TO: Record<string, string[]> = { 县: ['区', '市'], 市: ['区'] };

/**
 * 城区, 矿区, 东区 and two-character township names or short forms (张镇, 林场, 郊区 for 郊区乡) are
 * common words: only trusted right after another place name.
 */
function needsParent(d: Division, written: string): boolean {
  return written.length <= 2 && (d.level === 'township' || written.endsWith('区'));
}

/** Longest name at `at`; short forms only when `allowShort` and followed by a body word or a full name. */
function placeAt(text: string, at: number, afterToken: boolean, allowShort: boolean, index: NameIndex): PlaceToken | undefined {
  for (let len = Math.min(index.maxLength, text.length - at); len >= 2; len--) {
    const word = text.slice(at, at + len);
    const trusted = (d: Division) => afterToken || !needsParent(d, word);
    const full = index.full.get(word)?.filter(trusted);
    if (full?.length) return { text: word, start: at, end: at + len, candidates: full, form: 'full' };
    const short = allowShort ? index.short.get(word)?.filter(trusted) : undefined;
    if (short?.length && (BODY_AFTER_SHORT.test(text.slice(at + len)) || placeAt(text, at + len, true, false, index))) {
      return { text: word, start: at, end: at + len, candidates: short, form: 'short' };
    }
  }
  return undefined;
}

function typoAt(text: string, at: number, index: NameIndex): PlaceToken | undefined {
  const m = TYPO_SPAN.exec(text.slice(at));
  if (!m) return undefined;
  const [span, base, suffix] = m;
  const end = at + span.length;
  const renamed = (index.short.get(base) ?? []).filter(
    (d) => d.level === 'county' && RENAMED_TO[suffix]?.some((s) => d.name === base + s),
  );
  if (renamed.length) return { text: span, start: at, end, candidates: renamed, form: 'renamed' };
  const typos = new Set<Region>();
  for (const key of oneOffKeys(span)) for (const r of index.oneOff.get(key) ?? []) typos.add(r);
  if (typos.size === 0) return undefined;
  return { text: span, start: at, end, candidates: [...typos], form: 'typo' };
}

const CACHE_LIMIT = 5_000;
const scanned = new Map<string, readonly PlaceToken[]>();

/** Memoised (bounded): the scan is pure, and a body's name recurs in every report it files. */
export function scanPlaceNames(name: string): readonly PlaceToken[] {
  let tokens = scanned.get(name);
  if (tokens === undefined) {
    if (scanned.size >= CACHE_LIMIT) scanned.clear();
    scanned.set(name, (tokens = Object.freeze(scan(name))));
  }
  return tokens;
}

function scan(name: string): PlaceToken[] {
  const index = nameIndex();
  const tokens: PlaceToken[] = [];
  for (let at = 0; at < name.length; ) {
    const afterToken = tokens.length > 0 && tokens[tokens.length - 1].end === at;
    // A typo is only considered where a place name is expected: at the start or right after another one.
    const token = placeAt(name, at, afterToken, true, index) ?? (at === 0 || afterToken ? typoAt(name, at, index) : undefined);
    if (token) {
      tokens.push(token);
      at = token.end;
    } else {
      at++;
    }
  }
  return tokens;
}
