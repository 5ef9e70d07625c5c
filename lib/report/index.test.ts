import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isParseFailure, parseReport, parseSource } from './index';

const reportsDir = fileURLToPath(new URL('../samples/reports/', import.meta.url));
const seed = readdirSync(reportsDir).sort()[0];
const seedText = readFileSync(path.join(reportsDir, seed), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

test('parseSource gives the record parseReport gives, and the container the extractor read', async () => {
  const bytes = utf8(seedText);
  const source = await parseSource(seed, bytes);
  assert.ok(!isParseFailure(source));
  assert.equal(source.format, 'text');
  assert.deepEqual(source.record, await parseReport(seed, bytes));
});

test('the format is what the text was read as, not a guess from the first bytes', async () => {
  // One tag near the top of a text report: a looser sniff would call it HTML; the parser reads text.
  const textWithTag = await parseSource(seed, utf8(`<p>附：\n${seedText}`));
  assert.ok(!isParseFailure(textWithTag));
  assert.equal(textWithTag.format, 'text');
  // A page whose first tag comes after 1 KB of prose is still read (and stored) as HTML.
  const lines = seedText.split('\n').map((l) => `<p>${l.replaceAll('<', '&lt;')}</p>`);
  const page = await parseSource(seed, utf8(`${'　'.repeat(600)}\n<html><body>${lines.join('\n')}</body></html>`));
  assert.ok(!isParseFailure(page));
  assert.equal(page.format, 'html');
});

test('a file the parser cannot read has no format, only the reason', async () => {
  assert.deepEqual(await parseSource('empty.txt', new Uint8Array(0)), { file: 'empty.txt', error: 'empty file' });
});
