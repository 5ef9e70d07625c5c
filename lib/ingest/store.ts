/**
 * Writes parsed reports: a batch is ONE transaction (source bytes, agencies, the reports and
 * their cells rows), so a kill at any moment leaves whole reports or none, and a rerun skips
 * what was committed (same bytes + same hints = unchanged) and finishes the rest.
 *
 * Versioning: one `current` report per agency and year. Different content for the same
 * agency and year becomes the new current and the old one `superseded` (history kept).
 * A report whose agency or year is unknown is kept as `needs_review`, out of comparisons.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bumpDataVersion } from '../db/data-version';
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { cellColumnName, reportCells, reports, sourceFiles } from '../db/schema';
import { ALL_CELLS } from '../report/cells';
import type { SourceFormat } from '../report';
import type { ParseHints, ParsedReport } from '../report/record';
import { PARSER_VERSION } from '../report/version';
import { AgencyResolver } from './agency-resolver';
import { recordToRows, type ReportInsert } from './record-row';

export interface IngestItem {
  /** Where the file came from, for messages. The record's `file` is its name. */
  path: string;
  sha256: string;
  bytes: Uint8Array;
  /** The container the parser read the text from. */
  format: SourceFormat;
  hints: ParseHints;
  sourceUrl: string | null;
  record: ParsedReport;
}

export type StoreOutcome = 'new' | 'unchanged' | 'updated' | 'needs_review';

/** Hints compared by value, whatever key order jsonb gives them back in. */
export function hintsKey(h: ParseHints): string {
  return JSON.stringify([h.agency ?? null, h.regionCode ?? null, h.year ?? null]);
}

const CELL_COLUMNS = new Map(ALL_CELLS.map((d) => [d.key, cellColumnName(d.key)]));
const CELLS_ID_COLUMN = getTableConfig(reportCells).columns.find((c) => c.primary)!.name;

export class ReportStore {
  private constructor(
    private readonly db: Db,
    private readonly agencies: AgencyResolver,
    private readonly lz4: boolean,
  ) {}

  static async open(db: Db): Promise<ReportStore> {
    return new ReportStore(db, await AgencyResolver.open(db), await supportsLz4(db));
  }

  /** Stores a batch all-or-nothing and says, per item, what happened. */
  async storeBatch(items: readonly IngestItem[]): Promise<StoreOutcome[]> {
    if (items.length === 0) return [];
    const pendingAgencies = new Map<string, number>();
    const outcomes = await this.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const agencyIds = await this.agencies.resolve(
        db,
        items.map((i) => i.record.agency),
        pendingAgencies,
      );
      const written = await writeBatch(db, items, agencyIds, this.lz4);
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

async function writeBatch(db: Db, items: readonly IngestItem[], agencyIds: (number | null)[], lz4: boolean): Promise<StoreOutcome[]> {
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
    if (agencyId === null || item.record.year === null) {
      planned.push({ item, agencyId, status: 'needs_review' });
      return 'needs_review';
    }
    // The same bytes once filed for review, now resolved (a manifest supplied the agency): retire the review copy.
    for (const r of seen) if (r.sha256 === item.sha256 && r.status === 'needs_review') supersede.add(r.id);
    const slot = `${agencyId}|${item.record.year}`;
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
  if (planned.length > 0) await insertReports(db, planned, lz4);
  return outcomes;
}

async function insertReports(db: Db, planned: readonly Planned[], lz4: boolean): Promise<void> {
  // Each kind of row goes as ONE json parameter: 227 cell columns × 500 reports as bound
  // parameters would pass Postgres's 65,535 limit, and building them cost most of a batch.
  if (lz4) await db.execute(sql`set local default_toast_compression = 'lz4'`);
  const files = new Map(planned.map(({ item }) => [item.sha256, item]));
  const fileRows = [...files.values()].map((i) => ({
    sha256: i.sha256,
    b64: Buffer.from(i.bytes.buffer, i.bytes.byteOffset, i.bytes.byteLength).toString('base64'),
    size: i.bytes.byteLength,
    format: i.format,
  }));
  await db.execute(sql`insert into ${sourceFiles} (sha256, bytes, size, format)
    select sha256, decode(b64, 'base64'), size, format
    from json_to_recordset(${JSON.stringify(fileRows)}::json) as x(sha256 text, b64 text, size integer, format text)
    on conflict do nothing`);

  // Ids first, so reports and their cells rows are matched without relying on RETURNING order.
  const ids = rowsOf<{ id: number }>(
    await db.execute(sql`select nextval(pg_get_serial_sequence('reports', 'id'))::int as id from generate_series(1, ${planned.length})`),
  ).map((r) => r.id);
  const reportRows: Record<string, unknown>[] = [];
  const cellRows: Record<string, number>[] = [];
  planned.forEach((p, i) => {
    const { report, cells } = recordToRows(p.item.record);
    const values: Partial<ReportInsert> = {
      ...report,
      id: ids[i],
      agencyId: p.agencyId,
      status: p.status,
      sourceUrl: p.item.sourceUrl,
      sha256: p.item.sha256,
      hints: p.item.hints,
      parserVersion: PARSER_VERSION,
    };
    reportRows.push(toColumnNames(values));
    const cellRow: Record<string, number> = { [CELLS_ID_COLUMN]: ids[i] };
    for (const [key, value] of Object.entries(cells)) if (value !== null) cellRow[CELL_COLUMNS.get(key)!] = value;
    cellRows.push(cellRow);
  });
  await db.execute(sql`insert into ${reports} (${REPORT_COLUMN_LIST}) select ${REPORT_COLUMN_LIST}
    from json_populate_recordset(null::${reports}, ${JSON.stringify(reportRows)}::json)`);
  await db.execute(sql`insert into ${reportCells} select * from json_populate_recordset(null::${reportCells}, ${JSON.stringify(cellRows)}::json)`);
}

const REPORT_COLUMNS = Object.entries(getTableColumns(reports)).filter(([, c]) => c.name !== 'ingested_at');
const REPORT_COLUMN_LIST = sql.raw(REPORT_COLUMNS.map(([, c]) => `"${c.name}"`).join(', '));

function toColumnNames(values: Partial<ReportInsert>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [prop, column] of REPORT_COLUMNS) row[column.name] = values[prop as keyof ReportInsert] ?? null;
  return row;
}

function rowsOf<T>(result: unknown): T[] {
  // postgres.js returns the rows, PGlite an object holding them.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Whether this server can compress with lz4 (PostgreSQL ≥ 14 built with it; not PGlite): half the CPU of pglz on report bytes. */
async function supportsLz4(db: Db): Promise<boolean> {
  const rows = rowsOf<{ ok: boolean }>(
    await db.execute(sql`select coalesce(bool_or('lz4' = any(enumvals)), false) as ok from pg_settings where name = 'default_toast_compression'`),
  );
  return rows[0]?.ok === true;
}

/** Counts a caller can show; the SQL is here so callers need not know the table layout. */
export async function countReports(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(reports);
  return n;
}
