/**
 * Flattened table text → a stream of tokens (label pieces, numbers, blanks).
 *
 * Every layout of report-format.md §4 reduces to the same stream: one cell per line with `|`
 * debris, cells between blank lines, rows of pipe-separated cells (HTML rows, markdown), rows of
 * space-separated cells (PDF), and cells run together. Labels split across lines stay separate
 * pieces here; the aligner joins them back.
 */
import { readWord } from './values';
import type { ValueToken, BlankToken } from './values';

export interface LabelToken {
  kind: 'label';
  text: string;
}
export type Token = LabelToken | ValueToken | BlankToken;

export interface Layout {
  /** `rows`: a line is a row of `|`-separated cells, an empty cell is a blank.
   *  `debris`: a line is one cell followed by stray pipes. */
  pipes: 'rows' | 'debris' | 'none';
}

const MARKDOWN_RULE = /^[\s|:-]*-{2,}[\s|:-]*$/;
const PAGE_MARK = /^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*,?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
// `01.属于国家秘密`: a value glued to the next row's sub-number.
const GLUED_NUMBERING = /(\d)(?=[1-9][.、][\u3400-\u9fff])/g;
const WHITESPACE = /\s+/;
const HAS_SPACE = /\s/;
const HAS_DIGIT = /\d/;
const PIPE = 0x7c;
const SPACE = 0x20;
const HAS_WORD_CHAR = /[\u3400-\u9fffA-Za-z]/;

/** Number of `|`-separated parts of a line that hold more than whitespace. */
function filledCells(line: string): number {
  let filled = 0;
  let content = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === PIPE) {
      if (content) filled++;
      content = false;
    } else if (c > SPACE) content = true;
  }
  return content ? filled + 1 : filled;
}

export function detectLayout(lines: readonly string[]): Layout {
  let nonEmpty = 0;
  let pipeLines = 0;
  let multiCellPipeLines = 0;
  for (const line of lines) {
    if (line.trim().length === 0) continue;
    nonEmpty++;
    if (!line.includes('|') || MARKDOWN_RULE.test(line)) continue;
    pipeLines++;
    if (filledCells(line) >= 2) multiCellPipeLines++;
  }
  const pipes =
    pipeLines < nonEmpty * 0.2 ? 'none' : multiCellPipeLines >= pipeLines * 0.3 ? 'rows' : 'debris';
  return { pipes };
}

function readSegment(segment: string, out: Token[]): void {
  const text = HAS_DIGIT.test(segment) ? segment.replace(GLUED_NUMBERING, '$1 ') : segment;
  for (const word of HAS_SPACE.test(text) ? text.split(WHITESPACE) : [text]) {
    if (!word) continue;
    for (const piece of readWord(word)) {
      if (typeof piece === 'string') {
        // Punctuation alone (`,` `)` `%`) separates cells; it is not a label.
        if (HAS_WORD_CHAR.test(piece)) out.push({ kind: 'label', text: piece });
      } else out.push(piece);
    }
  }
}

/**
 * A row of `|`-separated cells. Markdown bounds rows with pipes (`| a | b |`) and repeats spanned
 * cells as empty ones: empties before the row's first label are span fillers of label columns.
 * HTML rows (`a | b | `) have no bounding pipes: every part is a cell, the last one too.
 */
function readPipeRow(line: string, out: Token[]): void {
  const parts = line.split('|');
  // `| a |` (markdown) starts with its pipe; an HTML row whose first cell is empty starts ` | `.
  const bounded = line.startsWith('|');
  const first = bounded ? 1 : 0;
  const last = bounded && parts.length > 1 && parts[parts.length - 1].trim() === '' ? parts.length - 1 : parts.length;
  const row: Token[] = [];
  for (let i = first; i < last; i++) {
    const cell = parts[i].trim();
    if (cell === '') row.push({ kind: 'blank', text: '', weak: false });
    else readSegment(cell, row);
  }
  const firstLabel = row.findIndex((t) => t.kind === 'label');
  out.push(...(firstLabel > 0 && row.slice(0, firstLabel).every((t) => t.kind === 'blank' && t.text === '') ? row.slice(firstLabel) : row));
}

/**
 * `text |` is a cell, ` |` an empty cell; a line starting with `|` is the debris of spanned columns.
 */
function readDebrisLine(line: string, out: Token[]): void {
  const parts = line.split('|');
  if (parts[0] !== '' && parts[0].trim() === '') out.push({ kind: 'blank', text: '', weak: false });
  for (const part of parts) readSegment(part, out);
}

/** A whitespace-only cell counts only next to numbers; elsewhere it is header padding. */
function dropIsolatedWeakBlanks(tokens: Token[]): Token[] {
  const isCell = (t: Token | undefined) => t !== undefined && t.kind !== 'label' && !(t.kind === 'blank' && t.weak);
  const keep: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'blank' || !t.weak) {
      keep.push(t);
      continue;
    }
    let left = i - 1;
    while (left >= 0 && tokens[left].kind === 'blank' && (tokens[left] as BlankToken).weak) left--;
    let right = i + 1;
    while (right < tokens.length && tokens[right].kind === 'blank' && (tokens[right] as BlankToken).weak) right++;
    if (isCell(tokens[left]) || isCell(tokens[right])) keep.push(t);
  }
  return keep;
}

export function tokenize(lines: readonly string[], layout: Layout): Token[] {
  const out: Token[] = [];
  let weak = false;
  for (const line of lines) {
    if (line.length === 0) continue;
    if (line.trim() === '') {
      // An empty cell printed alone on its line (`&nbsp;` of an HTML cell, a space).
      if (layout.pipes !== 'rows') {
        out.push({ kind: 'blank', text: line, weak: true });
        weak = true;
      }
      continue;
    }
    if (PAGE_MARK.test(line) || MARKDOWN_RULE.test(line)) continue;
    if (layout.pipes === 'rows' && line.includes('|')) readPipeRow(line, out);
    else if (line.includes('|')) readDebrisLine(line, out);
    else readSegment(line, out);
  }
  return weak ? dropIsolatedWeakBlanks(out) : out;
}
