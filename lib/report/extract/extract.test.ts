import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import { MAX_INPUT_BYTES, extractText, type Extracted } from './index';
import type { ParseFailure } from '../record';

// Before any test reads a PDF (pdf.js's bundled polyfills replace these process-wide).
const builtIns = { push: Array.prototype.push, parse: JSON.parse };
const FONT = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** A PDF drawn with pdfkit: each entry is [text, x, y]. */
function pdf(items: [string, number, number][]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((r) => doc.on('end', () => r(new Uint8Array(Buffer.concat(chunks)))));
  doc.registerFont('cjk', FONT).font('cjk').fontSize(10);
  if (items.length === 0) doc.rect(50, 50, 200, 100).fill('#888'); // a "scan": graphics, no text
  for (const [text, x, y] of items) doc.text(text, x, y, { lineBreak: false });
  doc.end();
  return done;
}

function ok(r: Extracted | ParseFailure): Extracted {
  if ('error' in r) assert.fail(`unexpected failure: ${r.error}`);
  return r;
}

test('a PDF (whatever its name) is rebuilt as lines, cells split at column gaps', async () => {
  const bytes = await pdf([
    ['二、主动公开政府信息情况', 50, 60],
    ['规章', 50, 100], ['5', 200, 100], ['0', 260, 100], ['3', 320, 100],
    ['行政规范性文件', 50, 120], ['12', 200, 120], ['15', 260, 121], ['90', 320, 120],
    ['- 2 -', 280, 780],
  ]);
  const r = ok(await extractText('report.txt', bytes));
  assert.equal(r.format, 'pdf');
  assert.deepEqual(r.text.split('\n'), ['二、主动公开政府信息情况', '规章 | 5 | 0 | 3', '行政规范性文件 | 12 | 15 | 90', '- 2 -']);
});

test('reading a PDF leaves the built-ins its polyfills would replace as they were', async () => {
  ok(await extractText('report.pdf', await pdf([['规章', 50, 100], ['5', 200, 100]])));
  assert.equal(Array.prototype.push, builtIns.push, 'Array.prototype.push');
  assert.equal(JSON.parse, builtIns.parse, 'JSON.parse');
});

test('a blank PDF cell (nothing printed) becomes an empty cell where the table columns say one is missing', async () => {
  const cols = [200, 250, 300, 350];
  const row = (y: number, label: string, values: (string | null)[]): [string, number, number][] => [
    [label, 50, y],
    ...values.flatMap((v, i): [string, number, number][] => (v === null ? [] : [[v, cols[i], y]])),
  ];
  const bytes = await pdf([
    ...row(100, '一、本年新收', ['9', '0', '1', '10']),
    ...row(120, '二、上年结转', ['1', null, '0', '1']),
    ...row(140, '（一）予以公开', ['8', '0', '1', null]),
    ...row(160, '（七）总计', ['9', '0', '1', '10']),
  ]);
  const r = ok(await extractText('t.pdf', bytes));
  assert.deepEqual(r.text.split('\n'), [
    '一、本年新收 | 9 | 0 | 1 | 10',
    '二、上年结转 | 1 |  | 0 | 1',
    '（一）予以公开 | 8 | 0 | 1 | ',
    '（七）总计 | 9 | 0 | 1 | 10',
  ]);
});

test('a PDF without a text layer is reported as such', async () => {
  const r = await extractText('scan.pdf', await pdf([]));
  assert.deepEqual(r, { file: 'scan.pdf', error: 'not a PDF text layer: no text found (scanned image?)' });
});

test('a broken PDF is a failure, not an exception', async () => {
  const r = await extractText('broken.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> garbage'));
  assert.ok('error' in r && r.error.startsWith('unreadable PDF'), JSON.stringify(r));
});

test('a DOCX is read through its tables, merged cells once', async () => {
  const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) =>
    new TableCell({ ...span, children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('四、政府信息公开行政复议、行政诉讼情况'),
          new Table({
            rows: [
              new TableRow({ children: [cell('行政复议', { columnSpan: 2 }), cell('行政诉讼', { rowSpan: 2 })] }),
              new TableRow({ children: [cell('结果维持'), cell('总计')] }),
              new TableRow({ children: [cell('1'), cell(''), cell('3')] }),
            ],
          }),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const r = ok(await extractText('report.pdf', bytes));
  assert.equal(r.format, 'docx');
  assert.deepEqual(r.text.split('\n'), ['四、政府信息公开行政复议、行政诉讼情况', '行政复议 | 行政诉讼', '结果维持 | 总计', '1 |  | 3']);
});

test('HTML in GBK is detected by content and decoded', async () => {
  const html = '<html><head><meta charset="gbk"></head><body><p>三、收到和处理</p><table><tr><td>自然人</td><td>9</td></tr></table></body></html>';
  const r = ok(await extractText('page.txt', iconv.encode(html, 'gbk')));
  assert.equal(r.format, 'html');
  assert.equal(r.encoding, 'gb18030');
  assert.equal(r.text, '三、收到和处理\n自然人 | 9');
});

test('plain text stays as it is', async () => {
  const r = ok(await extractText('a.html', new TextEncoder().encode('规章 |\n0 |\n')));
  assert.deepEqual(r, { text: '规章 |\n0 |\n', format: 'text', encoding: 'utf8', warnings: [] });
});

test('empty, blank, binary, oversized and foreign files fail with a reason', async () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty.txt', new Uint8Array(0), /^empty file$/],
    ['blank.txt', new TextEncoder().encode(' \n\u3000\n'), /^empty file/],
    ['noise.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), /^unrecognised binary content$/],
    ['huge.txt', new Uint8Array(MAX_INPUT_BYTES + 1), /^file too large: 50\.0 MB \(limit 50 MB\)$/],
    ['scan.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /image \(PNG\)/],
    ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /legacy Office/],
    ['a.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /zip archive that is not a Word document/],
  ];
  for (const [file, bytes, reason] of cases) {
    const r = await extractText(file, bytes);
    assert.ok('error' in r, `${file} should fail`);
    assert.equal(r.file, file);
    assert.match(r.error, reason, file);
  }
});
