/**
 * HTML to the line text the parser reads: prose as one line per block, each
 * data `<table>` as one line per `<tr>` with cells joined by ` | ` (a rowspan or
 * colspan cell appears once, in its first row; an empty or `&nbsp;` cell stays
 * an empty cell). Scripts, styles, navigation and hidden elements are dropped.
 *
 * Read in one pass over htmlparser2's events, without building a document tree (the tree
 * and a second walk over it were 40% of the time of reading a page). A table is a data
 * table unless it holds another table (page layout): that is only known once a nested
 * `<table>` opens, so until then a table is read both ways, as rows and as blocks.
 */
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'nav', 'noscript', 'template', 'iframe', 'select', 'button', 'svg', 'object']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'main',
  'aside', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'center',
  'hr', 'caption', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'body', 'html', 'title', 'br',
]);
const HTML_TAG = /<\/?(?:html|head|body|div|p|table|tr|td|span|br|h[1-6]|meta|title|li|font|strong)\b[^>]*>/gi;

/** Whether decoded text is an HTML page rather than plain text that happens to hold a `<`. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  if (/^\s*<(?:!doctype\s+html|html)\b/i.test(head)) return true;
  return (head.match(HTML_TAG)?.length ?? 0) >= 3;
}

const hidden = (attribs: Record<string, string>) => attribs.style !== undefined && /display\s*:\s*none/i.test(attribs.style);
const collapseBlockSpace = (text: string) => text.replace(/[ \t\r\n\f]+/g, ' ');
const isCjk = (ch: string | undefined) => ch !== undefined && /[\u3000-\u9fff\uff00-\uffef]/.test(ch);

/** Join pieces of one cell: a label wrapped by `<br>` or `<p>` reads as one word in Chinese. */
function joinFragments(parts: string[]): string {
  let out = '';
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    out += out && !(isCjk(out.at(-1)) && isCjk(part[0])) ? ` ${part}` : part;
  }
  return out;
}

/** Where prose goes: finished lines and the line being read. */
interface Blocks {
  lines: string[];
  current: string;
}

function flush(blocks: Blocks): void {
  const line = blocks.current.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (line !== '') blocks.lines.push(line);
  blocks.current = '';
}

interface Row {
  depth: number;
  /** Index of the row's line in the table's `rows` (kept in document order, nested rows after their parent). */
  slot: number;
  cells: string[];
}

interface Cell {
  depth: number;
  row: Row;
  /** Text between block boundaries; the last one is open. */
  parts: string[];
}

/** The innermost table not (yet) known to hold another table: read as rows, and kept for reading as blocks. */
interface DataTable {
  depth: number;
  rows: (string | null)[];
  openRows: Row[];
  openCells: Cell[];
  /**
   * Its text pieces between block boundaries, as they came: a nested table would make this
   * a layout table, read as blocks from its start. Kept raw (the usual case is a data table).
   */
  blocks: string[][];
}

export function htmlToText(html: string): string {
  const page: Blocks = { lines: [], current: '' };
  const stack: string[] = [];
  let table: DataTable | null = null;
  /** Stack depth of a skipped (script, hidden…) element being passed over, or -1. */
  let skipping = -1;
  /** Inside `<head>` only the first `<title>` is read; -1 outside `<head>`. */
  let inHead = -1;
  let title: string | null = null;
  let readingTitle = false;
  // htmlparser2 reports a text node in pieces (around entities): the tree joined them, so do we.
  let text = '';

  const blockBoundary = () => {
    if (!table) return flush(page);
    table.blocks.push([]);
    for (const cell of table.openCells) cell.parts.push('');
  };

  const readText = () => {
    if (text === '') return;
    const data = text;
    text = '';
    if (skipping >= 0) return;
    if (inHead >= 0) {
      if (readingTitle) title += data;
      return;
    }
    if (!table) page.current += collapseBlockSpace(data);
    else {
      table.blocks[table.blocks.length - 1].push(data);
      for (const cell of table.openCells) cell.parts[cell.parts.length - 1] += data.replace(/\s+/g, ' ');
    }
  };

  /** A nested table opened: the table around it is page layout, read as blocks from its start. */
  const becomeLayout = (outer: DataTable) => {
    outer.blocks.forEach((pieces, i) => {
      if (i > 0) flush(page);
      for (const piece of pieces) page.current += collapseBlockSpace(piece);
    });
    table = null;
  };

  const open = (name: string, attribs: Record<string, string>) => {
    readText();
    const depth = stack.push(name) - 1;
    // A table anywhere inside another (even a hidden one) makes that one page layout.
    if (name === 'table' && table) becomeLayout(table);
    if (skipping >= 0 || inHead >= 0) {
      if (inHead >= 0 && skipping < 0 && name === 'title' && title === null) {
        title = '';
        readingTitle = true;
      }
      return;
    }
    if (SKIP.has(name) || hidden(attribs)) {
      skipping = depth;
      return;
    }
    if (name === 'head') {
      inHead = depth;
      return;
    }
    if (name === 'table') {
      flush(page);
      table = { depth, rows: [], openRows: [], openCells: [], blocks: [[]] };
      return;
    }
    if (BLOCK.has(name)) blockBoundary();
    if (!table) return;
    const row = table.openRows.at(-1);
    if (name === 'tr') table.openRows.push({ depth, slot: table.rows.push(null) - 1, cells: [] });
    else if ((name === 'td' || name === 'th') && row?.depth === depth - 1) table.openCells.push({ depth, row, parts: [''] });
  };

  const close = () => {
    readText();
    const depth = stack.length - 1;
    const name = stack.pop()!;
    if (skipping >= 0) {
      if (depth === skipping) skipping = -1;
      return;
    }
    if (inHead >= 0) {
      if (depth === inHead) {
        if (title !== null) page.lines.push(title.trim());
        inHead = -1;
      } else if (name === 'title') readingTitle = false;
      return;
    }
    if (table?.depth === depth) {
      page.lines.push(...(table.rows.filter((r) => r !== null) as string[]));
      table = null;
      return;
    }
    if (table) {
      const cell = table.openCells.at(-1);
      const row = table.openRows.at(-1);
      if (cell?.depth === depth) cell.row.cells.push(joinFragments(table.openCells.pop()!.parts));
      else if (row?.depth === depth) {
        table.openRows.pop();
        if (row.cells.some((t) => t !== '')) table.rows[row.slot] = row.cells.join(' | ');
      }
    }
    if (BLOCK.has(name)) blockBoundary();
  };

  const parser = new Parser(
    {
      onopentag: open,
      onclosetag: close,
      ontext: (data) => (text += data),
      // A comment or directive separates text nodes: the text before it is read on its own.
      oncomment: readText,
      onprocessinginstruction: readText,
      oncdatastart: readText,
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  readText();
  flush(page);
  return page.lines.filter((l) => l !== '').join('\n');
}
