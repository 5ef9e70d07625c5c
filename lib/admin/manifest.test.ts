import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readUploadManifest } from './manifest';

const enc = (s: string) => new TextEncoder().encode(s);

test('a CSV manifest is keyed by file name; blank fields give no hint', () => {
  const r = readUploadManifest(
    'm.csv',
    enc('\uFEFFfile,agency,regionCode,year,sourceUrl\nreports/002.txt,某某镇人民政府,330110,2023,https://example.gov.cn/a.html\n001.txt,,,,\n'),
  );
  assert.ok(r.ok);
  assert.deepEqual(r.byName.get('002.txt'), {
    hints: { agency: '某某镇人民政府', regionCode: '330110', year: 2023 },
    sourceUrl: 'https://example.gov.cn/a.html',
  });
  assert.deepEqual(r.byName.get('001.txt'), { hints: {}, sourceUrl: null });
});

test('JSON is recognised by content, whatever the manifest is called', () => {
  const r = readUploadManifest('manifest.txt', enc(' [{"file": "a.pdf", "year": "2022"}]'));
  assert.ok(r.ok);
  assert.deepEqual(r.byName.get('a.pdf'), { hints: { year: 2022 }, sourceUrl: null });
});

test('a bad row is refused with the manifest name, the row and the field', () => {
  const r = readUploadManifest('m.csv', enc('file,regionCode\na.txt,3301\n'));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /m\.csv.*row 1: regionCode/s);
});

test('two rows naming the same file name in different folders are refused', () => {
  const r = readUploadManifest('m.csv', enc('file\nx/a.txt\ny/a.txt\n'));
  assert.match(!r.ok ? r.error : '', /a\.txt/);
});

test('only http(s) source URLs are accepted', () => {
  const r = readUploadManifest('m.json', enc('[{"file":"a","sourceUrl":"javascript:alert(1)"}]'));
  assert.equal(r.ok, false);
});
