'use client';
/**
 * The interactive chart. First paint is the server's SVG (same option builder, so nothing
 * jumps); after hydration ECharts takes over for tooltips, legend toggles and resizing.
 * `data-chart-rendered` turns "true" when ECharts reports `finished`: tests wait on it.
 */
import { useEffect, useMemo, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsType } from 'echarts/core';
import { echarts } from '@/lib/charts/echarts';
import { chartOption, type ChartPayload } from '@/lib/charts/payload';

export function ChartIsland({ payload, svg, height, label }: { payload: ChartPayload; svg: string; height: number; label: string }) {
  const [interactive, setInteractive] = useState(false);
  const [rendered, setRendered] = useState(false);
  const option = useMemo(() => chartOption(payload), [payload]);
  useEffect(() => setInteractive(true), []);
  const onReady = (chart: EChartsType) => {
    chart.on('finished', () => setRendered(true));
    // setOption draws synchronously before this callback: with no animation left, 'finished'
    // has already fired (ECharts' own condition for it), so mark the chart now.
    if (chart.getZr().animation.isFinished()) setRendered(true);
  };
  return (
    <div className="chart" role="img" aria-label={label} data-chart-rendered={rendered ? 'true' : 'false'}>
      {interactive ? (
        <ReactEChartsCore echarts={echarts} option={option} notMerge opts={{ renderer: 'svg' }} style={{ height }} onChartReady={onReady} />
      ) : (
        <div dangerouslySetInnerHTML={{ __html: svg }} />
      )}
    </div>
  );
}
