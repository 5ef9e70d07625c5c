/**
 * A per-image copy of the CJK font holding only the glyphs the image uses.
 *
 * Why: resvg (through fontdb) re-reads a font file for every glyph it draws, so with the
 * 10 MB Noto Sans SC a chart with a few hundred characters spends most of a second on I/O.
 * Emptying every other glyph outline leaves a file of a few hundred kB that draws the same.
 * Glyph ids, cmap, metrics and layout tables are kept as they are: only `glyf` shrinks
 * (and `loca` is rewritten in its long form), so nothing else needs re-indexing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Table {
  tag: string;
  data: Buffer;
}

interface ParsedFont {
  tables: Table[];
  cmap: Map<number, number>;
  /** Glyph outlines by glyph id (empty buffer for an empty glyph). */
  glyphs: Buffer[];
}

function readTables(font: Buffer): Table[] {
  const count = font.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => {
    const o = 12 + i * 16;
    const offset = font.readUInt32BE(o + 8);
    return { tag: font.toString('latin1', o, o + 4), data: font.subarray(offset, offset + font.readUInt32BE(o + 12)) };
  });
}

/** Unicode → glyph id from the Windows Unicode subtable (format 12 preferred, else 4). */
function readCmap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const pick = subtables.find((s) => s.platform === 3 && s.encoding === 10) ?? subtables.find((s) => s.platform === 3 && s.encoding === 1);
  if (!pick) throw new Error('font has no Windows Unicode cmap');
  const t = cmap.subarray(pick.offset);
  if (t.readUInt16BE(0) === 12) {
    for (let g = 0, n = t.readUInt32BE(12); g < n; g++) {
      const o = 16 + g * 12;
      const [start, end, glyph] = [t.readUInt32BE(o), t.readUInt32BE(o + 4), t.readUInt32BE(o + 8)];
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  const segs = t.readUInt16BE(6) / 2;
  for (let s = 0; s < segs; s++) {
    const end = t.readUInt16BE(14 + s * 2);
    const start = t.readUInt16BE(16 + segs * 2 + s * 2);
    const delta = t.readInt16BE(16 + segs * 4 + s * 2);
    const rangeAt = 16 + segs * 6 + s * 2;
    const range = t.readUInt16BE(rangeAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const g = range === 0 ? (c + delta) & 0xffff : t.readUInt16BE(rangeAt + range + (c - start) * 2);
      if (g !== 0) map.set(c, range === 0 ? g : (g + delta) & 0xffff);
    }
  }
  return map;
}

export function parseFont(font: Buffer): ParsedFont {
  const tables = readTables(font);
  const get = (tag: string) => {
    const t = tables.find((x) => x.tag === tag);
    if (!t) throw new Error(`font has no ${tag} table (only TrueType outlines can be subset)`);
    return t.data;
  };
  const numGlyphs = get('maxp').readUInt16BE(4);
  const longLoca = get('head').readInt16BE(50) === 1;
  const loca = get('loca');
  const glyf = get('glyf');
  const at = (i: number) => (longLoca ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);
  const glyphs = Array.from({ length: numGlyphs }, (_, i) => glyf.subarray(at(i), at(i + 1)));
  return { tables, cmap: readCmap(get('cmap')), glyphs };
}

/** A composite glyph's component glyph ids (they must be kept too). */
function components(glyph: Buffer): number[] {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return [];
  const ids: number[] = [];
  let o = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(o);
    ids.push(glyph.readUInt16BE(o + 2));
    o += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & 0x0020)) return ids;
  }
}

/** The font with every glyph outside `text` (and .notdef) emptied. */
export function subsetFont(font: ParsedFont, text: string): Buffer {
  const keep = new Set<number>([0]);
  const queue = [...new Set(text)].map((ch) => font.cmap.get(ch.codePointAt(0)!)).filter((g): g is number => g !== undefined);
  while (queue.length) {
    const g = queue.pop()!;
    if (keep.has(g) || g >= font.glyphs.length) continue;
    keep.add(g);
    queue.push(...components(font.glyphs[g]));
  }
  const loca = Buffer.alloc((font.glyphs.length + 1) * 4);
  const parts: Buffer[] = [];
  let offset = 0;
  font.glyphs.forEach((g, i) => {
    loca.writeUInt32BE(offset, i * 4);
    if (keep.has(i) && g.length) {
      const padded = g.length % 4 ? Buffer.concat([g, Buffer.alloc(4 - (g.length % 4))]) : g;
      parts.push(padded);
      offset += padded.length;
    }
  });
  loca.writeUInt32BE(offset, font.glyphs.length * 4);
  // Vertical metrics are for vertical writing, which charts never use.
  const tables = font.tables.filter((t) => t.tag !== 'vhea' && t.tag !== 'vmtx').map((t) => {
    if (t.tag === 'glyf') return { tag: t.tag, data: Buffer.concat(parts) };
    if (t.tag === 'loca') return { tag: t.tag, data: loca };
    if (t.tag === 'head') {
      const head = Buffer.from(t.data);
      head.writeInt16BE(1, 50); // long loca offsets
      return { tag: t.tag, data: head };
    }
    return t;
  });
  return writeFont(tables);
}

/** sfnt container; checksums are left 0 (renderers do not verify them). */
function writeFont(tables: Table[]): Buffer {
  const header = Buffer.alloc(12 + tables.length * 16);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(tables.length, 4);
  const pow = 2 ** Math.floor(Math.log2(tables.length));
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(tables.length * 16 - pow * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    header.write(t.tag, o, 'latin1');
    header.writeUInt32BE(offset, o + 8);
    header.writeUInt32BE(t.data.length, o + 12);
    const pad = (4 - (t.data.length % 4)) % 4;
    bodies.push(t.data, Buffer.alloc(pad));
    offset += t.data.length + pad;
  });
  return Buffer.concat([header, ...bodies]);
}

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
let parsed: { file: string; font: ParsedFont } | undefined;

/**
 * Path of a subset of `fontFile` covering every character of `svg` (plus printable ASCII),
 * written once per distinct character set to the temp directory and reused after.
 */
export function subsetFontFile(fontFile: string, svg: string): string {
  if (parsed?.file !== fontFile) parsed = { file: fontFile, font: parseFont(fs.readFileSync(fontFile)) };
  const chars = [...new Set(PRINTABLE_ASCII + svg.replace(/[\x00-\x7f]/g, ''))].sort().join('');
  const dir = path.join(os.tmpdir(), 'chart-font-subsets');
  const file = path.join(dir, `${createHash('sha256').update(fontFile).update(chars).digest('hex').slice(0, 24)}.ttf`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, subsetFont(parsed.font, chars));
    fs.renameSync(tmp, file); // atomic: a concurrent request never reads half a font
  }
  return file;
}
