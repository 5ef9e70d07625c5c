/** The report files under the paths given on the command line: files as given, folders walked recursively. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FileListing {
  files: string[];
  /** Paths that do not exist or cannot be read, with the reason. */
  missing: { path: string; error: string }[];
}

/** Sorted, so two runs over the same folder see the files in the same order. */
export async function listFiles(paths: readonly string[], exclude: ReadonlySet<string> = new Set()): Promise<FileListing> {
  const files = new Set<string>();
  const missing: FileListing['missing'] = [];
  async function walk(p: string): Promise<void> {
    const full = path.resolve(p);
    if (exclude.has(full)) return;
    let info;
    try {
      info = await stat(full);
    } catch (e) {
      missing.push({ path: p, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (info.isFile()) {
      files.add(full);
      return;
    }
    if (!info.isDirectory()) return;
    for (const entry of await readdir(full)) {
      // Hidden files (.DS_Store, editor swap files) are never reports.
      if (!entry.startsWith('.')) await walk(path.join(full, entry));
    }
  }
  for (const p of paths) await walk(p);
  return { files: [...files].sort(), missing };
}
