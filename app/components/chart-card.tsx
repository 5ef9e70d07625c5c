/**
 * One chart on a page: title and filters, the server-drawn image that becomes interactive,
 * the data as a table, the definitions, and downloads (PNG 2×, SVG, CSV, XLSX) of exactly it.
 *
 * The page itself carries no chart data: the first paint is an image and the island fetches
 * the data, both from URLs fixed by the data version, drawn or loaded once per version and
 * kept by the browser. Inline, every chart's SVG, data and table went out twice (HTML and
 * React's payload): most of the page's weight and of its render time under load.
 */
import type { LoadedChart } from '@/lib/charts/load';
import { chartTable, isEmpty } from '@/lib/charts/payload';
import { ChartIsland } from './chart-island';
import { Notes } from './data-table';

interface Props {
  chart: LoadedChart;
  /** The filters as a query string (`filtersToQuery`), for the image, data and download routes. */
  query: string;
  /** The data version the chart was loaded under: it makes the image and data URLs immutable. */
  version: number;
  height?: number;
  children?: React.ReactNode;
}

export function ChartCard({ chart, query, version, height = 380, children }: Props) {
  const { id, payload, meta } = chart;
  const base = `/api/charts/${id}`;
  const q = query ? `&${query}` : '';
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-chart={id}>
      <h2 id={`${id}-title`}>{meta.title}</h2>
      <p className="muted small">{meta.filtersText}</p>
      {children}
      {isEmpty(payload) ? (
        <p className="notice" data-empty="true">所选范围内没有报告提供这项数据。可放宽年份或地区，或改选其他层级（没有下级行政区的机关不出现在更低层级）。</p>
      ) : (
        <>
          <ChartIsland
            chart={id}
            dataUrl={`${base}?format=json&v=${version}${q}`}
            previewUrl={`${base}/preview?h=${height}&v=${version}${q}`}
            height={height}
            label={`${meta.title}：${meta.filtersText}`}
          />
          <Notes notes={chartTable(payload).notes} />
          <div className="chart-actions" aria-label="下载">
            <a href={`${base}?format=png${q}`} download>下载 PNG（2×）</a>
            <a href={`${base}?format=svg${q}`} download>下载 SVG</a>
            <a href={`${base}/data?format=csv${q}`} download>数据 CSV</a>
            <a href={`${base}/data?format=xlsx${q}`} download>数据 XLSX</a>
          </div>
        </>
      )}
    </section>
  );
}
