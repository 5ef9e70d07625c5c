import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseFont, subsetFont, subsetFontFile } from './font-subset';

const FONT = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const full = parseFont(fs.readFileSync(FONT));
const glyphOf = (font: ReturnType<typeof parseFont>, ch: string) => font.glyphs[font.cmap.get(ch.codePointAt(0)!)!];

test('a subset keeps the outlines of its text and empties the rest', () => {
  const bytes = subsetFont(full, '年报告 A1');
  const sub = parseFont(bytes);
  assert.ok(bytes.length < fs.statSync(FONT).size / 10);
  assert.equal(sub.glyphs.length, full.glyphs.length); // glyph ids unchanged
  for (const ch of '年报告A1') {
    const original = glyphOf(full, ch);
    assert.deepEqual(glyphOf(sub, ch).subarray(0, original.length), original, ch); // padded to 4 bytes
  }
  assert.ok(glyphOf(full, '攀').length > 0);
  assert.equal(glyphOf(sub, '攀').length, 0);
  assert.equal(sub.cmap.get('攀'.codePointAt(0)!), full.cmap.get('攀'.codePointAt(0)!));
});

test('subset files are cached per character set', () => {
  const a = subsetFontFile(FONT, '<svg><text>政府信息公开</text></svg>');
  const b = subsetFontFile(FONT, '<svg><text>公开信息政府</text></svg>');
  const c = subsetFontFile(FONT, '<svg><text>年度报告</text></svg>');
  assert.equal(a, b);
  assert.notEqual(a, c);
  assert.ok(fs.existsSync(a));
});
