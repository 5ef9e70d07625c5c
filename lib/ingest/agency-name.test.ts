import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeAgencyName } from './agency-name';

test('traditional, full-width and spaced variants of a name fold to one form', () => {
  const plain = normalizeAgencyName('重庆市江北区人民政府办公室（区政府）');
  assert.equal(normalizeAgencyName('重慶市江北區人民政府辦公室(區政府)'), plain);
  assert.equal(normalizeAgencyName(' 重庆市 江北区人民政府办公室（区政府） '), plain);
  assert.equal(plain, '重庆市江北区人民政府办公室(区政府)');
});

test('different bodies stay different', () => {
  assert.notEqual(normalizeAgencyName('江北区教育委员会'), normalizeAgencyName('江北区人民政府'));
});
