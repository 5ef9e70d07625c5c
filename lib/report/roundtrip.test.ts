/**
 * Round trip: random valid records (numbers obeying T3-1..3 and T4, both
 * templates, random blanks) rendered in every real layout with random label
 * noise and encodings must parse back to the same template, year and cells,
 * read as the container the layout is written in.
 * Only layouts where a correct parse is achievable are rendered (no cells run
 * together). Each layout is its own test so a failure names the layout.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { assertProperty } from './assert-property';
import { parseSource, isParseFailure, type SourceFormat } from './index';
import { LAYOUTS, createRng, randomRenderOptions, randomReportSource, renderReport, type Layout } from './render';

const RUNS: Record<Layout, number> = {
  'pipe-debris': 100,
  'blank-lines': 100,
  'space-rows': 100,
  markdown: 100,
  html: 20,
  'html-paragraphs': 20,
  pdf: 20,
  docx: 20,
};

const CONTAINER: Record<Layout, SourceFormat> = {
  'pipe-debris': 'text',
  'blank-lines': 'text',
  'space-rows': 'text',
  markdown: 'text',
  html: 'html',
  'html-paragraphs': 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/** Keys whose parsed value differs from the source, as `key: expected → actual`. */
function cellDiff(expected: Readonly<Record<string, number | null>>, actual: Readonly<Record<string, number | null>>) {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const show = (v: number | null | undefined) => (v === undefined ? 'absent' : String(v));
  return [...keys].filter((k) => expected[k] !== actual[k]).map((k) => `${k}: ${show(expected[k])} → ${show(actual[k])}`);
}

for (const layout of LAYOUTS) {
  test(`round trip: ${layout}`, async () => {
    await assertProperty(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const rng = createRng(seed);
        const source = randomReportSource(rng);
        const options = randomRenderOptions(rng, [layout]);
        const { bytes } = await renderReport(source, options);
        // A name that says nothing: format, encoding, year and body must come from the content.
        const read = await parseSource(`report-${seed}`, bytes);
        const context = `seed ${seed}, options ${JSON.stringify(options)}`;
        if (isParseFailure(read)) assert.fail(`${read.error} (${context})`);
        assert.equal(read.format, CONTAINER[layout], context);
        const parsed = read.record;
        assert.equal(parsed.template, source.template, context);
        assert.equal(parsed.year, source.year, context);
        const diff = cellDiff(source.cells, parsed.cells);
        assert.deepEqual(diff.slice(0, 12), [], `${diff.length} cells differ (${context})`);
      }),
      // Shrinking a seed finds nothing simpler, it only re-renders: stop at the first counterexample.
      { numRuns: RUNS[layout], endOnFailure: true },
    );
  });
}
