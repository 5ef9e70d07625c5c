/**
 * A parsed record in the form the store sends to the database, made where it was parsed (in
 * a parse worker): the record's part of its `reports` row as json keyed by column name, its
 * cells as text in registry order, and the two fields the store decides by (agency, year).
 * Two strings cross threads as one copy each and sit in the writing thread's heap as two
 * objects, where the row objects were dozens that its garbage collector kept copying.
 */
import { getTableColumns } from 'drizzle-orm';
import { reports } from '../db/schema';
import type { Agency, ParsedReport } from '../report/record';
import { recordToRows, type ReportInsert } from './record-row';

export interface StoredRecord {
  agency: Agency | null;
  year: number | null;
  /** `{"year":…,"template":…,…}`: the `reports` columns the record decides, by column name. */
  reportJson: string;
  /** `report_cells` values in registry order (ALL_CELLS), comma-separated; an empty field is NULL. */
  cellsText: string;
}

const COLUMN_NAME = new Map(Object.entries(getTableColumns(reports)).map(([prop, column]) => [prop, column.name]));

/** `reports` values keyed by column name instead of property name. */
export function byColumnName(values: Partial<ReportInsert>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [prop, value] of Object.entries(values)) row[COLUMN_NAME.get(prop)!] = value ?? null;
  return row;
}

export function storedRecord(record: ParsedReport): StoredRecord {
  const { report, cells } = recordToRows(record);
  return {
    agency: report.agencySeen ?? null,
    year: report.year ?? null,
    reportJson: JSON.stringify(byColumnName(report)),
    cellsText: cells.map((v) => (v === null ? '' : String(v))).join(','),
  };
}

/**
 * `"(id,v,,v,…)"`: a `report_cells` row as a composite literal for an array element (an empty
 * field is NULL; numbers need no quoting). `columns` maps the table's column order to registry
 * indexes (-1 = the id) when it is not simply the id then the registry's order.
 */
export function cellRowLiteral(id: number, cellsText: string, columns: readonly number[] | null): string {
  if (columns === null) return `"(${id},${cellsText})"`;
  const values = cellsText.split(',');
  return `"(${columns.map((c) => (c < 0 ? id : values[c])).join(',')})"`;
}
