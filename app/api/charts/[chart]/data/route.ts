import { connection } from 'next/server';
import { chartDataResponse } from '@/lib/charts/http';

/** GET /api/charts/<chart>/data?format=csv|xlsx&<the compare page's filters> */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  await connection();
  return chartDataResponse((await params).chart, new URL(request.url));
}
