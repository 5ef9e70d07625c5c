/**
 * Writes a synthetic corpus to a folder: the report files (sharded, a thousand a folder, so
 * no directory gets unwieldy) and `manifest.json`, the rows `npm run ingest -- --manifest` reads.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestRow } from '../ingest/manifest';
import { synthCorpus, type SynthOptions } from './corpus';

export interface SynthSummary {
  files: number;
  broken: number;
  byLayout: Record<string, number>;
  manifest: string;
}

export async function writeSynthCorpus(
  outDir: string,
  options: SynthOptions,
  onFile?: (done: number) => void,
): Promise<SynthSummary> {
  const rows: ManifestRow[] = [];
  const byLayout: Record<string, number> = {};
  let broken = 0;
  for await (const report of synthCorpus(options)) {
    const shard = String(Math.floor(rows.length / 1000)).padStart(3, '0');
    const file = path.join(shard, `${String(rows.length).padStart(6, '0')}_${report.rendered.fileName}`);
    await mkdir(path.join(outDir, shard), { recursive: true });
    await writeFile(path.join(outDir, file), report.rendered.bytes);
    rows.push({ file, agency: report.agency, regionCode: report.regionCode, year: report.year });
    byLayout[report.layout] = (byLayout[report.layout] ?? 0) + 1;
    if (report.broken) broken++;
    onFile?.(rows.length);
  }
  const manifest = path.join(outDir, 'manifest.json');
  await writeFile(manifest, JSON.stringify(rows, null, 1));
  return { files: rows.length, broken, byLayout, manifest };
}
