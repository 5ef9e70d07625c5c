import type { DbHandle } from '../db/client';

/**
 * Loads lib/samples/reports/* into an empty database so a fresh `npm start` has something
 * to show; returns how many reports it stored.
 * TODO(ingest): stub from the foundation branch until the ingest lands its implementation.
 */
export async function loadSamplesIfEmpty(_handle: DbHandle): Promise<number> {
  return 0;
}
