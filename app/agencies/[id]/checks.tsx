/** Every consistency rule of one report: pass, fail or uncertain, with the cells it read. */
import { cellLabel } from '@/lib/report/cells';
import type { Check, Warning } from '@/lib/report/record';

const STATUS = { pass: '通过', fail: '不符', uncertain: '无法判断（有空白）' } as const;
const RULES: Record<string, string> = {
  'T3-1': '一 + 二 = （七）总计 + 四',
  'T3-2': '（七）总计 = （一）至（六）之和',
  'T3-3': '总计列 = 六类申请人之和',
  'T4-1': '行政复议：维持 + 纠正 + 其他 + 尚未审结 = 总计',
  'T4-2': '直接起诉：维持 + 纠正 + 其他 + 尚未审结 = 总计',
  'T4-3': '复议后起诉：维持 + 纠正 + 其他 + 尚未审结 = 总计',
};

export function ChecksList({ checks }: { checks: Check[] }) {
  if (checks.length === 0) return <p className="muted">没有检查记录。</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr><th>规则</th><th>范围</th><th>结果</th><th>左边</th><th>右边</th><th>涉及单元格</th></tr>
        </thead>
        <tbody>
          {checks.map((c, i) => (
            <tr key={i} data-check={c.id} data-status={c.status}>
              <th scope="row">{c.id}<br /><span className="muted small">{RULES[c.id]}</span></th>
              <td>{c.scope}</td>
              <td><span className={`status ${c.status}`}>{STATUS[c.status]}</span></td>
              <td>{c.lhs ?? ''}</td>
              <td>{c.rhs ?? ''}</td>
              <td>
                <details>
                  <summary>{c.keys.length} 个</summary>
                  <ul className="small">{c.keys.map((k) => <li key={k}>{cellLabel(k)}</li>)}</ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WarningsList({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return <p className="muted">没有提示。</p>;
  return (
    <ul>
      {warnings.map((w, i) => (
        <li key={i}><code>{w.code}</code> {w.message}{w.keys?.length ? <span className="muted small">（{w.keys.map(cellLabel).join('；')}）</span> : null}</li>
      ))}
    </ul>
  );
}
