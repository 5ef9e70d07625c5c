/**
 * Overview: headline figures of the latest year against the year before, the trend over
 * the years, ways into the comparisons, and the bulk downloads.
 */
import Link from 'next/link';
import { count, desc, eq } from 'drizzle-orm';
import { connection } from 'next/server';
import { readDataVersion } from '@/lib/db/data-version';
import { getDb } from '@/lib/db/server';
import { agencies, reports } from '@/lib/db/schema';
import { cachedByVersion } from '@/lib/queries/cached';
import { change, type FigureKey, type Overview } from '@/lib/queries/overview';
import { cachedOverview } from '@/lib/charts/compare-view';
import { trendChart } from '@/lib/charts/load';
import { DEFINITIONS, formatRate } from '@/lib/report/derived';
import { ChartCard } from './components/chart-card';
import { Empty } from './components/notice';
import { formatNumber } from '@/lib/format';

const FIGURES: { key: FigureKey; label: string; rate?: boolean }[] = [
  { key: 'reports', label: '年度报告' },
  { key: 'bodies', label: '报告机关' },
  { key: 'received', label: '本年新收申请' },
  { key: 'disclosureRate', label: '公开率', rate: true },
  { key: 'reviews', label: '行政复议' },
  { key: 'suits', label: '行政诉讼' },
  { key: 'correctionRate', label: '复议纠错率', rate: true },
];

function Change({ o, k, rate }: { o: Overview; k: FigureKey; rate?: boolean }) {
  const d = change(o, k);
  if (d === null || !o.previous) return <span className="change">无上年可比数据</span>;
  const text = rate ? `${d >= 0 ? '+' : ''}${(d * 100).toFixed(1)} 个百分点` : `${d >= 0 ? '+' : ''}${formatNumber(d)}`;
  return <span className={`change ${d > 0 ? 'up' : d < 0 ? 'down' : ''}`}>较{o.previous.year}年 {text}</span>;
}

export default async function Home() {
  await connection(); // rendered per request: never frozen into the build
  const db = await getDb();
  // Cached per data version (lib/queries/cached.ts): the overview aggregates every report.
  const version = await readDataVersion(db); // once for both entries, which then agree
  const [{ overview: o }, [[{ stored }], recent]] = await Promise.all([
    cachedOverview(db, version),
    cachedByVersion(db, 'overview-list', '', () =>
      Promise.all([
        db.select({ stored: count() }).from(reports),
        db
          .select({ id: reports.id, agencyId: agencies.id, name: agencies.name, year: reports.year })
          .from(reports)
          .innerJoin(agencies, eq(agencies.id, reports.agencyId))
          .where(eq(reports.status, 'current'))
          .orderBy(desc(reports.ingestedAt), desc(reports.id))
          .limit(12),
      ]),
      version,
    ),
  ]);
  const trend = trendChart(o.trend);
  const latest = o.latest;
  return (
    <main>
      <h1>政府信息公开工作年度报告 · 概览</h1>
      <p className="muted" data-testid="report-count">已存储报告 {stored} 份（比较只用各机关各年度的现行版本）</p>
      {!latest ? (
        <Empty>还没有可比较的报告：导入年度报告后，这里显示最新年度的主要数字和历年趋势。</Empty>
      ) : (
        <>
          <h2>{latest.year}年主要数字</h2>
          <dl className="figures" data-testid="headline">
            {FIGURES.map((f) => {
              const v = latest[f.key];
              return (
                <div className="figure" key={f.key} data-figure={f.key}>
                  <dt>{f.label}</dt>
                  <dd>
                    <span data-value>{f.rate ? formatRate(v) : v === null ? '—' : formatNumber(v)}</span>
                    <Change o={o} k={f.key} rate={f.rate} />
                  </dd>
                </div>
              );
            })}
          </dl>
          <ul className="notes">
            <li>{DEFINITIONS.disclosureRate}{DEFINITIONS.correctionRate}比率只计入相关单元格全部填写的报告。</li>
            <li>{DEFINITIONS.gap}</li>
          </ul>
          {trend && <ChartCard chart={trend} query="" version={version} />}
        </>
      )}
      <section className="card">
        <h2>去比较</h2>
        <ul className="links">
          <li><Link href="/compare">各省最新年度</Link></li>
          <li><Link href="/compare?level=city">各市最新年度</Link></li>
          <li><Link href="/compare?level=county">各县区最新年度</Link></li>
          <li><Link href="/compare?view=shares&category=withheld">办理结果占比与不予公开理由</Link></li>
          {o.trend.length > 1 && <li><Link href={`/compare?from=${o.trend[0].year}&to=${latest?.year}`}>历年逐年比较</Link></li>}
          <li><Link href="/quality">数据质量</Link></li>
        </ul>
      </section>
      {recent.length > 0 && (
        <section className="card">
          <h2>最近入库的报告</h2>
          <ul className="links">
            {recent.map((r) => (
              <li key={r.id}><Link href={`/agencies/${r.agencyId}`}>{r.name}</Link> <span className="muted small">{r.year}年</span></li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <h2>批量下载</h2>
        <p className="small">全部现行报告的解析结果：<a href="/api/export?format=jsonl">JSON Lines（每行一份报告）</a> · <a href="/api/export?format=csv">CSV（长表：机关、地区、年度、单元格、数值）</a></p>
      </section>
    </main>
  );
}
