/**
 * A PostgreSQL database filled with synthetic reports for the dashboard benchmarks: the
 * synthetic numbers are stored as records directly (no rendering to files and parsing back),
 * which measures the dashboard, not the parser, and loads 100,000 reports in minutes.
 */
import { createHash } from 'node:crypto';
import { openPostgres } from '../db/client';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { ReportStore, type IngestItem } from '../ingest/store';
import { checkCells } from '../report/checks';
import type { AgencyLevel } from '../report/record';
import { otherDisposalAsOneRow } from '../report/render/source';
import { synthCorpus } from '../synth/corpus';

const BATCH = 500;

const levelOf = (code: string): AgencyLevel => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');

export async function loadSynthetic(url: string, count: number): Promise<void> {
  const handle = await openPostgres(url);
  try {
    await handle.migrate();
    await loadRegionsIfEmpty(handle.db);
    const store = await ReportStore.open(handle.db);
    let batch: IngestItem[] = [];
    let stored = 0;
    const started = performance.now();
    for await (const r of synthCorpus({ count, seed: 2025, binaryShare: 0 })) {
      const oneRow = otherDisposalAsOneRow(r.source);
      const cells = { ...r.source.cells };
      const sha256 = createHash('sha256').update(`${r.agency}|${r.regionCode}|${r.year}`).digest('hex');
      batch.push({
        path: r.rendered.fileName,
        sha256,
        bytes: new TextEncoder().encode(sha256), // the bytes are not what is measured
        format: 'text',
        hints: {},
        sourceUrl: null,
        record: {
          file: r.rendered.fileName,
          year: r.year,
          template: r.source.template,
          agency: { name: r.agency, regionCode: r.regionCode, regionName: null, level: levelOf(r.regionCode) },
          cells,
          raw: {},
          checks: checkCells(cells, oneRow),
          warnings: [],
        },
      });
      if (batch.length === BATCH) {
        await store.storeBatch(batch);
        stored += batch.length;
        batch = [];
        if (stored % 10_000 === 0) console.error(`stored ${stored}/${count} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    }
    await store.storeBatch(batch);
    await handle.db.execute('analyze');
    console.error(`loaded ${count} reports in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await handle.close();
  }
}
