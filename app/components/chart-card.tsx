/**
 * One chart on a page: title and filters, the server-rendered SVG that becomes interactive,
 * the data as a table, the definitions, and downloads (PNG 2×, SVG, CSV, XLSX) of exactly it.
 */
import { chartTable, isEmpty, type ChartPayload } from '@/lib/charts/payload';
import { renderInlineSvg } from '@/lib/charts/render';
import { ChartIsland } from './chart-island';
import { DataTableView, Notes } from './data-table';

interface Props {
  id: string;
  payload: ChartPayload;
  title: string;
  filtersText: string;
  /** `/api/charts/<id>` query string; absent: no downloads (the overview trend). */
  downloadQuery?: string;
  height?: number;
  children?: React.ReactNode;
}

export function ChartCard({ id, payload, title, filtersText, downloadQuery, height = 380, children }: Props) {
  const table = chartTable(payload);
  const empty = isEmpty(payload);
  const base = `/api/charts/${id}`;
  const q = downloadQuery ? `&${downloadQuery}` : '';
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-chart={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted small">{filtersText}</p>
      {children}
      {empty ? (
        <p className="notice" data-empty="true">所选范围内没有报告提供这项数据。可放宽年份或地区，或改选其他层级（没有下级行政区的机关不出现在更低层级）。</p>
      ) : (
        <>
          <ChartIsland payload={payload} svg={renderInlineSvg(payload, 960, height)} height={height} label={`${title}：${filtersText}`} />
          <details>
            <summary>数据表</summary>
            <DataTableView table={table} caption={`${title}（${filtersText}）`} />
          </details>
          <Notes notes={table.notes} />
          {downloadQuery !== undefined && (
            <div className="chart-actions" aria-label="下载">
              <a href={`${base}?format=png${q}`} download>下载 PNG（2×）</a>
              <a href={`${base}?format=svg${q}`} download>下载 SVG</a>
              <a href={`${base}/data?format=csv${q}`} download>数据 CSV</a>
              <a href={`${base}/data?format=xlsx${q}`} download>数据 XLSX</a>
            </div>
          )}
        </>
      )}
    </section>
  );
}
