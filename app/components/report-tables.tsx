/**
 * A report's tables as the office printed them, laid out from the registry: a printed blank
 * is shown blank (its raw text, e.g. “/”, on hover), never as 0; a cell the parser could not
 * read (absent from `cells`) shows ？, never blank. Category subtotals are not printed on the
 * form, so they appear only in their own marked table of derived figures. Used by the agency
 * page and by the administrator's preview before saving.
 */
import {
  APPEAL_GROUPS,
  APPEAL_ITEMS,
  OUTCOME_CATEGORIES,
  PROACTIVE_2019,
  PROACTIVE_2021,
  REQUEST_COLUMNS,
  appealKey,
  requestKey,
  requestRows,
  type Template,
} from '@/lib/report/cells';
import { categorySubtotals, DEFINITIONS } from '@/lib/report/derived';
import { formatNumber } from '@/lib/format';

interface Props {
  template: Template;
  otherDisposalOneRow: boolean;
  /** The printed cells; a key the template prints but the parser could not read is left out. */
  cells: Record<string, number | null>;
  raw: Record<string, string>;
}

function Cell({ k, cells, raw }: { k: string; cells: Props['cells']; raw: Props['raw'] }) {
  if (!(k in cells)) return <td className="unread" title="未能读出（原文无法拆分或缺失）" data-key={k}>？</td>;
  const v = cells[k];
  const text = raw[k];
  if (v === null) return <td className="blank" title={text ? `印制为“${text}”` : '空白'} data-key={k}>{''}</td>;
  return <td data-key={k} title={text ? `印制为“${text}”` : undefined}>{formatNumber(v)}</td>;
}

export function ReportTables({ template, otherDisposalOneRow, cells, raw }: Props) {
  const proactive = template === '2021' ? PROACTIVE_2021 : PROACTIVE_2019;
  const subtotals = Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.key, categorySubtotals(cells, c.key, otherDisposalOneRow)]));
  return (
    <>
      <h3>二、主动公开政府信息情况</h3>
      {proactive.map((t) => (
        <div className="table-wrap" key={t.block}>
          <table>
            <caption className="muted small">{t.block}</caption>
            <thead>
              <tr><th>信息内容</th>{t.columns.map((c) => <th key={c.key}>{c.label}</th>)}</tr>
            </thead>
            <tbody>
              {t.items.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{item.label}</th>
                  {t.columns.map((c) => <Cell key={c.key} k={`proactive.${item.key}.${c.key}`} cells={cells} raw={raw} />)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <h3>三、收到和处理政府信息公开申请情况</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th>项目</th>{REQUEST_COLUMNS.map((c) => <th key={c.key}>{c.label}</th>)}</tr>
          </thead>
          <tbody>
            {requestRows(otherDisposalOneRow).map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {REQUEST_COLUMNS.map((c) => <Cell key={c.key} k={requestKey(r.key, c.key)} cells={cells} raw={raw} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>办理结果类别小计（本站计算，非报告印制）</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr><th>类别</th>{REQUEST_COLUMNS.map((c) => <th key={c.key}>{c.label}</th>)}</tr>
            </thead>
            <tbody>
              {OUTCOME_CATEGORIES.map((cat) => (
                <tr key={cat.key}>
                  <th scope="row">{cat.label}（小计）</th>
                  {REQUEST_COLUMNS.map((c) => {
                    const v = subtotals[c.key][cat.key];
                    return <td key={c.key} className={v === null ? 'blank' : undefined}>{v === null ? '' : formatNumber(v)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="notes">{DEFINITIONS.categorySubtotal}{DEFINITIONS.otherDisposal}</p>
      </details>
      <h3>四、政府信息公开行政复议、行政诉讼情况</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th>类型</th>{APPEAL_ITEMS.map((i) => <th key={i.key}>{i.label}</th>)}</tr>
          </thead>
          <tbody>
            {APPEAL_GROUPS.map((g) => (
              <tr key={g.key}>
                <th scope="row">{g.label}</th>
                {APPEAL_ITEMS.map((i) => <Cell key={i.key} k={appealKey(g.key, i.key)} cells={cells} raw={raw} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
