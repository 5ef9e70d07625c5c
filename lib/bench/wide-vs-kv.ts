/**
 * The measurement behind the wide `report_cells` row: the same cells copied into a
 * key/value table (report, key id, value; blanks left out, which favours key/value), then
 * size and a dashboard-style query (10 cells summed over current reports, by province) on both.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client';
import { cellColumnName } from '../db/schema';
import { ALL_CELLS } from '../report/cells';

async function bestOf3(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await db.execute(query);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export async function compareWideWithKeyValue(db: Db, reports: number): Promise<void> {
  const columns = ALL_CELLS.map((d) => cellColumnName(d.key));
  const started = performance.now();
  await db.execute(sql.raw(`drop table if exists bench_cell_values`));
  await db.execute(sql.raw(`create table bench_cell_values (report_id integer not null, key_id smallint not null, value double precision not null)`));
  await db.execute(
    sql.raw(`insert into bench_cell_values
      select c.report_id, k.ord, k.v from report_cells c,
      unnest(array[${columns.map((c) => `c.${c}::double precision`).join(',')}]) with ordinality as k(v, ord)
      where k.v is not null`),
  );
  await db.execute(sql.raw(`alter table bench_cell_values add primary key (report_id, key_id)`));
  await db.execute(sql.raw(`vacuum analyze bench_cell_values`));
  console.error(`wide-vs-kv: key/value copy built in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // Ten section-三/四 totals: what an overview chart sums.
  const chosen = ALL_CELLS.map((d, i) => ({ key: d.key, column: columns[i], id: i + 1 }))
    .filter((c) => c.key.endsWith('.total') && !c.key.startsWith('proactive.'))
    .slice(0, 10);
  const wide = sql.raw(`select a.province_code, ${chosen.map((c) => `sum(c.${c.column})`).join(', ')}
    from reports r join report_cells c on c.report_id = r.id join agencies a on a.id = r.agency_id
    where r.status = 'current' group by a.province_code`);
  const keyValue = sql.raw(`select a.province_code, kv.key_id, sum(kv.value)
    from reports r join bench_cell_values kv on kv.report_id = r.id join agencies a on a.id = r.agency_id
    where r.status = 'current' and kv.key_id in (${chosen.map((c) => c.id).join(',')})
    group by a.province_code, kv.key_id`);
  const per100k = 100_000 / Math.max(reports, 1);
  const [sizes] = await queryRows<{ wide: string; kv: string }>(
    db,
    sql.raw(`select pg_total_relation_size('report_cells')::bigint as wide, pg_total_relation_size('bench_cell_values')::bigint as kv`),
  );
  console.log(`ingest.cells_wide_mb_per_100k: ${((Number(sizes.wide) / 1e6) * per100k).toFixed(0)} MB`);
  console.log(`ingest.cells_kv_mb_per_100k: ${((Number(sizes.kv) / 1e6) * per100k).toFixed(0)} MB`);
  console.log(`ingest.sum10_by_province_wide: ${(await bestOf3(db, wide)).toFixed(0)} ms`);
  console.log(`ingest.sum10_by_province_kv: ${(await bestOf3(db, keyValue)).toFixed(0)} ms`);
  await db.execute(sql.raw(`drop table bench_cell_values`));
}
