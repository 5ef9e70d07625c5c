import { connection } from 'next/server';
import { chartResponse } from '@/lib/charts/http';

/** GET /api/charts/<chart>?format=png|svg|json&<the compare page's filters> */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  await connection();
  return chartResponse((await params).chart, new URL(request.url));
}
