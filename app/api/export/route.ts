import { connection } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/lib/db/server';
import { CONTENT_TYPES, EXPORT_FORMATS, exportStream } from '@/lib/export/formats';
import { exportFilterSchema } from '@/lib/export/query';

const paramsSchema = exportFilterSchema.extend({ format: z.enum(EXPORT_FORMATS, { error: 'format 应为 jsonl 或 csv' }) });

/** GET /api/export?format=jsonl|csv[&year=&region=&agency=]: every current report, streamed. */
export async function GET(request: Request) {
  await connection();
  const parsed = paramsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return Response.json({ error: `参数 ${issue.path.join('.')} 有误：${issue.message}` }, { status: 400 });
  }
  const { format, ...filter } = parsed.data;
  return new Response(exportStream(await getDb(), format, filter), {
    headers: { 'content-type': CONTENT_TYPES[format], 'content-disposition': `attachment; filename="reports.${format}"` },
  });
}
