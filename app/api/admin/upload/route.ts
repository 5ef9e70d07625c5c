import type { NextRequest } from 'next/server';
import { adminRequest, checkCsrf } from '@/lib/admin/guard';
import { readUploadManifest } from '@/lib/admin/manifest';
import { takeTokens } from '@/lib/admin/rate-limit';
import { clientAddress } from '@/lib/admin/request-origin';
import { done, failure } from '@/lib/admin/respond';
import { sweepStaging } from '@/lib/admin/staging';
import { stageUpload, type UploadedFile } from '@/lib/admin/upload';
import { MAX_UPLOAD_BYTES } from '@/lib/admin/upload-check';
import { getDb } from '@/lib/db/server';
import { parseSource } from '@/lib/report';

/**
 * Upload → staged batch → 303 to its preview page. Order matters: session and Origin from
 * the headers, then the rate limit and the declared size, and only then is the body read.
 */
export async function POST(request: NextRequest) {
  const guard = adminRequest(request);
  if (!guard.ok) return guard.response;
  const limited = await takeTokens(await getDb(), [['uploadPerAddress', clientAddress(request.headers)]]);
  if (!limited.ok) {
    return failure(request, 429, `上传过于频繁，请 ${limited.retryAfterSec} 秒后再试。`, {
      headers: { 'Retry-After': String(limited.retryAfterSec) },
    });
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) {
    return failure(request, 413, `一次上传不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB：请分批上传。`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return failure(request, 400, '请求不是有效的 multipart/form-data 表单。');
  }
  const refused = checkCsrf(request, guard, form);
  if (refused) return refused;

  const files: UploadedFile[] = [];
  for (const entry of form.getAll('files')) {
    if (typeof entry === 'string') continue;
    files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  // An empty file input still sends one nameless, empty part.
  const real = files.filter((f) => f.name !== '' || f.bytes.byteLength > 0);
  if (real.length === 0) return failure(request, 400, '没有收到报告文件。');

  const manifestPart = form.get('manifest');
  let manifest = null;
  if (manifestPart && typeof manifestPart !== 'string' && manifestPart.size > 0) {
    const read = readUploadManifest(manifestPart.name || 'manifest', new Uint8Array(await manifestPart.arrayBuffer()));
    if (!read.ok) return failure(request, 400, read.error);
    manifest = read;
  }

  await sweepStaging();
  const batch = await stageUpload(real, manifest, parseSource);
  return done(request, `/admin/batches/${batch.id}`, {
    batchId: batch.id,
    files: batch.files.map((f) => ({ name: f.name, sha256: f.sha256, format: f.format, parsed: f.parsed, error: f.error })),
    rejected: batch.rejected,
  });
}
