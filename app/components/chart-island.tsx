'use client';
/**
 * The interactive chart and its data table. First paint is the server's SVG as an image (same
 * option builder, so nothing jumps); the island then fetches the chart's data and ECharts
 * takes over for tooltips, legend toggles and resizing. `data-chart-rendered` turns "true"
 * when ECharts reports `finished`: tests wait on it.
 */
import { useEffect, useMemo, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsType } from 'echarts/core';
import { echarts } from '@/lib/charts/echarts';
import { chartOption, chartTable, type ChartPayload } from '@/lib/charts/payload';
import { DataTableView } from './data-table';

interface Props {
  chart: ChartPayload['chart'];
  /** The chart's data (`format=json`), immutable for its data version. */
  dataUrl: string;
  /** The server's drawing of the same chart. */
  previewUrl: string;
  height: number;
  label: string;
}

type Loaded = { payload: ChartPayload } | { error: string } | undefined;

/** Our own route's answer, checked for the one thing a stale or wrong response would get wrong. */
async function fetchPayload(url: string, chart: string, signal: AbortSignal): Promise<ChartPayload> {
  const res = await fetch(url, { signal });
  const body: unknown = await res.json();
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `HTTP ${res.status}`);
  if ((body as ChartPayload).chart !== chart) throw new Error('图表数据与图表不符');
  return body as ChartPayload;
}

export function ChartIsland({ chart, dataUrl, previewUrl, height, label }: Props) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    const abort = new AbortController();
    setLoaded(undefined);
    setRendered(false);
    fetchPayload(dataUrl, chart, abort.signal).then(
      (payload) => setLoaded({ payload }),
      (e: Error) => abort.signal.aborted || setLoaded({ error: e.message }),
    );
    return () => abort.abort();
  }, [dataUrl, chart]);
  const payload = loaded && 'payload' in loaded ? loaded.payload : undefined;
  const option = useMemo(() => payload && chartOption(payload), [payload]);
  const table = useMemo(() => payload && chartTable(payload), [payload]);
  const onReady = (instance: EChartsType) => {
    instance.on('finished', () => setRendered(true));
    // setOption draws synchronously before this callback: with no animation left, 'finished'
    // has already fired (ECharts' own condition for it), so mark the chart now.
    if (instance.getZr().animation.isFinished()) setRendered(true);
  };
  return (
    <>
      <div className="chart" role="img" aria-label={label} data-chart-rendered={rendered ? 'true' : 'false'}>
        {option ? (
          <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ renderer: 'svg' }} style={{ height }} onChartReady={onReady} />
        ) : (
          <img src={previewUrl} alt="" width={960} height={height} />
        )}
      </div>
      <details>
        <summary>数据表</summary>
        {table ? (
          <DataTableView table={table} caption={label} />
        ) : loaded && 'error' in loaded ? (
          <p className="notice error" role="alert">数据表未能载入：{loaded.error}。可使用下方的 CSV 下载。</p>
        ) : (
          <p className="muted small">数据表载入中…</p>
        )}
      </details>
    </>
  );
}
