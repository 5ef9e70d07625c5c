/**
 * A PostgreSQL database filled with synthetic reports for the dashboard benchmarks: the
 * synthetic numbers are stored as records directly (no rendering to files and parsing back),
 * which measures the dashboard, not the parser, and loads 100,000 reports in minutes.
 */
import { openPostgres } from '../db/client';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { storeSyntheticRecords } from '../synth/bench-corpus';

export async function loadSynthetic(url: string, count: number): Promise<void> {
  const handle = await openPostgres(url);
  try {
    await handle.migrate();
    await loadRegionsIfEmpty(handle.db);
    await storeSyntheticRecords(handle.db, count);
  } finally {
    await handle.close();
  }
}
