/**
 * A report as a Word document: paragraphs and real tables whose merged cells
 * (vertical and horizontal) come out as rowSpan / gridSpan, as offices write them.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block } from './document';
import type { Grid } from './grid';

function table(grid: Grid): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: grid.rows.map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                rowSpan: cell.rowspan,
                columnSpan: cell.colspan,
                // A wrapped header label is two paragraphs in its cell.
                children: cell.text.split('\n').map(
                  (line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: 18 })] }),
                ),
              }),
          ),
        }),
    ),
  });
}

export async function renderDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const children = blocks.map((b) => {
    if (b.kind === 'table') return table(b.grid);
    const title = b.kind === 'title';
    return new Paragraph({
      alignment: title ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: b.kind === 'paragraph' ? { firstLine: 420 } : undefined,
      children: [new TextRun({ text: b.text, bold: b.kind !== 'paragraph', size: title ? 32 : 21 })],
    });
  });
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
