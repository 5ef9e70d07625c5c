import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanFileName, MAX_FILE_BYTES, refuseFile } from './upload-check';

const text = (s: string) => new TextEncoder().encode(s);

test('reports in any container pass; the name plays no part', () => {
  assert.equal(refuseFile(text('一、总体情况\n二、主动公开政府信息情况')), null);
  assert.equal(refuseFile(text('<html><body><table><tr><td>1</td></tr></table></body></html>')), null);
  assert.equal(refuseFile(text('%PDF-1.7\n...')), null);
});

test('empty and oversized files are refused with the size', () => {
  assert.match(refuseFile(new Uint8Array(0))!, /empty/);
  assert.match(refuseFile(new Uint8Array(MAX_FILE_BYTES + 1))!, /20\.0 MB; the limit is 20 MB/);
  assert.equal(refuseFile(new Uint8Array(MAX_FILE_BYTES).fill(0x41)), null);
});

test('images, archives and zips that are not Word documents are refused by content', () => {
  assert.match(refuseFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))!, /PNG/);
  assert.match(refuseFile(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))!, /JPEG/);
  assert.match(refuseFile(new Uint8Array([0x1f, 0x8b, 8, 0]))!, /gzip/);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text('xl/workbook.xml')]);
  assert.match(refuseFile(zip)!, /Excel|Word|zip/i);
  const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...text('word/document.xml')]);
  assert.equal(refuseFile(docx), null);
});

test('file names are cut to their last component, without control characters', () => {
  assert.equal(cleanFileName('C:\\Users\\x\\报告.pdf'), '报告.pdf');
  assert.equal(cleanFileName('../../etc/passwd'), 'passwd');
  assert.equal(cleanFileName('a\u0000b\nc.txt'), 'abc.txt');
  assert.equal(cleanFileName(''), 'unnamed');
  assert.equal(cleanFileName('x'.repeat(500)).length, 200);
});
