/**
 * Blank cells (nothing printed) in the PDF tables that have no second value
 * row to compare against: section 四's one row and the 2019 （八）（九） rows
 * in widened cells. Rendered by the report renderer with every blank printed
 * as nothing, in both span-label styles, with and without split headers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPEAL_GROUPS, APPEAL_ITEMS, appealKey } from '../cells';
import { parseReport, isParseFailure } from '../index';
import { CLEAN_LABELS, type LabelNoise } from '../render/labels';
import { reportBlocks } from '../render/document';
import { renderPdf, type PdfStyle } from '../render/pdf';
import { createRng, randomReportSource, type ReportSource } from '../render';
import { extractText } from './index';

function withBlanks(seed: number, blanks: readonly string[]): ReportSource {
  const source = randomReportSource(createRng(seed), { template: '2019', nullRate: 0 });
  return { ...source, cells: { ...source.cells, ...Object.fromEntries(blanks.map((k) => [k, null])) } };
}

async function pdf(source: ReportSource, noise: LabelNoise, style: PdfStyle): Promise<Uint8Array> {
  const blocks = reportBlocks(source, { noise, blankMarkers: [''], amountUnits: false }, createRng(1));
  return renderPdf(blocks, style);
}

const printed = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

const STYLES: [string, LabelNoise, PdfStyle][] = [
  ['labels on top', CLEAN_LABELS, { spanLabels: 'top' }],
  ['labels centred, headers split', { ...CLEAN_LABELS, splitHeaders: true }, { spanLabels: 'middle' }],
];

for (const [name, noise, style] of STYLES) {
  test(`PDF: blanks in section 四 and the 2019 （八）（九） rows land in their columns (${name})`, async () => {
    const source = withBlanks(11, [
      'appeals.review.upheld',
      'appeals.review.pending',
      'appeals.suitDirect.upheld',
      'appeals.suitAfterReview.total',
      'proactive.fees.prevItems',
      'proactive.procurement.amount',
    ]);
    const r = await extractText('report.pdf', await pdf(source, noise, style));
    assert.ok(!('error' in r), JSON.stringify(r));
    const lines = r.text.split('\n');
    const appeals = APPEAL_GROUPS.flatMap((g) => APPEAL_ITEMS.map((i) => printed(source.cells[appealKey(g.key, i.key)])));
    assert.ok(lines.includes(appeals.join(' | ')), `section 四 row ${appeals.join(' | ')} in\n${r.text}`);
    const fees = ['行政事业性收费', printed(null), printed(source.cells['proactive.fees.change'])];
    assert.ok(lines.includes(fees.join(' | ')), `${fees.join(' | ')} in\n${r.text}`);
    const procurement = ['政府集中采购', printed(source.cells['proactive.procurement.items']), printed(null)];
    assert.ok(lines.includes(procurement.join(' | ')), `${procurement.join(' | ')} in\n${r.text}`);
  });

  test(`PDF: a report with blanks in section 四 and （八）（九） parses back exactly (${name})`, async () => {
    const source = withBlanks(23, [
      'appeals.review.other',
      'appeals.suitDirect.upheld',
      'appeals.suitDirect.pending',
      'appeals.suitAfterReview.total',
      'proactive.fees.change',
      'proactive.procurement.items',
    ]);
    const parsed = await parseReport('report.pdf', await pdf(source, noise, style));
    if (isParseFailure(parsed)) assert.fail(parsed.error);
    assert.equal(parsed.template, '2019');
    assert.deepEqual(parsed.cells, source.cells);
  });
}
