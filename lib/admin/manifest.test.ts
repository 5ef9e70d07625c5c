import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseManifest } from './manifest';

const enc = (s: string) => new TextEncoder().encode(s);

test('a CSV manifest gives one row per file, blanks left out', () => {
  const r = parseManifest(
    'm.csv',
    enc('\uFEFFfile,agency,regionCode,year,sourceUrl\n002.txt,某某镇人民政府,330110,2023,https://example.gov.cn/a.html\n001.txt,,,,\n'),
  );
  assert.ok(r.ok);
  assert.deepEqual(r.rows.get('002.txt'), {
    file: '002.txt',
    agency: '某某镇人民政府',
    regionCode: '330110',
    year: 2023,
    sourceUrl: 'https://example.gov.cn/a.html',
  });
  assert.deepEqual(r.rows.get('001.txt'), { file: '001.txt' });
});

test('a JSON manifest is read the same way', () => {
  const r = parseManifest('m.json', enc(JSON.stringify([{ file: 'a.pdf', year: '2022' }])));
  assert.ok(r.ok);
  assert.deepEqual(r.rows.get('a.pdf'), { file: 'a.pdf', year: 2022 });
});

test('a bad row is named by number and field', () => {
  const r = parseManifest('m.csv', enc('file,regionCode\na.txt,3301\n'));
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /m\.csv, row 1: regionCode/);
  const y = parseManifest('m.json', enc('[{"file":"a"},{"file":"b","year":1800}]'));
  assert.match(!y.ok ? y.error : '', /row 2: year/);
});

test('only http(s) source URLs are accepted (no javascript: links in the admin pages)', () => {
  const r = parseManifest('m.json', enc('[{"file":"a","sourceUrl":"javascript:alert(1)"}]'));
  assert.equal(r.ok, false);
});

test('unreadable manifests and duplicate files are refused with the reason', () => {
  assert.match((parseManifest('m.json', enc('{"file": "a"}')) as { error: string }).error, /array/);
  assert.match((parseManifest('m.json', enc('[{"file": ')) as { error: string }).error, /cannot be read/);
  assert.match((parseManifest('m.csv', enc('file\na\na\n')) as { error: string }).error, /listed twice/);
});
