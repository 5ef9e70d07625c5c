/**
 * The text layer of a PDF as lines: text items grouped by baseline, ordered by x,
 * and cells told apart by the horizontal gap between items (wider than ~0.8 em
 * reads as a new cell, ` | `; a small gap as a space; a blank cell is an empty
 * cell, found from the table's header or columns). Lines of all pages are read
 * together, so a table broken by a page keeps its header. Scanned PDFs have no
 * text layer: that is reported, not guessed at.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { tableCells, type Item } from './pdf-columns';
import { gapEm } from './pdf-items';

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A page's items as lines, top to bottom, each sorted by x. */
function pageLines(items: Item[]): Item[][] {
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of items) {
    const row = rows.at(-1);
    // Same line when baselines are within half a glyph height (superscripts, mixed fonts).
    if (row && Math.abs(row[0].y - item.y) <= 0.5 * Math.max(row[0].size, item.size)) row.push(item);
    else rows.push([item]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** A cell's items joined (a small gap is a space); cells joined as the HTML path joins them, ` | ` even after a trailing blank. */
const lineText = (cells: Item[][]) =>
  cells
    .map((cell) => cell.map((item, i) => (i > 0 && gapEm(cell[i - 1], item) > 0.15 ? ' ' : '') + item.str.trim()).join(''))
    .join(' | ');

export interface PdfText {
  text: string;
  pages: number;
  emptyPages: number;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${PDFJS_DIR}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/`,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const lines: Item[][] = [];
    let emptyPages = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const [a, b, , d, x, y] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, size: Math.hypot(a, b) || Math.abs(d) || it.height });
      }
      if (items.length === 0) emptyPages++;
      else lines.push(...pageLines(items));
      page.cleanup();
    }
    return { text: tableCells(lines).map(lineText).join('\n'), pages: doc.numPages, emptyPages };
  } finally {
    await task.destroy();
  }
}
