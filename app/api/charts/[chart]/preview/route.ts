import { connection } from 'next/server';
import { chartPreviewResponse } from '@/lib/charts/http';

/** GET /api/charts/<chart>/preview?<the compare page's filters>&h=<height>&v=<data version> */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  await connection();
  return chartPreviewResponse((await params).chart, new URL(request.url));
}
