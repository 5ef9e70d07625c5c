/** /agencies/[id]: one body over all its years, every version, as reported. */
import Link from 'next/link';
import { connection } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/lib/db/server';
import { agencyDetail, type ReportVersion } from '@/lib/queries/agency';
import { BadParams, Empty } from '../../components/notice';
import { ChecksList, WarningsList } from './checks';
import { ReportTables } from '../../components/report-tables';

const STATUS: Record<ReportVersion['status'], string> = { current: '现行', superseded: '已被更正版本取代', needs_review: '待核实', removed: '已撤下' };
const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

function Version({ v }: { v: ReportVersion }) {
  return (
    <>
      <p className="small muted">
        模板：{v.template === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号'}
        {v.otherDisposalOneRow && v.template === '2021' ? '（（六）其他处理印为一行）' : ''} · 文件：{v.fileName}
        {v.sourceUrl && <> · <a href={v.sourceUrl} rel="noreferrer">来源</a></>} · 解析器 {v.parserVersion} · 入库 {v.ingestedAt.toISOString().slice(0, 10)}
      </p>
      <ReportTables template={v.template} otherDisposalOneRow={v.otherDisposalOneRow} cells={v.cells} raw={v.raw} />
      <h3>勾稽关系检查（不符 {v.failedChecks} 项，无法判断 {v.uncertainChecks} 项）</h3>
      <ChecksList checks={v.checks} />
      <h3>解析提示</h3>
      <WarningsList warnings={v.warnings} />
    </>
  );
}

export default async function AgencyPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) {
    return <main><h1>机关</h1><BadParams message="机关编号应为正整数" back="/" /></main>;
  }
  const detail = await agencyDetail(await getDb(), id.data);
  if (!detail) {
    return <main><h1>机关</h1><Empty>没有编号为 {id.data} 的机关。<Link href="/">回到概览</Link></Empty></main>;
  }
  const { agency, versions } = detail;
  const years = [...new Set(versions.map((v) => v.year))];
  const known = years.filter((y): y is number => y !== null);
  return (
    <main>
      <h1>{agency.name}</h1>
      <p className="muted">
        {agency.regionName ?? agency.regionCode ?? '地区未知'} · 共 {versions.length} 个版本
        {known.length > 0 && (
          <> · <Link href={`/compare?agencies=${agency.id}&from=${Math.min(...known)}&to=${Math.max(...known)}`}>逐年比较</Link></>
        )}
      </p>
      {versions.length === 0 && <Empty>这个机关还没有报告。</Empty>}
      {years.map((year) => {
        const ofYear = versions.filter((v) => v.year === year);
        const [main, ...others] = ofYear;
        return (
          <section className="card" key={year ?? 'unknown'} data-year={year ?? ''}>
            <h2>{year ?? '年份未知'}年度报告 <span className={`status ${main.status === 'current' ? 'pass' : 'uncertain'}`}>{STATUS[main.status]}</span></h2>
            <Version v={main} />
            {others.map((v) => (
              <details key={v.id}>
                <summary>早先版本（{STATUS[v.status]}，入库 {v.ingestedAt.toISOString().slice(0, 10)}）</summary>
                <Version v={v} />
              </details>
            ))}
          </section>
        );
      })}
    </main>
  );
}
