/**
 * /compare: applications, outcomes (counts or shares, with a drill into one category),
 * appeals and applicant types across divisions or agencies, for a year or a range.
 */
import Link from 'next/link';
import { connection } from 'next/server';
import { getDb } from '@/lib/db/server';
import { compareView } from '@/lib/charts/compare-view';
import { filtersToQuery, parseFilters, type Filters } from '@/lib/queries/params';
import { OUTCOME_CATEGORIES } from '@/lib/report/cells';
import { ChartCard } from '../components/chart-card';
import { FilterForm, MAX_OPTIONS } from '../components/filter-form';
import { BadParams, Empty } from '../components/notice';

export const metadata = { title: '比较 · 政府信息公开年度报告' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { filters, error } = parseFilters(await searchParams);
  if (error !== undefined) {
    return (
      <main>
        <h1>比较</h1>
        <BadParams message={error} back="/compare" />
      </main>
    );
  }
  const view = await compareView(await getDb(), filters, MAX_OPTIONS + 1);
  if ('empty' in view) {
    return (
      <main>
        <h1>比较</h1>
        <Empty>{view.empty}</Empty>
      </main>
    );
  }
  const { scope, years, regions, agencies, version } = view;
  const query = filtersToQuery(filters);
  const [applications, outcomes, appeals, applicants, reasons] = view.charts;
  const link = (change: Partial<Filters>) => `/compare?${filtersToQuery({ ...filters, ...change })}`;
  return (
    <main>
      <h1>比较</h1>
      <FilterForm filters={filters} scope={scope} years={years} regions={regions} agencies={agencies} />
      <ChartCard chart={applications} query={query} version={version} />
      <ChartCard chart={outcomes} query={query} version={version}>
        <nav className="toggle" aria-label="显示方式">
          <Link href={link({ view: 'counts' })} aria-current={filters.view === 'counts'} scroll={false}>件数</Link>
          <Link href={link({ view: 'shares' })} aria-current={filters.view === 'shares'} scroll={false}>占比</Link>
        </nav>
        <nav className="toggle" aria-label="查看类别的具体情形">
          {OUTCOME_CATEGORIES.filter((c) => c.key !== 'granted' && c.key !== 'partlyGranted').map((c) => (
            <Link key={c.key} href={link({ category: c.key })} aria-current={filters.category === c.key} scroll={false}>
              {c.label}的具体情形
            </Link>
          ))}
        </nav>
      </ChartCard>
      {reasons && <ChartCard chart={reasons} query={query} version={version} />}
      <ChartCard chart={appeals} query={query} version={version} />
      <ChartCard chart={applicants} query={query} version={version} />
    </main>
  );
}
