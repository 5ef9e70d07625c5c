/** A chart's data as an accessible table; a gap is shown as a hatched blank, never 0. */
import type { DataTable } from '@/lib/charts/types';
import { formatNumber } from '@/lib/format';

function show(v: string | number | null, kind: DataTable['kinds'][number]): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  return kind === 'ratio' ? `${(v * 100).toFixed(1)}%` : formatNumber(v);
}

export function DataTableView({ table, caption }: { table: DataTable; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted small">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((v, j) =>
                j === 0 ? (
                  <th key={j} scope="row">{show(v, table.kinds[j])}</th>
                ) : (
                  <td key={j} className={v === null ? 'blank' : undefined} title={v === null ? '空白：未填写或无报告' : undefined}>
                    {show(v, table.kinds[j])}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Notes({ notes }: { notes: readonly string[] }) {
  return (
    <ul className="notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
