import type { NextRequest } from 'next/server';
import { readCorrections, intentSchema } from '@/lib/admin/corrections';
import { adminRequest, checkCsrf } from '@/lib/admin/guard';
import { done, failure } from '@/lib/admin/respond';
import { repreviewBatch, saveBatch } from '@/lib/admin/save';
import { readBatch } from '@/lib/admin/staging';
import { getDb } from '@/lib/db/server';
import { parseSource } from '@/lib/report';

/** The preview form: `intent=preview` re-parses with the corrections, `intent=save` stores. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = adminRequest(request);
  if (!guard.ok) return guard.response;
  const form = await request.formData().catch(() => null);
  const refused = checkCsrf(request, guard, form);
  if (refused) return refused;
  if (!form) return failure(request, 400, '请求不是有效的表单。');

  const { id } = await params;
  const batch = await readBatch(id);
  if (!batch) return failure(request, 404, '找不到这批上传（可能已过期，保留 2 小时）：请重新上传。');
  const back = { back: `/admin/batches/${batch.id}` };
  if (batch.saved) return failure(request, 409, '这批文件已经保存过了。', back);
  const intent = intentSchema.safeParse(form.get('intent'));
  if (!intent.success) return failure(request, 400, 'intent 必须是 preview 或 save。', back);
  const corrections = readCorrections(form!, batch.files.map((f) => f.name));
  if (!corrections.ok) return failure(request, 400, corrections.error, back);

  const next =
    intent.data === 'save'
      ? await saveBatch(await getDb(), batch, corrections.hints, parseSource)
      : await repreviewBatch(batch, corrections.hints, parseSource);
  return done(request, `/admin/batches/${batch.id}`, { batchId: next.id, files: next.files.map((f) => ({ name: f.name, hints: f.hints, error: f.error })), saved: next.saved });
}
