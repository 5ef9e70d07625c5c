/**
 * The text layer of a PDF as lines: text items grouped by baseline, ordered by x,
 * and cells told apart by the horizontal gap between items (wider than ~0.8 em
 * reads as a new cell, ` | `; a small gap as a space; a blank cell is an empty
 * cell, found from the table's columns). Scanned PDFs have no
 * text layer: that is reported, not guessed at.
 */
import path from 'node:path';
import { rowsWithBlanks, type Item } from './pdf-columns';

// Resolved from the project root, not import.meta.url: inside the Next server bundle
// import.meta.url is not a file URL and resolving from it fails at module load.
// (Every entry point runs from the project root: npm scripts, next start.)
const PDFJS_DIR = path.join(process.cwd(), 'node_modules', 'pdfjs-dist');

function toLines(items: Item[]): string[] {
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of items) {
    const row = rows.at(-1);
    // Same line when baselines are within half a glyph height (superscripts, mixed fonts).
    if (row && Math.abs(row[0].y - item.y) <= 0.5 * Math.max(row[0].size, item.size)) row.push(item);
    else rows.push([item]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  // Cells joined as the HTML path joins them: a trailing blank cell leaves a trailing ` | `.
  return rowsWithBlanks(rows).map((row) => {
    let line = '';
    row.forEach((item, i) => {
      const prev = row[i - 1];
      const text = item?.str.trim() ?? '';
      if (i === 0) line = text;
      else if (!item || !prev) line += ` | ${text}`;
      else {
        const gap = item.x - (prev.x + prev.width);
        const em = Math.max(prev.size, item.size);
        line += (gap > 0.8 * em ? ' | ' : gap > 0.15 * em ? ' ' : '') + text;
      }
    });
    return line;
  });
}

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
    const pageTexts: string[] = [];
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
      else pageTexts.push(toLines(items).join('\n'));
      page.cleanup();
    }
    return { text: pageTexts.join('\n'), pages: doc.numPages, emptyPages };
  } finally {
    await task.destroy();
  }
}
