/**
 * A report as a PDF with a real text layer: prose flowed by pdfkit, tables drawn
 * cell by cell at computed positions with borders, page numbers (`- 3 -`) in the
 * footer, a CJK TrueType font embedded (Noto Sans SC, subset by pdfkit).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { expandGrid, type Block } from './document';
import type { Grid } from './grid';

const FONT_PATH = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);
let fontBytes: Buffer | undefined;
const font = () => (fontBytes ??= readFileSync(FONT_PATH));

const MARGIN = 40;
const PAD = 6;

type Doc = InstanceType<typeof PDFDocument>;

/** Column widths that fit every single-column cell's longest line. */
function columnWidths(doc: Doc, grid: Grid): number[] {
  const widths = new Array<number>(grid.columns).fill(24);
  for (const row of expandGrid(grid)) {
    row.forEach((p, c) => {
      if (!p.origin || (p.cell.colspan ?? 1) > 1) return;
      const longest = Math.max(...p.cell.text.split('\n').map((l) => doc.widthOfString(l)));
      widths[c] = Math.max(widths[c], longest + 2 * PAD);
    });
  }
  return widths;
}

export interface PdfStyle {
  /** Where a label spanning rows sits: its first row, or vertically centred as Word prints it. */
  spanLabels: 'top' | 'middle';
}

function drawTable(doc: Doc, grid: Grid, fontSize: number, style: PdfStyle): void {
  doc.fontSize(fontSize);
  let widths = columnWidths(doc, grid);
  const available = doc.page.width - 2 * MARGIN;
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > available) {
    doc.fontSize((fontSize * available) / total);
    widths = columnWidths(doc, grid);
  }
  const lineHeight = doc.currentLineHeight(true);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const heights = grid.rows.map(
    (row) => Math.max(1, ...row.filter((c) => (c.rowspan ?? 1) === 1).map((c) => c.text.split('\n').length)) * lineHeight + PAD,
  );
  const bottom = doc.page.height - MARGIN;
  let y = doc.y + 4;
  expandGrid(grid).forEach((row, r) => {
    if (y + heights[r] > bottom) {
      doc.addPage();
      y = MARGIN;
    }
    row.forEach((p, c) => {
      if (!p.origin) return;
      const width = widths.slice(c, c + (p.cell.colspan ?? 1)).reduce((a, b) => a + b, 0);
      // A span that runs onto the next page is drawn on this one only.
      let height = heights[r];
      for (let k = 1; k < (p.cell.rowspan ?? 1) && y + height + heights[r + k] <= bottom; k++) height += heights[r + k];
      doc.rect(xs[c], y, width, height).lineWidth(0.5).stroke();
      const lines = p.cell.text.split('\n');
      const top = style.spanLabels === 'middle' ? y + (height - lines.length * lineHeight) / 2 : y + PAD / 2;
      lines.forEach((line, i) => {
        const x = p.cell.value ? xs[c] + (width - doc.widthOfString(line)) / 2 : xs[c] + PAD;
        doc.text(line, x, top + i * lineHeight, { lineBreak: false });
      });
    });
    y += heights[r];
  });
  doc.x = MARGIN;
  doc.y = y + 8;
}

/** Footer page numbers, written after layout (pdfkit would otherwise open a page below the margin). */
function pageMarks(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(`- ${i + 1} -`, 0, doc.page.height - MARGIN / 2 - 4, { width: doc.page.width, align: 'center', lineBreak: false });
  }
}

export function renderPdf(blocks: readonly Block[], style: PdfStyle): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font());
  doc.font('cjk');
  const width = doc.page.width - 2 * MARGIN;
  for (const block of blocks) {
    if (block.kind === 'table') {
      drawTable(doc, block.grid, 8, style);
      continue;
    }
    doc.fontSize(block.kind === 'title' ? 16 : 10.5);
    const align = block.kind === 'title' ? 'center' : 'left';
    doc.text(block.text, MARGIN, doc.y, { width, align, indent: block.kind === 'paragraph' ? 21 : 0, lineGap: 3 });
    doc.moveDown(0.3);
  }
  pageMarks(doc);
  doc.end();
  return done;
}
