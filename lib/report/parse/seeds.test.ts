/**
 * The five real sample reports against their hand-read truth (lib/samples/seeds.expected.json).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { TEMPLATES } from '../cells';
import { parsedReportSchema } from '../record';
import { parseText } from './index';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');

const expectedSchema = z.record(
  z.string(),
  z.object({
    year: z.number().int(),
    regionCode: z.string().nullable(),
    agencyIncludes: z.string().nullable(),
    template: z.enum(TEMPLATES),
    cells: z.record(z.string(), z.number().nullable()),
  }),
);

const expected = expectedSchema.parse(JSON.parse(readFileSync(join(SAMPLES, 'seeds.expected.json'), 'utf8')));

for (const [file, truth] of Object.entries(expected)) {
  test(`seed ${file}`, () => {
    const text = readFileSync(join(SAMPLES, 'reports', file), 'utf8');
    const result = parseText(text, { file });
    assert.ok(!('error' in result), `parse failed: ${'error' in result ? result.error : ''}`);
    const report = parsedReportSchema.parse(result);

    assert.equal(report.file, file);
    assert.equal(report.template, truth.template);
    assert.equal(report.year, truth.year);
    assert.deepEqual(report.cells, truth.cells);
    assert.deepEqual(Object.keys(report.cells).sort(), Object.keys(truth.cells).sort());

    if (truth.agencyIncludes === null) {
      assert.equal(report.agency, null);
      assert.ok(report.warnings.some((w) => w.code === 'agency-unknown'));
    } else {
      assert.ok(report.agency, 'agency expected');
      assert.ok(report.agency.name.includes(truth.agencyIncludes), `${report.agency.name} should include ${truth.agencyIncludes}`);
    }
    assert.equal(report.agency?.regionCode ?? null, truth.regionCode);

    // The seeds were checked by hand against every rule.
    const notPassing = report.checks.filter((c) => c.status !== 'pass');
    assert.deepEqual(notPassing, []);
    assert.equal(report.checks.length, 7 + 7 + Object.keys(truth.cells).filter((k) => k.endsWith('.total') && k.startsWith('requests.')).length + 3);
    // Nothing was guessed or left aside on clean tables.
    const doubts = report.warnings.filter((w) => ['unknown-label', 'uncertain-cells', 'missing-cells', 'extra-values', 'split-run'].includes(w.code));
    assert.deepEqual(doubts, []);
  });
}
