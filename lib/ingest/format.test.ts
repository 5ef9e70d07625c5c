import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat } from './format';

test('formats are told from the content', () => {
  assert.equal(detectFormat(Buffer.from('%PDF-1.7\n...')), 'pdf');
  assert.equal(detectFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'docx');
  assert.equal(detectFormat(Buffer.from('<!DOCTYPE html><html><body>表</body></html>')), 'html');
  assert.equal(detectFormat(Buffer.from('  <table border=1><tr><td>1</td></tr></table>')), 'html');
  assert.equal(detectFormat(Buffer.from('一、总体情况\n<根据条例>')), 'text');
});
