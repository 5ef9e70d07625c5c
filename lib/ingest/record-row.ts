/**
 * Parsed record ⇄ database rows, both ways, as pure functions: the export must give back
 * exactly the record the parser produced, so every piece of the record lands somewhere.
 *
 * - cells → one wide `report_cells` row (a column per registry key);
 * - which template keys the record lacks → `reports.absent_cells` (NULL alone cannot
 *   tell "printed blank" from "not read");
 * - everything else (raw, checks, warnings, the agency as parsed) → `reports` columns.
 *
 * jsonb does not keep key order, so the way back rebuilds every object in the parser's
 * order: the record schema's field order, and the registry's printed order for cell maps.
 */
import { OTHER_DISPOSAL_SUBROWS, REQUEST_COLUMNS, requestKey, templateCells, type Template } from '../report/cells';
import { parsedReportSchema, type ParsedReport } from '../report/record';
import type { reportCells, reports } from '../db/schema';

export type ReportInsert = typeof reports.$inferInsert;
export type ReportRow = typeof reports.$inferSelect;
export type CellsRow = Record<string, number | null>;

/** The part of a `reports` row the record decides (ids, status, file identity come from the ingest). */
export type ReportRecordColumns = Pick<
  ReportInsert,
  | 'year'
  | 'template'
  | 'otherDisposalOneRow'
  | 'fileName'
  | 'raw'
  | 'checks'
  | 'warnings'
  | 'agencyNameSeen'
  | 'agencySeen'
  | 'absentCells'
  | 'failedChecks'
  | 'uncertainChecks'
>;

/**
 * A table prints （六）其他处理 either as one row (2019, some 2021 reports) or as three
 * sub-rows; the keys the parser returned say which.
 */
export function printsOtherDisposalAsOneRow(template: Template, cells: Record<string, unknown>): boolean {
  if (REQUEST_COLUMNS.some((c) => requestKey('otherDisposal', c.key) in cells)) return true;
  const hasSubRows = OTHER_DISPOSAL_SUBROWS.some((row) => REQUEST_COLUMNS.some((c) => requestKey(row.key, c.key) in cells));
  return template === '2019' && !hasSubRows;
}

const PRINTED = new Map<string, readonly string[]>();

/** The keys a table shape prints, in printed order (four shapes, computed once each). */
function printedKeys(template: Template, oneRow: boolean): readonly string[] {
  const id = `${template}|${oneRow}`;
  let keys = PRINTED.get(id);
  if (!keys) PRINTED.set(id, (keys = templateCells(template, oneRow).map((d) => d.key)));
  return keys;
}

export function recordToRows(record: ParsedReport): { report: ReportRecordColumns; cells: CellsRow } {
  const oneRow = printsOtherDisposalAsOneRow(record.template, record.cells);
  const printed = printedKeys(record.template, oneRow);
  const printedSet = new Set(printed);
  const unknownKeys = Object.keys(record.cells).filter((k) => !printedSet.has(k));
  if (unknownKeys.length > 0) {
    // A key outside the template would be silently lost on the way back.
    throw new Error(`cells not printed by template ${record.template}: ${unknownKeys.slice(0, 5).join(', ')}`);
  }
  const cells: CellsRow = {};
  for (const key of printed) cells[key] = record.cells[key] ?? null;
  return {
    report: {
      year: record.year,
      template: record.template,
      otherDisposalOneRow: oneRow,
      fileName: record.file,
      raw: record.raw,
      checks: record.checks,
      warnings: record.warnings,
      agencyNameSeen: record.agency?.name ?? null,
      agencySeen: record.agency,
      absentCells: printed.filter((k) => !(k in record.cells)),
      failedChecks: record.checks.filter((c) => c.status === 'fail').length,
      uncertainChecks: record.checks.filter((c) => c.status === 'uncertain').length,
    },
    cells,
  };
}

/** Registry order first (how the parser walks a table), then anything else as stored. */
function inKeyOrder<T>(map: Record<string, T>, order: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of order) if (key in map) out[key] = map[key];
  for (const key of Object.keys(map)) if (!(key in out)) out[key] = map[key];
  return out;
}

export function rowsToRecord(
  report: Pick<ReportRow, keyof ReportRecordColumns>,
  cells: Partial<typeof reportCells.$inferSelect> | CellsRow,
): ParsedReport {
  const printed = printedKeys(report.template, report.otherDisposalOneRow);
  const absent = new Set(report.absentCells);
  const cellMap: Record<string, number | null> = {};
  for (const key of printed) {
    if (absent.has(key)) continue;
    const value = (cells as CellsRow)[key];
    cellMap[key] = value ?? null;
  }
  // The schema rebuilds nested objects (agency, checks, warnings) in its own field order.
  return parsedReportSchema.parse({
    file: report.fileName,
    year: report.year,
    template: report.template,
    agency: report.agencySeen ?? null,
    cells: cellMap,
    raw: inKeyOrder(report.raw, printed),
    checks: report.checks,
    warnings: report.warnings,
  });
}
