import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManifestError, parseManifest } from './manifest';

test('CSV rows become hints keyed by the resolved file path', () => {
  const csv = '\uFEFFfile,agency,regionCode,year,sourceUrl\na/b.txt,某镇人民政府,500105,2023,https://example.gov.cn/x\nc.pdf,,,,\n';
  const m = parseManifest(csv, 'csv', '/data/in');
  assert.deepEqual(m.get('/data/in/a/b.txt'), {
    hints: { agency: '某镇人民政府', regionCode: '500105', year: 2023 },
    sourceUrl: 'https://example.gov.cn/x',
  });
  assert.deepEqual(m.get('/data/in/c.pdf'), { hints: {}, sourceUrl: null });
});

test('JSON rows are accepted the same way', () => {
  const m = parseManifest(JSON.stringify([{ file: '/abs/x.txt', year: 2021 }]), 'json', '/elsewhere');
  assert.deepEqual(m.get('/abs/x.txt'), { hints: { year: 2021 }, sourceUrl: null });
});

test('every invalid row is reported with its number and field', () => {
  const csv = 'file,agency,regionCode,year\nok.txt,,,2020\nbad.txt,,5001,20x\n,,,\nok.txt,,,\n';
  assert.throws(
    () => parseManifest(csv, 'csv', '/d'),
    (e: unknown) => {
      assert.ok(e instanceof ManifestError);
      assert.match(e.message, /row 2: regionCode: a 6-digit GB\/T 2260 code/);
      assert.match(e.message, /row 2: year:/);
      assert.match(e.message, /row 3: file: file is required/);
      assert.match(e.message, /row 4: file ok\.txt is listed twice/);
      return true;
    },
  );
});

test('unparseable JSON is a clear error, not a crash', () => {
  assert.throws(() => parseManifest('[{', 'json', '/d'), /manifest is not valid JSON/);
  assert.throws(() => parseManifest('{"file":"a"}', 'json', '/d'), /manifest is not valid JSON/);
});
