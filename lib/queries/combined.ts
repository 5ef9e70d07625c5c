/**
 * Several group aggregates in ONE pass over the scope's reports. Each aggregate module keeps
 * its own expressions; a page that shows four charts of the same scope reads the reports
 * (and their wide cells rows) once instead of four times.
 */
import type { SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { groupTotals, type GroupRow, type Scope } from './scope';

type Exprs = Record<string, SQL | PgColumn>;
const SEP = '\u0001';

export async function combinedTotals<P extends Record<string, Exprs>>(
  db: Db,
  scope: Scope,
  parts: P,
): Promise<{ [K in keyof P]: GroupRow<Extract<keyof P[K], string>>[] }> {
  const flat = Object.fromEntries(
    Object.entries(parts).flatMap(([part, exprs]) => Object.entries(exprs).map(([k, e]) => [`${part}${SEP}${k}`, e])),
  );
  const rows = await groupTotals(db, scope, flat);
  return Object.fromEntries(
    Object.entries(parts).map(([part, exprs]) => [
      part,
      rows.map((r) => ({
        key: r.key,
        name: r.name,
        reports: r.reports,
        values: Object.fromEntries(Object.keys(exprs).map((k) => [k, r.values[`${part}${SEP}${k}`]])),
      })),
    ]),
  ) as { [K in keyof P]: GroupRow<Extract<keyof P[K], string>>[] };
}
