/**
 * The chart routes' logic (route handlers stay one line): validate, load, render or
 * serialise. Bad input is a 400 with a sentence saying what was wrong; never a 500.
 */
import { z } from 'zod';
import { getDb } from '../db/server';
import { parseFilters } from '../queries/params';
import { tableToCsv, tableToXlsx } from './data-files';
import { chartsView, trendView } from './compare-view';
import { DEFAULT_CATEGORY, type LoadedChart } from './load';
import { CHART_IDS, chartOption, chartTable, isEmpty } from './payload';
import { renderChartPng, renderChartSvg, renderPreviewSvg } from './render';

const IMAGE = { width: 960, height: 540 };
/** png, svg: the self-describing image for briefings; json: the chart's data for the page's interactive island. */
const chartFormat = z.enum(['png', 'svg', 'json']);
const dataFormat = z.enum(['csv', 'xlsx']);
/** Every chart a route serves: the comparisons (by the filters) and the overview's trend. */
const ROUTE_CHART_IDS = [...CHART_IDS, 'trend'] as const;

const badRequest = (error: string) => Response.json({ error }, { status: 400 });

/** The chart the page shows for these filters, from the page's own cache entry (compare-view.ts). */
async function load(chart: string, url: URL): Promise<{ loaded: LoadedChart; version: number } | Response> {
  const id = z.enum(ROUTE_CHART_IDS).safeParse(chart);
  if (!id.success) return badRequest(`没有名为 “${chart}” 的图表；可用：${ROUTE_CHART_IDS.join('、')}`);
  const db = await getDb();
  if (id.data === 'trend') {
    const trend = await trendView(db);
    return 'empty' in trend ? Response.json({ error: trend.empty }, { status: 404 }) : { loaded: trend.chart, version: trend.version };
  }
  const { filters, error } = parseFilters(url.searchParams);
  if (error !== undefined) return badRequest(error);
  // The reasons chart exists only with a category drill; without one it shows the page's default category.
  const view = await chartsView(db, id.data === 'reasons' ? { ...filters, category: filters.category ?? DEFAULT_CATEGORY } : filters);
  if ('empty' in view) return Response.json({ error: view.empty }, { status: 404 });
  const loaded = view.charts.find((c) => c.id === id.data)!;
  if (isEmpty(loaded.payload)) return Response.json({ error: `所选范围内没有数据：${loaded.meta.filtersText}` }, { status: 404 });
  return { loaded, version: view.version };
}

const fileName = (c: LoadedChart, ext: string) => `${c.id}-${c.meta.date}.${ext}`;
const disposition = (name: string) => `attachment; filename="${name}"`;

/**
 * What the page fetches carries the data version it was loaded under (`v`): that URL's content
 * can never change, so the browser keeps it; any other `v` gets today's chart, uncached.
 */
const cacheControl = (url: URL, version: number) =>
  url.searchParams.get('v') === String(version) ? 'public, max-age=31536000, immutable' : 'no-cache';

export async function chartResponse(chart: string, url: URL): Promise<Response> {
  const format = chartFormat.safeParse(url.searchParams.get('format') ?? 'svg');
  if (!format.success) return badRequest('参数 format 应为 png、svg 或 json');
  const found = await load(chart, url);
  if (found instanceof Response) return found;
  const { loaded } = found;
  if (format.data === 'json') return Response.json(loaded.payload, { headers: { 'cache-control': cacheControl(url, found.version) } });
  const meta = { ...loaded.meta, ...IMAGE };
  const option = chartOption(loaded.payload);
  if (format.data === 'svg') {
    return new Response(renderChartSvg(option, meta), {
      headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'content-disposition': disposition(fileName(loaded, 'svg')) },
    });
  }
  const png = await renderChartPng(option, meta);
  return new Response(new Uint8Array(png), {
    headers: { 'content-type': 'image/png', 'content-disposition': disposition(fileName(loaded, 'png')) },
  });
}

export async function chartDataResponse(chart: string, url: URL): Promise<Response> {
  const format = dataFormat.safeParse(url.searchParams.get('format') ?? 'csv');
  if (!format.success) return badRequest('参数 format 应为 csv 或 xlsx');
  const found = await load(chart, url);
  if (found instanceof Response) return found;
  const { loaded } = found;
  const table = chartTable(loaded.payload);
  if (format.data === 'csv') {
    return new Response(tableToCsv(table), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition(fileName(loaded, 'csv')) },
    });
  }
  return new Response(new Uint8Array(await tableToXlsx(table, loaded.meta)), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': disposition(fileName(loaded, 'xlsx')),
    },
  });
}

const previewHeight = z.coerce.number().int().min(200).max(1200).default(380);

/** The chart alone as the page's first paint (`<img>` in ChartIsland), drawn by the same option builder as the interactive chart. */
export async function chartPreviewResponse(chart: string, url: URL): Promise<Response> {
  const height = previewHeight.safeParse(url.searchParams.get('h') ?? undefined);
  if (!height.success) return badRequest('参数 h（高度）应为 200 到 1200 之间的整数');
  const found = await load(chart, url);
  if (found instanceof Response) return found;
  return new Response(renderPreviewSvg(found.loaded.payload, IMAGE.width, height.data), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': cacheControl(url, found.version) },
  });
}

