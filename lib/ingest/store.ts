/**
 * Writes parsed reports: a batch is ONE transaction (source bytes, agencies, the reports and
 * their cells rows), so a kill at any moment leaves whole reports or none, and a rerun skips
 * what was committed (same bytes + same hints = unchanged) and finishes the rest.
 *
 * Versioning: one `current` report per agency and year. Different content for the same
 * agency and year becomes the new current and the old one `superseded` (history kept).
 * A report whose agency or year is unknown is kept as `needs_review`, out of comparisons.
 */
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../db/client';
import { bumpDataVersion } from '../db/data-version';
import { cellColumnName, reportCells, reports, sourceFiles } from '../db/schema';
import { ALL_CELLS } from '../report/cells';
import type { SourceFormat } from '../report';
import type { ParseHints } from '../report/record';
import { PARSER_VERSION } from '../report/version';
import { AgencyResolver } from './agency-resolver';
import { byColumnName, cellRowLiteral, type StoredRecord } from './stored-record';

export interface IngestItem {
  /** Where the file came from, for messages. The record's `file` is its name. */
  path: string;
  sha256: string;
  bytes: Uint8Array;
  /** The container the parser read the text from. */
  format: SourceFormat;
  hints: ParseHints;
  sourceUrl: string | null;
  /** The parsed record as the store writes it (storedRecord), made where it was parsed. */
  stored: StoredRecord;
}

export type StoreOutcome = 'new' | 'unchanged' | 'updated' | 'needs_review';

/** Hints compared by value, whatever key order jsonb gives them back in. */
export function hintsKey(h: ParseHints): string {
  return JSON.stringify([h.agency ?? null, h.regionCode ?? null, h.year ?? null]);
}

const CELLS_ID_COLUMN = getTableConfig(reportCells).columns.find((c) => c.primary)!.name;

/** What writing a batch needs to know about the database, read once when the store opens. */
interface Target {
  /** lz4 TOAST compression available (PostgreSQL ≥ 14 built with it; not PGlite): half the CPU of pglz on report bytes. */
  lz4: boolean;
  /**
   * For each `report_cells` column in the table's own order: the index of its value in the
   * registry, or -1 for the report id; null when that order is the id then the registry's.
   */
  cellColumns: number[] | null;
}

export class ReportStore {
  private constructor(
    private readonly db: Db,
    private readonly agencies: AgencyResolver,
    private readonly target: Target,
  ) {}

  static async open(db: Db): Promise<ReportStore> {
    return new ReportStore(db, await AgencyResolver.open(db), { lz4: await supportsLz4(db), cellColumns: await cellColumnOrder(db) });
  }

  /** Stores a batch all-or-nothing and says, per item, what happened. */
  async storeBatch(items: readonly IngestItem[]): Promise<StoreOutcome[]> {
    if (items.length === 0) return [];
    const pendingAgencies = new Map<string, number>();
    const outcomes = await this.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const agencyIds = await this.agencies.resolve(
        db,
        items.map((i) => i.stored.agency),
        pendingAgencies,
      );
      const written = await writeBatch(db, items, agencyIds, this.target);
      // Agencies alone change nothing shown: views reach them through their reports.
      if (written.some((o) => o !== 'unchanged')) await bumpDataVersion(db);
      return written;
    });
    // Only ids of a committed transaction may be cached.
    this.agencies.remember(pendingAgencies);
    return outcomes;
  }
}

interface Planned {
  item: IngestItem;
  agencyId: number | null;
  status: 'current' | 'superseded' | 'needs_review';
}

async function writeBatch(db: Db, items: readonly IngestItem[], agencyIds: (number | null)[], target: Target): Promise<StoreOutcome[]> {
  const shas = [...new Set(items.map((i) => i.sha256))];
  const seen = await db
    .select({ id: reports.id, sha256: reports.sha256, hints: reports.hints, status: reports.status, parserVersion: reports.parserVersion })
    .from(reports)
    .where(inArray(reports.sha256, shas));
  const known = new Set(seen.filter((r) => r.parserVersion === PARSER_VERSION).map((r) => `${r.sha256}|${hintsKey(r.hints)}`));

  const keyedAgencies = [...new Set(agencyIds.filter((id): id is number => id !== null))];
  const currentRows =
    keyedAgencies.length === 0
      ? []
      : await db
          .select({ id: reports.id, agencyId: reports.agencyId, year: reports.year })
          .from(reports)
          .where(and(eq(reports.status, 'current'), inArray(reports.agencyId, keyedAgencies)));
  // agency|year → the current version: a stored id, or a report planned earlier in this batch.
  const current = new Map<string, number | Planned>(currentRows.map((r) => [`${r.agencyId}|${r.year}`, r.id]));
  const supersede = new Set<number>();
  const planned: Planned[] = [];

  const outcomes = items.map((item, i): StoreOutcome => {
    const identity = `${item.sha256}|${hintsKey(item.hints)}`;
    if (known.has(identity)) return 'unchanged';
    known.add(identity);
    const agencyId = agencyIds[i];
    const year = item.stored.year;
    if (agencyId === null || year === null) {
      planned.push({ item, agencyId, status: 'needs_review' });
      return 'needs_review';
    }
    // The same bytes once filed for review, now resolved (a manifest supplied the agency): retire the review copy.
    for (const r of seen) if (r.sha256 === item.sha256 && r.status === 'needs_review') supersede.add(r.id);
    const slot = `${agencyId}|${year}`;
    const previous = current.get(slot);
    const next: Planned = { item, agencyId, status: 'current' };
    planned.push(next);
    current.set(slot, next);
    if (previous === undefined) return 'new';
    if (typeof previous === 'number') supersede.add(previous);
    else previous.status = 'superseded';
    return 'updated';
  });

  if (supersede.size > 0) {
    // Before the inserts: the partial unique index allows one current per agency and year.
    await db.update(reports).set({ status: 'superseded' }).where(inArray(reports.id, [...supersede]));
  }
  if (planned.length > 0) await insertReports(db, planned, target);
  return outcomes;
}

async function insertReports(db: Db, planned: readonly Planned[], target: Target): Promise<void> {
  if (target.lz4) await db.execute(sql`set local default_toast_compression = 'lz4'`);
  // The bytes as base64 in one comma-separated parameter, split and decoded by the server:
  // inside a json document PostgreSQL would un-escape them a character at a time (twice the
  // server CPU), and as bytea parameters they would travel as hex, twice their size.
  const files = [...new Map(planned.map(({ item }) => [item.sha256, item])).values()];
  const fileRows = files.map((i) => ({ sha256: i.sha256, size: i.bytes.byteLength, format: i.format }));
  const base64 = files.map((i) => Buffer.from(i.bytes.buffer, i.bytes.byteOffset, i.bytes.byteLength).toString('base64')).join(',');
  await db.execute(sql`insert into ${sourceFiles} (sha256, bytes, size, format)
    select f.sha256, decode(b.base64, 'base64'), f.size, f.format
    from rows from (json_to_recordset(${JSON.stringify(fileRows)}::json) as (sha256 text, size integer, format text)) with ordinality as f(sha256, size, format, n)
    join string_to_table(${base64}, ',') with ordinality as b(base64, n) using (n)
    on conflict do nothing`);

  // Ids first, so reports and their cells rows are matched without relying on RETURNING order.
  const ids = (
    await queryRows<{ id: number }>(db, sql`select nextval(pg_get_serial_sequence('reports', 'id'))::int as id from generate_series(1, ${planned.length})`)
  ).map((r) => r.id);
  // Reports go as ONE json parameter (bound parameters per column would pass Postgres's
  // 65,535 limit at 500 reports): the columns the store decides, then the record's own json.
  const reportRows = planned.map((p, i) => {
    const own = JSON.stringify(
      byColumnName({
        id: ids[i],
        agencyId: p.agencyId,
        status: p.status,
        sourceUrl: p.item.sourceUrl,
        sha256: p.item.sha256,
        hints: p.item.hints,
        parserVersion: PARSER_VERSION,
      }),
    );
    return `${own.slice(0, -1)},${p.item.stored.reportJson.slice(1)}`;
  });
  await db.execute(sql`insert into ${reports} (${REPORT_COLUMN_LIST}) select ${REPORT_COLUMN_LIST}
    from json_populate_recordset(null::${reports}, ${`[${reportRows.join(',')}]`}::json)`);
  // The 227-column cells rows as one array of row literals, a few hundred bytes each where
  // json would repeat every column name in every row.
  const cellRows = planned.map((p, i) => cellRowLiteral(ids[i], p.item.stored.cellsText, target.cellColumns));
  await db.execute(sql`insert into ${reportCells} select * from unnest(${`{${cellRows.join(',')}}`}::${reportCells}[])`);
}

/** The table's column order decides a row literal's field order: read it, and refuse a table the registry does not match. */
async function cellColumnOrder(db: Db): Promise<number[] | null> {
  const names = (
    await queryRows<{ name: string }>(
      db,
      sql`select attname as name from pg_attribute
        where attrelid = ${getTableConfig(reportCells).name}::regclass and attnum > 0 and not attisdropped order by attnum`,
    )
  ).map((r) => r.name);
  const index = new Map(ALL_CELLS.map((d, i) => [cellColumnName(d.key), i]));
  index.set(CELLS_ID_COLUMN, -1);
  const unknown = names.filter((n) => !index.has(n));
  const missing = [...index.keys()].filter((n) => !names.includes(n));
  if (unknown.length > 0 || missing.length > 0) {
    throw new Error(`report_cells does not match the cell registry (missing: ${missing.slice(0, 3).join(', ') || '-'}; unknown: ${unknown.slice(0, 3).join(', ') || '-'}): run the migrations`);
  }
  const order = names.map((n) => index.get(n)!);
  return order.every((c, i) => c === i - 1) ? null : order;
}

const REPORT_COLUMN_LIST = sql.raw(
  Object.values(getTableColumns(reports))
    .filter((c) => c.name !== 'ingested_at')
    .map((c) => `"${c.name}"`)
    .join(', '),
);

async function supportsLz4(db: Db): Promise<boolean> {
  const rows = await queryRows<{ ok: boolean }>(
    db,
    sql`select coalesce(bool_or('lz4' = any(enumvals)), false) as ok from pg_settings where name = 'default_toast_compression'`,
  );
  return rows[0]?.ok === true;
}

/** Counts a caller can show; the SQL is here so callers need not know the table layout. */
export async function countReports(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(reports);
  return n;
}
