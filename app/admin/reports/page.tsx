import { z } from 'zod';
import { adminPage } from '@/lib/admin/guard';
import { listStoredReports } from '@/lib/admin/stored-reports';
import { getDb } from '@/lib/db/server';
import { PARSER_VERSION } from '@/lib/report/version';
import { AdminDisabled } from '../_components/disabled';
import { AdminNav } from '../_components/nav';

export const metadata = { title: '管理：已存报告' };

const STATUS_LABEL = { current: '现行', superseded: '已被替代', needs_review: '待审核', removed: '已撤下' } as const;
const PAGE = 200;

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  removed: z.coerce.number().int().positive().optional().catch(undefined),
  reparsed: z.coerce.number().int().min(0).optional().catch(undefined),
  changed: z.coerce.number().int().min(0).optional().catch(undefined),
  unchanged: z.coerce.number().int().min(0).optional().catch(undefined),
  failed: z.coerce.number().int().min(0).optional().catch(undefined),
});

export default async function StoredReports({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await adminPage();
  if ('disabled' in ctx) return <AdminDisabled reason={ctx.disabled} />;
  const q = querySchema.parse(await searchParams);
  const rows = await listStoredReports(await getDb(), PAGE, (q.page - 1) * PAGE);
  return (
    <main>
      <AdminNav csrf={ctx.csrf} />
      <h1>已存报告</h1>
      {q.removed !== undefined && <p role="status">已撤下报告 {q.removed}（保留在历史中，不再参与比较）。</p>}
      {q.reparsed !== undefined && (
        <p role="status">
          重新解析 {q.reparsed} 份：结果有变 {q.changed ?? 0}（已写入新版本），未变 {q.unchanged ?? 0}，失败 {q.failed ?? 0}。
        </p>
      )}
      <form method="post" action="/api/admin/reparse">
        <input type="hidden" name="csrf" value={ctx.csrf} />
        <p>
          解析器版本 {PARSER_VERSION}。升级解析器后，可用原始文件重新解析所有现行和待审核的报告：只有结果改变的报告才会写入新版本。{' '}
          <button type="submit">重新解析全部</button>
        </p>
      </form>
      <table>
        <thead>
          <tr><th>编号</th><th>文件</th><th>报告机关</th><th>年度</th><th>状态</th><th>解析器</th><th>规则不符</th><th></th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-report-id={r.id}>
              <td>{r.id}</td>
              <td>{r.fileName}</td>
              <td>{r.agency ?? '（未知）'}</td>
              <td>{r.year ?? '（未知）'}</td>
              <td>{STATUS_LABEL[r.status]}</td>
              <td>{r.parserVersion}</td>
              <td>{r.failedChecks}</td>
              <td>
                {r.status !== 'removed' && (
                  <form method="post" action={`/api/admin/reports/${r.id}/remove`}>
                    <input type="hidden" name="csrf" value={ctx.csrf} />
                    <button type="submit">撤下</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === PAGE && <p><a href={`/admin/reports?page=${q.page + 1}`}>下一页</a></p>}
    </main>
  );
}
