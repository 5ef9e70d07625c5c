/**
 * `npm run ingest -- [--manifest FILE] PATH...`: parses and stores report files (folders
 * recursively), prints a summary, exits non-zero when any file failed.
 * On the embedded database it takes the DATA_DIR lock: a directory a running app holds is
 * never opened twice (that corrupts PGlite), the message says who holds it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../db/open';
import { ConfigError, readEnv } from '../env';
import { listFiles } from '../ingest/files';
import { ManifestError, readManifest, type Manifest } from '../ingest/manifest';
import { createParsePool } from '../ingest/parse-pool';
import { createProgress } from '../ingest/progress';
import { loadRegionsIfEmpty } from '../ingest/regions';
import { ingestFiles, type IngestSummary } from '../ingest/run';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run ingest -- [--manifest FILE.csv|FILE.json] [--batch-size N] PATH...';

function printSummary(s: IngestSummary, seconds: number): void {
  const out = process.stdout;
  out.write(`ingest: ${s.total} file(s) in ${seconds.toFixed(1)} s (${(s.total / Math.max(seconds, 0.001)).toFixed(0)}/s)\n`);
  out.write(`  new:          ${s.new}\n  unchanged:    ${s.unchanged}\n  updated:      ${s.updated}\n`);
  out.write(`  needs review: ${s.needsReview}\n  failed:       ${s.failed.length}\n`);
  for (const f of s.failed.slice(0, 50)) out.write(`    ${f.path}: ${f.error}\n`);
  if (s.failed.length > 50) out.write(`    … and ${s.failed.length - 50} more\n`);
}

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ options: { manifest: { type: 'string' }, 'batch-size': { type: 'string' } }, allowPositionals: true });
  } catch (e) {
    throw new ConfigError(`${(e as Error).message}\n${USAGE}`);
  }
  if (parsed.positionals.length === 0) throw new ConfigError(`no files or folders given\n${USAGE}`);
  // Reports per transaction: smaller batches commit sooner (and lose less to a kill), larger ones run faster.
  const batchSize = z.coerce.number().int().min(1).max(5000).default(200).safeParse(parsed.values['batch-size']);
  if (!batchSize.success) throw new ConfigError(`--batch-size: ${batchSize.error.issues[0].message}\n${USAGE}`);
  let manifest: Manifest | undefined;
  try {
    manifest = parsed.values.manifest ? await readManifest(parsed.values.manifest) : undefined;
  } catch (e) {
    if (e instanceof ManifestError) throw new ConfigError(e.message);
    throw e;
  }
  const exclude = new Set(parsed.values.manifest ? [path.resolve(parsed.values.manifest)] : []);
  const listing = await listFiles(parsed.positionals, exclude);

  // Takes the DATA_DIR lock: its message names the holder and the way out (/admin upload, stop the app).
  const handle = await openDatabase(readEnv(), { owner: 'npm run ingest' });
  const pool = createParsePool();
  const progress = createProgress('ingest');
  const started = performance.now();
  let summary: IngestSummary;
  try {
    await loadRegionsIfEmpty(handle.db);
    summary = await ingestFiles(handle.db, listing.files, pool, { manifest, batchSize: batchSize.data, onProgress: (d, t) => progress.update(d, t) });
  } finally {
    progress.stop();
    await pool.close();
    await handle.close();
  }
  summary.total += listing.missing.length;
  summary.failed.unshift(...listing.missing);
  printSummary(summary, (performance.now() - started) / 1000);
  if (summary.failed.length > 0) process.exitCode = 1;
});
