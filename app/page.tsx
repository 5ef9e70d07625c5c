/**
 * Placeholder home page (the dashboard replaces it): shows what the database holds, so the
 * smoke test proves the whole path from start-up through samples to a rendered page.
 */
import { asc, count } from 'drizzle-orm';
import { connection } from 'next/server';
import { getDb } from '../lib/db/server';
import { agencies, reports } from '../lib/db/schema';

export default async function Home() {
  await connection(); // rendered per request: never frozen into the build
  const db = await getDb();
  const [{ stored }] = await db.select({ stored: count() }).from(reports);
  const names = await db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name));
  return (
    <main>
      <h1>政府信息公开年度报告比较</h1>
      <p data-testid="report-count">已存储报告 {stored} 份</p>
      <ul>
        {names.map(({ id, name }) => (
          <li key={id}>{name}</li>
        ))}
      </ul>
    </main>
  );
}
