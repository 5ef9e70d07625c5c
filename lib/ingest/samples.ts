/**
 * First start: an empty database gets the divisions and the five sample reports, so the app
 * has something to show. Parsed in this process (five files; no worker pool inside Next).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { DbHandle } from '../db/client';
import { readAndParse } from './read-and-parse';
import { loadRegionsIfEmpty } from './regions';
import { ingestFiles } from './run';
import { countReports } from './store';

// Run from the project root (npm start, the server), like the migrations folder.
export const SAMPLES_DIR = path.join(process.cwd(), 'lib', 'samples', 'reports');

/** Returns how many sample reports were stored (0 when the database already had reports). */
export async function loadSamplesIfEmpty(handle: DbHandle): Promise<number> {
  await loadRegionsIfEmpty(handle.db);
  if ((await countReports(handle.db)) > 0) return 0;
  const files = (await readdir(SAMPLES_DIR)).filter((f) => !f.startsWith('.')).sort().map((f) => path.join(SAMPLES_DIR, f));
  const summary = await ingestFiles(handle.db, files, { parse: readAndParse, close: async () => {} });
  for (const f of summary.failed) console.warn(`sample ${path.basename(f.path)} not loaded: ${f.error}`);
  return summary.new + summary.updated + summary.needsReview;
}
