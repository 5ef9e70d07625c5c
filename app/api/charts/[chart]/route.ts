import { connection } from 'next/server';
import { chartImageResponse } from '@/lib/charts/http';

/** GET /api/charts/<chart>?format=png|svg&<the compare page's filters> */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  await connection();
  return chartImageResponse((await params).chart, new URL(request.url));
}
