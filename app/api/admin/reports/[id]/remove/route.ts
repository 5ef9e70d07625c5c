import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { adminRequest, checkCsrf } from '@/lib/admin/guard';
import { done, failure } from '@/lib/admin/respond';
import { removeReport } from '@/lib/admin/stored-reports';
import { getDb } from '@/lib/db/server';

const idSchema = z.coerce.number().int().positive().max(2 ** 31 - 1);

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const guard = adminRequest(request);
  if (!guard.ok) return guard.response;
  const refused = checkCsrf(request, guard, await request.formData().catch(() => null));
  if (refused) return refused;
  const id = idSchema.safeParse((await params).id);
  if (!id.success) return failure(request, 400, '报告编号无效。', { back: '/admin/reports' });
  if (!(await removeReport(await getDb(), id.data))) {
    return failure(request, 404, `报告 ${id.data} 不存在或已撤下。`, { back: '/admin/reports' });
  }
  return done(request, `/admin/reports?removed=${id.data}`, { removed: id.data });
}
