import { doublePrecision, integer, pgTable, type PgColumnBuilderBase } from 'drizzle-orm/pg-core';
import { ALL_CELLS } from '../../report/cells';
import { reports } from './reports';

/** `requests.withheld.stateSecret.natural` → `requests_withheld_state_secret_natural`. */
export function cellColumnName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replaceAll('.', '_');
}

/**
 * One row per report version, one column per data-dictionary key (226 columns, generated
 * from the registry). Wide rather than key/value: the dashboard sums a handful of columns
 * over thousands of reports, which a wide row answers with one scan and no pivot, at a
 * tenth of the size of 200 key/value rows per report. NULL is a printed blank or a cell the
 * template does not print; `reports.template` and `raw` tell which.
 */
const cellColumns: Record<string, PgColumnBuilderBase> = Object.fromEntries(
  ALL_CELLS.map((def) => {
    const name = cellColumnName(def.key);
    return [def.key, def.decimal ? doublePrecision(name) : integer(name)];
  }),
);

export const reportCells = pgTable('report_cells', {
  reportId: integer('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  ...cellColumns,
});
