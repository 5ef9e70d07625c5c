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
import { reportCells, reports, sourceFiles } from '../db/schema';
import type { ParseHints, ParsedReport } from '../report/record';
import { PARSER_VERSION } from '../report/version';
import { AgencyResolver } from './agency-resolver';
import { recordToRows } from './record-row';

export interface IngestItem {
  /** Where the file came from, for messages. The record's `file` is its name. */
  path: string;
  sha256: string;
  bytes: Uint8Array;
  format: string;
  hints: ParseHints;
  sourceUrl: string | null;
  record: ParsedReport;
}

export type StoreOutcome = 'new' | 'unchanged' | 'updated' | 'needs_review';

/** Hints compared by value, whatever key order jsonb gives them back in. */
export function hintsKey(h: ParseHints): string {
  return JSON.stringify([h.agency ?? null, h.regionCode ?? null, h.year ?? null]);
}

// Postgres takes at most 65,535 parameters per statement; a cells row has 227.
const CELL_ROWS_PER_INSERT = 250;

export class ReportStore {
  private constructor(
    private readonly db: Db,
    private readonly agencies: AgencyResolver,
  ) {}

  static async open(db: Db): Promise<ReportStore> {
    return new ReportStore(db, await AgencyResolver.open(db));
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
      return writeBatch(db, items, agencyIds);
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

async function writeBatch(db: Db, items: readonly IngestItem[], agencyIds: (number | null)[]): Promise<StoreOutcome[]> {
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
  if (planned.length > 0) await insertReports(db, planned);
  return outcomes;
}

async function insertReports(db: Db, planned: readonly Planned[]): Promise<void> {
  const files = new Map(planned.map(({ item }) => [item.sha256, item]));
  await db
    .insert(sourceFiles)
    .values([...files.values()].map((i) => ({ sha256: i.sha256, bytes: i.bytes, size: i.bytes.byteLength, format: i.format })))
    .onConflictDoNothing();

  const rows = planned.map((p) => recordToRows(p.item.record));
  const ids = await db
    .insert(reports)
    .values(
      planned.map((p, i) => ({
        ...rows[i].report,
        agencyId: p.agencyId,
        status: p.status,
        sourceUrl: p.item.sourceUrl,
        sha256: p.item.sha256,
        hints: p.item.hints,
        parserVersion: PARSER_VERSION,
      })),
    )
    .returning({ id: reports.id });
  // INSERT … VALUES … RETURNING gives the rows back in VALUES order.
  for (let start = 0; start < rows.length; start += CELL_ROWS_PER_INSERT) {
    await db.insert(reportCells).values(
      rows.slice(start, start + CELL_ROWS_PER_INSERT).map((r, i) => ({ ...r.cells, reportId: ids[start + i].id })),
    );
  }
}

/** Counts a caller can show; the SQL is here so callers need not know the table layout. */
export async function countReports(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(reports);
  return n;
}
