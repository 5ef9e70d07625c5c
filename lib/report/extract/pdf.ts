/**
 * The text layer of a PDF as lines: text items grouped by baseline, ordered by x,
 * and cells told apart by the horizontal gap between items (wider than ~0.8 em
 * reads as a new cell, ` | `; a small gap as a space; a blank cell is an empty
 * cell, found from the table's header or columns). Lines of all pages are read
 * together, so a table broken by a page keeps its header. Scanned PDFs have no
 * text layer: that is reported, not guessed at.
 */
import path from 'node:path';
import { tableCells, type Item } from './pdf-columns';
import { gapEm } from './pdf-items';

// Resolved from the project root, not import.meta.url: inside the Next server bundle
// import.meta.url is not a file URL and resolving from it fails at module load.
// (Every entry point runs from the project root: npm scripts, next start.)
const PDFJS_DIR = path.join(process.cwd(), 'node_modules', 'pdfjs-dist');

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<Pdfjs> | undefined;

/**
 * pdf.js's Node build, loaded once. Its bundled core-js polyfills REPLACE two built-ins
 * process-wide: Array.prototype.push (a spec nicety about read-only lengths) and JSON.parse
 * (source-text access). Every push in the parser then ran through the slow replacement once a
 * PDF had been read: about 8% of a parse worker's time. pdf.js does not need either, so the
 * natives are put back; what the polyfills add (Promise.withResolvers, …) stays. Its
 * in-thread "worker" module carries the same polyfills, so it is loaded here too (pdf.js uses
 * the one it finds on globalThis.pdfjsWorker instead of importing it at the first document).
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= (async () => {
    const { push } = Array.prototype;
    const { parse } = JSON;
    // The polyfills' feature tests read error.stack while loading; with source maps on (tsx turns
    // them on) Node then parses the source maps behind every frame: ~0.45 s of CPU per process
    // (per parse worker) for stacks nobody sees.
    const sourceMaps = process.sourceMapsEnabled;
    process.setSourceMapsEnabled(false);
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      process.setSourceMapsEnabled(sourceMaps);
      Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      JSON.parse = parse;
    }
  })();
  return pdfjsModule;
}

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
  const pdfjs = await loadPdfjs();
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
