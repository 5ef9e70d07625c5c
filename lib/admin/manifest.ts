/**
 * The optional manifest sent with an upload, read by the ingest's manifest parser (same
 * columns, same validation, same messages as the CLI) and keyed by file name instead of
 * path: in a browser upload the name is all there is. CSV or JSON, decided by content.
 * Only http(s) source URLs are accepted here: they end up as links in the pages.
 */
import path from 'node:path';
import { ManifestError, parseManifest, type ManifestEntry } from '../ingest/manifest';

export type UploadManifest = { ok: true; byName: Map<string, ManifestEntry> } | { ok: false; error: string };

export function readUploadManifest(name: string, bytes: Uint8Array): UploadManifest {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const format = /^\s*[[{]/.test(text) ? 'json' : 'csv';
  try {
    // Resolved against the root, each key is `/<file as written>`; its base name is what the browser sends.
    const manifest = parseManifest(text, format, path.sep);
    const byName = new Map<string, ManifestEntry>();
    for (const [file, entry] of manifest) {
      const base = path.basename(file);
      if (byName.has(base)) return { ok: false, error: `manifest ${name}: two rows name a file called ${base}` };
      if (entry.sourceUrl !== null && !/^https?:\/\//i.test(entry.sourceUrl)) {
        return { ok: false, error: `manifest ${name}: ${base}: sourceUrl must be an http(s) URL` };
      }
      byName.set(base, entry);
    }
    return { ok: true, byName };
  } catch (e) {
    if (e instanceof ManifestError) return { ok: false, error: `manifest ${name}: ${e.message}` };
    throw e;
  }
}
