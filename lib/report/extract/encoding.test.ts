import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from './encoding';

const reportsDir = new URL('../../samples/reports/', import.meta.url);
const seeds = readdirSync(reportsDir).map((f) => readFileSync(new URL(f, reportsDir), 'utf8'));
function decode(bytes: Uint8Array) {
  const decoded = decodeText(bytes);
  assert.ok(decoded, 'decoded as text');
  return decoded;
}

const simplified = seeds.find((t) => t.includes('主动公开'))!;
const traditional = seeds.find((t) => t.includes('主動公開'))!;

test('strict UTF-8 is taken as UTF-8, with or without a BOM', () => {
  assert.deepEqual(decode(new TextEncoder().encode(simplified)), { text: simplified, encoding: 'utf8', doubts: [] });
  const withBom = decode(new TextEncoder().encode(`\ufeff${simplified}`));
  assert.equal(withBom.text, simplified);
});

test('UTF-16 with a BOM, either byte order', () => {
  for (const enc of ['utf16le', 'utf16be']) {
    const decoded = decode(iconv.encode(`\ufeff${simplified}`, enc));
    assert.equal(decoded.encoding, enc);
    assert.equal(decoded.text, simplified);
  }
});

test('GBK and GB18030 bytes of simplified reports decode as GB18030', () => {
  for (const enc of ['gbk', 'gb18030']) {
    const decoded = decode(iconv.encode(simplified, enc));
    assert.equal(decoded.encoding, 'gb18030', enc);
    assert.equal(decoded.text, simplified);
  }
});

test('Big5 bytes of a traditional report decode as Big5', () => {
  const decoded = decode(iconv.encode(traditional, 'big5'));
  assert.equal(decoded.encoding, 'big5');
  assert.equal(decoded.text, traditional);
});

test('a single short table line is told apart too (GBK vs Big5)', () => {
  const gb = '一、本年新收政府信息公开申请数量 | 92 | 1';
  const big5 = '一、本年新收政府信息公開申請數量 | 92 | 1';
  assert.equal(decode(iconv.encode(gb, 'gbk')).text, gb);
  assert.equal(decode(iconv.encode(big5, 'big5')).text, big5);
});

test('a GBK file with a corrupted byte still decodes as GB18030, with a doubt noted', () => {
  const bytes = iconv.encode(simplified, 'gbk');
  bytes[200] = 0xff;
  const decoded = decode(bytes);
  assert.equal(decoded.encoding, 'gb18030');
  assert.ok(decoded.text.includes('二、主动公开政府信息情况'));
  assert.ok(decoded.doubts.some((d) => d.includes('undecodable')));
});

test('random bytes are not text in any encoding', () => {
  const noise = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 2654435761) >>> 24);
  assert.equal(decodeText(noise), null);
});
