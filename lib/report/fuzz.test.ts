/**
 * Fuzzing the front door: mutated and truncated seed reports, random bytes,
 * empty and oversized files. parseReport must never throw and always answer
 * with a valid record or a one-line error; memory must stay bounded.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { assertProperty } from './assert-property';
import { isCellKey } from './cells';
import { MAX_INPUT_BYTES } from './extract';
import { isParseFailure, parseReport } from './index';
import { parsedReportSchema } from './record';

const reportsDir = new URL('../samples/reports/', import.meta.url);
const seeds = readdirSync(reportsDir)
  .sort()
  .map((f) => new Uint8Array(readFileSync(new URL(f, reportsDir))));

async function assertAnswers(file: string, bytes: Uint8Array) {
  const result = await parseReport(file, bytes);
  if (isParseFailure(result)) {
    assert.equal(result.file, file);
    assert.ok(result.error.length > 0 && !result.error.includes('\n'), `one-line error: ${JSON.stringify(result.error)}`);
    assert.ok(!result.error.startsWith('internal parser error'), `parser threw: ${result.error}`);
    return;
  }
  parsedReportSchema.parse(result);
  for (const key of Object.keys(result.cells)) assert.ok(isCellKey(key), `unknown cell key ${key}`);
}

const seedIndex = fc.integer({ min: 0, max: seeds.length - 1 });

test('truncated seed reports: a record or a clear error, never an exception', async () => {
  await assertProperty(
    fc.asyncProperty(seedIndex, fc.double({ min: 0, max: 1, noNaN: true }), async (i, at) => {
      const bytes = seeds[i];
      await assertAnswers(`truncated-${i}`, bytes.subarray(0, Math.floor(bytes.length * at)));
    }),
    { numRuns: 60 },
  );
});

test('seed reports with bytes flipped, lines dropped, duplicated or shuffled', async () => {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.nat(), { maxLength: 40 }), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('lines' as const), ops: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 20 }) }),
  );
  await assertProperty(
    fc.asyncProperty(seedIndex, mutation, async (i, m) => {
      let bytes = new Uint8Array(seeds[i]);
      if (m.kind === 'flip') {
        for (const at of m.at) bytes[at % bytes.length] = m.byte;
      } else {
        const lines = new TextDecoder().decode(bytes).split('\n');
        for (const [a, b, duplicate] of m.ops) {
          const [from, to] = [a % lines.length, b % lines.length];
          if (duplicate) lines.splice(to, 0, ...lines.slice(from, from + 5));
          else [lines[from], lines[to]] = [lines[to], lines[from]];
          if (!duplicate && a % 3 === 0) lines.splice(from, 3);
        }
        bytes = new TextEncoder().encode(lines.join('\n'));
      }
      await assertAnswers(`mutated-${i}`, bytes);
    }),
    { numRuns: 80 },
  );
});

test('random bytes and random text', async () => {
  await assertProperty(
    fc.asyncProperty(fc.uint8Array({ maxLength: 20_000 }), async (bytes) => assertAnswers('random.bin', bytes)),
    { numRuns: 60 },
  );
  await assertProperty(
    fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 3000 }), async (text) =>
      assertAnswers('random.txt', new TextEncoder().encode(text)),
    ),
    { numRuns: 60 },
  );
});

test('an empty file is an error', async () => {
  assert.deepEqual(await parseReport('empty.txt', new Uint8Array(0)), { file: 'empty.txt', error: 'empty file' });
});

test('a 50 MB file: refused above the limit, parsed at it, memory bounded', async () => {
  const before = process.memoryUsage().heapUsed;
  const over = new Uint8Array(MAX_INPUT_BYTES + 1);
  const refused = await parseReport('over.txt', over);
  assert.ok(isParseFailure(refused) && refused.error.startsWith('file too large'));

  // A seed report followed by 50 MB of junk text: the report is still in there.
  const atLimit = new Uint8Array(MAX_INPUT_BYTES);
  atLimit.set(seeds[0]);
  atLimit.fill(0x20, seeds[0].length); // spaces
  for (let i = seeds[0].length; i < atLimit.length; i += 100) atLimit[i] = 0x0a;
  await assertAnswers('at-limit.txt', atLimit);
  const grown = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  assert.ok(grown < 1024, `heap grew by ${grown.toFixed(0)} MB`);
});
