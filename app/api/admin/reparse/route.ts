import type { NextRequest } from 'next/server';
import { adminRequest, checkCsrf } from '@/lib/admin/guard';
import { done } from '@/lib/admin/respond';
import { reparseStored } from '@/lib/admin/stored-reports';
import { getDb } from '@/lib/db/server';
import { parseSource } from '@/lib/report';

/** Re-parses every live stored report; new versions only where the record changed. */
export async function POST(request: NextRequest) {
  const guard = adminRequest(request);
  if (!guard.ok) return guard.response;
  const refused = checkCsrf(request, guard, await request.formData().catch(() => null));
  if (refused) return refused;
  const summary = await reparseStored(await getDb(), parseSource);
  const q = new URLSearchParams({
    reparsed: String(summary.checked),
    changed: String(summary.changed),
    unchanged: String(summary.unchanged),
    failed: String(summary.failed.length),
  });
  return done(request, `/admin/reports?${q}`, summary);
}
