/**
 * /quality: what a reader should treat with care. Reports failing a consistency rule stay in
 * the comparisons (the numbers are what was printed); reports needing review stay out.
 */
import Link from 'next/link';
import { connection } from 'next/server';
import { getDb } from '@/lib/db/server';
import { LIST_LIMIT, qualityLists } from '@/lib/queries/quality';
import { REQUEST_COLUMNS } from '@/lib/report/cells';
import { Empty } from '../components/notice';

export const metadata = { title: '数据质量 · 政府信息公开年度报告' };
const COLUMN = Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.key, c.label]));

/** A list's size as shown in its heading: past the limit, only the first LIST_LIMIT are listed. */
const count = (list: readonly unknown[]) => (list.length > LIST_LIMIT ? `${LIST_LIMIT} 项以上，列出前 ${LIST_LIMIT} 项` : String(list.length));

const shown = <T,>(list: T[]) => list.slice(0, LIST_LIMIT);

export default async function QualityPage() {
  await connection();
  const db = await getDb();
  const [failing, review, carry] = await qualityLists(db);
  return (
    <main>
      <h1>数据质量</h1>
      <section className="card" data-list="failing">
        <h2>勾稽关系不符的报告（{count(failing)}）</h2>
        <p className="small muted">报告印制的数字之间不一致。这些报告仍参与比较：我们展示的是报告印制的数字。</p>
        {failing.length === 0 ? <Empty>没有不符的现行报告。</Empty> : (
          <div className="table-wrap"><table>
            <thead><tr><th>机关</th><th>年度</th><th>不符项数</th><th>规则</th></tr></thead>
            <tbody>{shown(failing).map((r) => (
              <tr key={r.id}><th scope="row">{r.agencyId ? <Link href={`/agencies/${r.agencyId}`}>{r.agency}</Link> : '未知'}</th><td>{r.year}</td><td>{r.failed}</td><td>{r.rules.join('、')}</td></tr>
            ))}</tbody>
          </table></div>
        )}
      </section>
      <section className="card" data-list="review">
        <h2>待核实的报告（{count(review)}）</h2>
        <p className="small muted">机关或年度无法从报告中确定（例如只写“我镇”），在补充之前不参与比较。</p>
        {review.length === 0 ? <Empty>没有待核实的报告。</Empty> : (
          <div className="table-wrap"><table>
            <thead><tr><th>文件</th><th>识别到的机关</th><th>年度</th><th>提示</th></tr></thead>
            <tbody>{shown(review).map((r) => (
              <tr key={r.id}><th scope="row">{r.fileName}</th><td>{r.agencySeen ?? '未知'}</td><td>{r.year ?? '未知'}</td><td className="small">{r.warnings.map((w) => w.message).join('；')}</td></tr>
            ))}</tbody>
          </table></div>
        )}
      </section>
      <section className="card" data-list="carry-over">
        <h2>结转数不衔接（X-1，{count(carry)}）</h2>
        <p className="small muted">本年“上年结转”应等于同一机关上年“结转下年度继续办理”。机构调整时可能合理不同，仅作提示。</p>
        {carry.length === 0 ? <Empty>没有发现不衔接的结转数（只比较两年都有现行报告且两格都填写的机关）。</Empty> : (
          <div className="table-wrap"><table>
            <thead><tr><th>机关</th><th>年度</th><th>列</th><th>本年上年结转</th><th>上年结转下年度</th></tr></thead>
            <tbody>{shown(carry).map((m, i) => (
              <tr key={i}><th scope="row"><Link href={`/agencies/${m.agencyId}`}>{m.agency}</Link></th><td>{m.year}</td><td>{COLUMN[m.column]}</td><td>{m.carriedOver}</td><td>{m.previousCarriedForward}</td></tr>
            ))}</tbody>
          </table></div>
        )}
      </section>
    </main>
  );
}
