/**
 * Text normalisation before any matching: one pass of cheap, line-preserving rewrites.
 * Line structure is kept (no line is added or removed) because layouts are told apart by lines.
 */
import { toSimplified } from './traditional';

/** Reports are ~10 KB; a 50 MB input is a mistake (a concatenation, a binary) and must stay cheap. */
const MAX_INPUT = 1_000_000;
const HEAD = 20_000;
const BEFORE_TABLE = 200_000;
const AFTER_TABLE = 300_000;
/** Table anchors in simplified and traditional script, searched in the raw text. */
const TABLE_ANCHORS = ['第二十条', '第二十條', '申请人情况', '申請人情況', '本年新收', '收到和处理', '收到和處理'];

/**
 * Keep a bounded window of an oversized input: the head (title, opening lines) and the
 * neighbourhood of the first table anchor. Normal reports pass through untouched.
 */
export function boundInput(text: string): string {
  if (text.length <= MAX_INPUT) return text;
  let anchor = -1;
  for (const word of TABLE_ANCHORS) {
    const at = text.indexOf(word);
    if (at >= 0 && (anchor < 0 || at < anchor)) anchor = at;
  }
  if (anchor < 0) return text.slice(0, MAX_INPUT);
  const start = Math.max(HEAD, anchor - BEFORE_TABLE);
  return text.slice(0, HEAD) + '\n' + text.slice(start, anchor + AFTER_TABLE);
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\v\f\x85]/g;
// Mirror sites inject pinyin after characters: 政(zheng)府(fu). Only right after a CJK character;
// the match starts at the bracket (rare) and the character before is checked in the replacer.
const PINYIN = /[([][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,8}[1-5]?[)\]]/g;
const CJK = /[\u3400-\u9fff]/;

function stripPinyin(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(PINYIN)) {
    let start = m.index;
    if (start > 0 && (s[start - 1] === ' ' || s[start - 1] === '\t')) start--;
    if (start === 0 || !CJK.test(s[start - 1])) continue;
    out += s.slice(last, start);
    last = m.index + m[0].length;
  }
  return last === 0 ? s : out + s.slice(last);
}
// What NFKC leaves alone: CJK brackets, curly quotes, box-drawing bars of PDF tables, minus sign.
const BRACKETS: Record<string, string> = {
  '【': '(', '】': ')', '〔': '(', '〕': ')', '〖': '(', '〗': ')', '[': '(', ']': ')',
  '“': '"', '”': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"', '〝': '"', '〞': '"',
  '│': '|', '┃': '|', '−': '-',
};
const BRACKET_CHARS = new RegExp(`[${Object.keys(BRACKETS).join('').replace(/[[\]]/g, '\\$&')}]`, 'g');

/** Normalised text: simplified script, half-width, unified brackets/quotes, no pinyin mirrors. */
export function normaliseText(text: string): string {
  let s = text.replace(INVISIBLE, '').replace(LINE_BREAKS, '\n');
  s = s.normalize('NFKC');
  s = toSimplified(s);
  s = stripPinyin(s);
  return s.replace(BRACKET_CHARS, (c) => BRACKETS[c] ?? c);
}
