/**
 * The chart routes' logic (route handlers stay one line): validate, load, render or
 * serialise. Bad input is a 400 with a sentence saying what was wrong; never a 500.
 */
import { z } from 'zod';
import { getDb } from '../db/server';
import { parseFilters } from '../queries/params';
import { tableToCsv, tableToXlsx } from './data-files';
import { loadChart, resolveScope, type LoadedChart } from './load';
import { CHART_IDS, chartOption, chartTable, isEmpty } from './payload';
import { renderChartPng, renderChartSvg } from './render';

const IMAGE = { width: 960, height: 540 };
const imageFormat = z.enum(['png', 'svg']);
const dataFormat = z.enum(['csv', 'xlsx']);

const badRequest = (error: string) => Response.json({ error }, { status: 400 });

async function load(chart: string, url: URL): Promise<LoadedChart | Response> {
  const id = z.enum(CHART_IDS).safeParse(chart);
  if (!id.success) return badRequest(`没有名为 “${chart}” 的图表；可用：${CHART_IDS.join('、')}`);
  const params = new URLSearchParams(url.searchParams);
  params.delete('format');
  const { filters, error } = parseFilters(params);
  if (error !== undefined) return badRequest(error);
  const db = await getDb();
  const resolved = await resolveScope(db, filters);
  if ('empty' in resolved) return Response.json({ error: resolved.empty }, { status: 404 });
  const loaded = await loadChart(db, id.data, filters, resolved.scope);
  if (isEmpty(loaded.payload)) return Response.json({ error: `所选范围内没有数据：${loaded.meta.filtersText}` }, { status: 404 });
  return loaded;
}

const fileName = (c: LoadedChart, ext: string) => `${c.id}-${c.meta.date}.${ext}`;
const disposition = (name: string) => `attachment; filename="${name}"`;

export async function chartImageResponse(chart: string, url: URL): Promise<Response> {
  const format = imageFormat.safeParse(url.searchParams.get('format') ?? 'svg');
  if (!format.success) return badRequest('参数 format 应为 png 或 svg');
  const loaded = await load(chart, url);
  if (loaded instanceof Response) return loaded;
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
  const loaded = await load(chart, url);
  if (loaded instanceof Response) return loaded;
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
