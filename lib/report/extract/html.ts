/**
 * HTML to the line text the parser reads: prose as one line per block, each
 * data `<table>` as one line per `<tr>` with cells joined by ` | ` (a rowspan or
 * colspan cell appears once, in its first row; an empty or `&nbsp;` cell stays
 * an empty cell). Scripts, styles, navigation and hidden elements are dropped.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
const isElement = (node: DomNode): node is DomElement => node.type === 'tag' || node.type === 'script' || node.type === 'style';

const SKIP = new Set(['script', 'style', 'nav', 'noscript', 'template', 'iframe', 'select', 'button', 'svg', 'object']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'main',
  'aside', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'form', 'fieldset', 'address', 'figure', 'figcaption', 'center',
  'hr', 'caption', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot', 'body', 'html', 'title',
]);
const HTML_TAG = /<\/?(?:html|head|body|div|p|table|tr|td|span|br|h[1-6]|meta|title|li|font|strong)\b[^>]*>/gi;

/** Whether decoded text is an HTML page rather than plain text that happens to hold a `<`. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  if (/^\s*<(?:!doctype\s+html|html)\b/i.test(head)) return true;
  return (head.match(HTML_TAG)?.length ?? 0) >= 3;
}

const hidden = (el: DomElement) => /display\s*:\s*none/i.test(el.attribs.style ?? '');
const isCjk = (ch: string | undefined) => ch !== undefined && /[\u3000-\u9fff\uff00-\uffef]/.test(ch);

/** Join pieces of one cell: a label wrapped by `<br>` or `<p>` reads as one word in Chinese. */
function joinFragments(parts: string[]): string {
  let out = '';
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    out += out && !(isCjk(out.at(-1)) && isCjk(part[0])) ? ` ${part}` : part;
  }
  return out;
}

/** Adds the fragments of a cell's nodes to `parts` (the last one open); a block or `<br>` starts a new one. */
function cellFragments(nodes: readonly DomNode[], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') parts[parts.length - 1] += node.data.replace(/\s+/g, ' ');
    else if (isElement(node) && !SKIP.has(node.name) && !hidden(node)) {
      const block = BLOCK.has(node.name) || node.name === 'br';
      if (block) parts.push('');
      cellFragments(node.children, parts);
      if (block) parts.push('');
    }
  }
}

/** Text of a table cell: every fragment, whitespace (incl. `&nbsp;`) collapsed. */
function cellText(cell: DomElement): string {
  const parts: string[] = [''];
  cellFragments(cell.children, parts);
  return joinFragments(parts);
}

function tableRows(table: DomElement): string[] {
  const rows = DomUtils.getElementsByTagName('tr', table.children, true);
  const lines: string[] = [];
  for (const row of rows) {
    const cells = row.children.filter((c): c is DomElement => isElement(c) && (c.name === 'td' || c.name === 'th'));
    const texts = cells.filter((c) => !hidden(c)).map(cellText);
    if (texts.some((t) => t !== '')) lines.push(texts.join(' | '));
  }
  return lines;
}

export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (nodes: readonly DomNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        current += node.data.replace(/[ \t\r\n\f]+/g, ' ');
        continue;
      }
      if (!isElement(node) || SKIP.has(node.name) || hidden(node)) continue;
      if (node.name === 'head') {
        const title = DomUtils.getElementsByTagName('title', node.children, true)[0];
        if (title) lines.push(DomUtils.textContent(title).trim());
        continue;
      }
      // A table holding tables is page layout, not data: read its cells as blocks.
      if (node.name === 'table' && !DomUtils.findOne((e) => e.name === 'table', node.children, true)) {
        flush();
        lines.push(...tableRows(node));
        continue;
      }
      const block = BLOCK.has(node.name) || node.name === 'br';
      if (block) flush();
      walk(node.children);
      if (block) flush();
    }
  };
  walk(doc.children);
  flush();
  return lines.filter((l) => l !== '').join('\n');
}
