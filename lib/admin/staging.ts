/**
 * Uploaded files wait here between preview and save. A batch is a directory named by a
 * random id (256 bits, unguessable) holding each file's bytes under its sha256 and a
 * `batch.json` with what was parsed. The directory is assembled under a temporary name and
 * renamed into place, and batch.json is replaced by rename, so a reader sees a whole batch
 * or none. Bytes are re-hashed when read back: what is saved is exactly what was previewed.
 * Batches expire after STAGING_TTL_MS and are swept on the next upload.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { SOURCE_FORMATS } from '../report/extract';
import { parsedReportSchema, parseHintsSchema } from '../report/record';

export const STAGING_TTL_MS = 2 * 60 * 60 * 1000;

const BATCH_ID = /^[A-Za-z0-9_-]{43}$/;
const SHA256 = /^[0-9a-f]{64}$/;

const stagedFileSchema = z.object({
  name: z.string(),
  sha256: z.string().regex(SHA256),
  size: z.number().int(),
  /** The container the parser read (null when it could not read the file). */
  format: z.enum(SOURCE_FORMATS).nullable(),
  sourceUrl: z.string().nullable(),
  /** What the manifest, then the administrator's corrections, say. */
  hints: parseHintsSchema,
  parsed: parsedReportSchema.nullable(),
  /** Why the file could not be parsed (parsed is null). */
  error: z.string().nullable(),
});
export type StagedFile = z.infer<typeof stagedFileSchema>;

const outcomeSchema = z.enum(['new', 'unchanged', 'updated', 'needs_review', 'failed']);
export type SaveOutcome = z.infer<typeof outcomeSchema>;

const batchSchema = z.object({
  id: z.string().regex(BATCH_ID),
  createdAt: z.number(),
  files: z.array(stagedFileSchema),
  /** Files refused before staging (size, type, count): name and reason. */
  rejected: z.array(z.object({ name: z.string(), reason: z.string() })),
  /** Set once saved; the bytes are gone then and the batch only reports what happened. */
  saved: z
    .object({
      at: z.number(),
      results: z.array(z.object({ name: z.string(), outcome: outcomeSchema, reason: z.string().nullable() })),
    })
    .nullable(),
});
export type Batch = z.infer<typeof batchSchema>;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function stagingRoot(): string {
  // Outside the project on purpose; the hint stops Turbopack tracing the whole tree for it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.ADMIN_STAGING_DIR || path.join(os.tmpdir(), 'gov-reports-admin-staging'));
}

export const isBatchId = (id: string) => BATCH_ID.test(id);

function batchDir(root: string, id: string): string {
  if (!isBatchId(id)) throw new Error('not a batch id');
  return path.join(root, id);
}

export interface NewStagedFile extends Omit<StagedFile, 'sha256' | 'size'> {
  bytes: Uint8Array;
}

/** Writes a batch's files and manifest, then makes it visible in one rename. */
export async function createBatch(
  files: readonly NewStagedFile[],
  rejected: Batch['rejected'],
  root = stagingRoot(),
  now = Date.now(),
): Promise<Batch> {
  await mkdir(root, { recursive: true, mode: 0o700 });
  const id = randomBytes(32).toString('base64url');
  const tmp = path.join(root, `.tmp-${id}`);
  await mkdir(tmp, { mode: 0o700 });
  try {
    const staged: StagedFile[] = [];
    for (const { bytes, ...f } of files) {
      const sha256 = sha256Hex(bytes);
      await writeFile(path.join(tmp, sha256), bytes, { flag: 'w', mode: 0o600 });
      staged.push({ ...f, sha256, size: bytes.byteLength });
    }
    const batch: Batch = { id, createdAt: now, files: staged, rejected, saved: null };
    await writeFile(path.join(tmp, 'batch.json'), JSON.stringify(batch), { mode: 0o600 });
    await rename(tmp, batchDir(root, id));
    return batch;
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** The batch, or null when the id is unknown, malformed or expired. */
export async function readBatch(id: string, root = stagingRoot(), now = Date.now()): Promise<Batch | null> {
  if (!isBatchId(id)) return null;
  let text: string;
  try {
    text = await readFile(path.join(batchDir(root, id), 'batch.json'), 'utf8');
  } catch {
    return null;
  }
  const batch = batchSchema.parse(JSON.parse(text));
  return now - batch.createdAt < STAGING_TTL_MS ? batch : null;
}

/** Bytes of a staged file, checked against the hash they were staged under. */
export async function readStagedBytes(id: string, sha256: string, root = stagingRoot()): Promise<Uint8Array> {
  if (!SHA256.test(sha256)) throw new Error('not a sha256');
  const bytes = new Uint8Array(await readFile(path.join(batchDir(root, id), sha256)));
  if (sha256Hex(bytes) !== sha256) throw new Error(`staged file ${sha256} was altered on disk`);
  return bytes;
}

/** Replaces batch.json by rename (atomic); with `dropBytes`, the staged files are deleted after. */
export async function writeBatch(batch: Batch, { dropBytes = false } = {}, root = stagingRoot()): Promise<void> {
  const dir = batchDir(root, batch.id);
  const tmp = path.join(dir, `.batch-${randomBytes(6).toString('hex')}.json`);
  await writeFile(tmp, JSON.stringify(batchSchema.parse(batch)), { mode: 0o600 });
  await rename(tmp, path.join(dir, 'batch.json'));
  if (dropBytes) {
    for (const f of batch.files) await rm(path.join(dir, f.sha256), { force: true });
  }
}

/** Deletes expired batches and leftovers of interrupted uploads. */
export async function sweepStaging(root = stagingRoot(), now = Date.now()): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    const dir = path.join(root, name);
    const { mtimeMs } = await stat(dir).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs >= STAGING_TTL_MS) {
      await rm(dir, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
