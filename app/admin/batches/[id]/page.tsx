import Link from 'next/link';
import { notFound } from 'next/navigation';
import { adminPage } from '@/lib/admin/guard';
import { readBatch, type Batch } from '@/lib/admin/staging';
import { AdminDisabled } from '../../_components/disabled';
import { AdminNav } from '../../_components/nav';
import { ReportPreview } from '../../_components/report-preview';

export const metadata = { title: '管理：预览与保存' };

const OUTCOME_LABEL = { new: '新增', unchanged: '未变', updated: '更新（旧版本保留为历史）', needs_review: '待审核（机关或年度未知）', failed: '失败' } as const;

function Summary({ batch }: { batch: Batch }) {
  const results = batch.saved!.results;
  const count = (o: keyof typeof OUTCOME_LABEL) => results.filter((r) => r.outcome === o).length;
  return (
    <section aria-label="导入结果">
      <h2>已保存</h2>
      <p data-testid="ingest-summary">
        新增 {count('new')} · 未变 {count('unchanged')} · 更新 {count('updated')} · 待审核 {count('needs_review')} · 失败 {count('failed') + batch.rejected.length}
      </p>
      <ul>
        {results.map((r, i) => (
          <li key={i} data-outcome={r.outcome}>
            {r.name}：{OUTCOME_LABEL[r.outcome]}
            {r.reason ? `（${r.reason}）` : ''}
          </li>
        ))}
        {batch.rejected.map((r, i) => (
          <li key={`x${i}`} data-outcome="failed">
            {r.name}：失败（{r.reason}）
          </li>
        ))}
      </ul>
      <p>
        <Link href="/">查看公开页面</Link> · <Link href="/admin">继续上传</Link>
      </p>
    </section>
  );
}

function Preview({ batch, csrf }: { batch: Batch; csrf: string }) {
  return (
    <form method="post" action={`/api/admin/batches/${batch.id}`}>
      <input type="hidden" name="csrf" value={csrf} />
      {batch.rejected.length > 0 && (
        <section aria-label="未接受的文件">
          <h2>未接受的文件</h2>
          <ul>
            {batch.rejected.map((r, i) => <li key={i} data-outcome="failed">{r.name}：{r.reason}</li>)}
          </ul>
        </section>
      )}
      {batch.files.map((f, i) => (
        <section key={i} data-file={f.name} style={{ borderTop: '2px solid #888', marginTop: '1.5em' }}>
          <h2>{f.name}</h2>
          <p>
            {f.format ?? '格式未识别'} · {(f.size / 1024).toFixed(1)} KB · sha256 {f.sha256.slice(0, 12)}…
          </p>
          {f.parsed ? <ReportPreview record={f.parsed} /> : <p role="alert">无法解析：{f.error}</p>}
          <fieldset>
            <legend>更正（留空则采用解析结果）</legend>
            <label>
              报告机关 <input name={`agency_${i}`} defaultValue={f.hints.agency ?? ''} placeholder={f.parsed?.agency?.name ?? ''} maxLength={200} />
            </label>{' '}
            <label>
              地区代码 <input name={`regionCode_${i}`} defaultValue={f.hints.regionCode ?? ''} placeholder={f.parsed?.agency?.regionCode ?? '6 位行政区划代码'} pattern="\d{6}" size={8} />
            </label>{' '}
            <label>
              年度 <input name={`year_${i}`} type="number" min={2000} max={2100} defaultValue={f.hints.year ?? ''} placeholder={String(f.parsed?.year ?? '')} />
            </label>
          </fieldset>
        </section>
      ))}
      <p style={{ marginTop: '1.5em' }}>
        <button type="submit" name="intent" value="preview">按更正重新解析</button>{' '}
        <button type="submit" name="intent" value="save">保存</button>
      </p>
    </form>
  );
}

export default async function BatchPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await adminPage();
  if ('disabled' in ctx) return <AdminDisabled reason={ctx.disabled} />;
  const batch = await readBatch((await params).id);
  if (!batch) notFound();
  return (
    <main>
      <AdminNav csrf={ctx.csrf} />
      <h1>{batch.saved ? '导入结果' : '预览：保存前核对'}</h1>
      {batch.saved ? <Summary batch={batch} /> : <Preview batch={batch} csrf={ctx.csrf} />}
    </main>
  );
}
