/**
 * Parsed record ⇄ database rows, both ways, as pure functions: the export must give back
 * exactly the record the parser produced, so every piece of the record lands somewhere.
 *
 * - cells → one wide `report_cells` row (a column per registry key), as values in registry order;
 * - which template keys the record lacks → `reports.absent_cells` (NULL alone cannot
 *   tell "printed blank" from "not read");
 * - everything else (raw, warnings, the agency as parsed) → `reports` columns;
 * - checks: nothing (NULL) when they are what the rules give for the cells, which the parser's
 *   always are; otherwise the list, each check's key list left out where it is its rule's own.
 *   Either way the way back gives the record's checks exactly.
 *
 * jsonb does not keep key order, so the way back rebuilds every object in the parser's
 * order: the record schema's field order, and the registry's printed order for cell maps.
 */
import { ALL_CELLS, OTHER_DISPOSAL_SUBROWS, REQUEST_COLUMNS, requestKey, templateCells, type Template } from '../report/cells';
import { checkCells, ruleDefs } from '../report/checks';
import { parsedReportSchema, type Check, type ParsedReport } from '../report/record';
import type { reportCells, reports, StoredCheck } from '../db/schema';

export type ReportInsert = typeof reports.$inferInsert;
export type ReportRow = typeof reports.$inferSelect;
export type CellsRow = Record<string, number | null>;
/** A `report_cells` row as values in registry order (ALL_CELLS): null is a printed blank or a cell the table does not print. */
export type CellValues = (number | null)[];
export type RecordRows = { report: ReportRecordColumns; cells: CellValues };

const CELL_INDEX = new Map(ALL_CELLS.map((d, i) => [d.key, i]));

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
  if (ONE_ROW_KEYS.some((key) => key in cells)) return true;
  return template === '2019' && !SUB_ROW_KEYS.some((key) => key in cells);
}

const ONE_ROW_KEYS = REQUEST_COLUMNS.map((c) => requestKey('otherDisposal', c.key));
const SUB_ROW_KEYS = OTHER_DISPOSAL_SUBROWS.flatMap((row) => REQUEST_COLUMNS.map((c) => requestKey(row.key, c.key)));

/** A table shape's printed keys in printed order, and where each one's value goes in CellValues. */
interface Shape {
  keys: readonly string[];
  columns: readonly number[];
}

const SHAPES = new Map<string, Shape>();

/** Four shapes (template × how （六） is printed), computed once each. */
function tableShape(template: Template, oneRow: boolean): Shape {
  const id = `${template}|${oneRow}`;
  let shape = SHAPES.get(id);
  if (!shape) {
    const keys = templateCells(template, oneRow).map((d) => d.key);
    SHAPES.set(id, (shape = { keys, columns: keys.map((k) => CELL_INDEX.get(k)!) }));
  }
  return shape;
}

const printedKeys = (template: Template, oneRow: boolean) => tableShape(template, oneRow).keys;

const RULE_KEYS = new Map<boolean, Map<string, readonly string[]>>();

/** `id|scope` → the cells the rule reads, for a table printing （六） as one row or as sub-rows. */
function ruleKeys(oneRow: boolean): Map<string, readonly string[]> {
  let keys = RULE_KEYS.get(oneRow);
  if (!keys) RULE_KEYS.set(oneRow, (keys = new Map(ruleDefs(oneRow).map((d) => [`${d.id}|${d.scope}`, [...d.lhs, ...d.rhs]]))));
  return keys;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((k, i) => k === b[i]);

const sameCheck = (a: Check, b: Check) =>
  a.id === b.id && a.scope === b.scope && a.status === b.status && a.lhs === b.lhs && a.rhs === b.rhs && sameList(a.keys, b.keys);

/** Null when the checks are the rules' own for these cells; else the list, key lists left out where they are the rule's own. */
export function storedChecks(checks: readonly Check[], cells: Readonly<Record<string, number | null>>, oneRow: boolean): StoredCheck[] | null {
  const derived = checkCells(cells, oneRow);
  if (derived.length === checks.length && derived.every((d, i) => sameCheck(d, checks[i]))) return null;
  const rules = ruleKeys(oneRow);
  return checks.map(({ keys, ...check }) => (sameList(rules.get(`${check.id}|${check.scope}`), keys) ? check : { ...check, keys }));
}

/**
 * The checks as the parser returned them: the rules' own for the record's cells (`cells`
 * without the keys it could not read) when none were stored; else the stored list, where a
 * key list left out is the rule's own.
 */
export function recordChecks(stored: readonly StoredCheck[] | null, cells: Readonly<Record<string, number | null>>, oneRow: boolean): Check[] {
  if (stored === null) return checkCells(cells, oneRow);
  const rules = ruleKeys(oneRow);
  return stored.map(({ id, scope, status, keys, lhs, rhs }) => {
    const own = keys ?? rules.get(`${id}|${scope}`);
    // Only possible if the rule definitions changed under stored data: say so rather than invent keys.
    if (!own) throw new Error(`stored check ${id} ${scope} has no key list and no such rule`);
    return { id, scope, status, keys: [...own], lhs, rhs };
  });
}

export function recordToRows(record: ParsedReport): RecordRows {
  const oneRow = printsOtherDisposalAsOneRow(record.template, record.cells);
  const { keys: printed, columns } = tableShape(record.template, oneRow);
  const cells: CellValues = new Array<number | null>(ALL_CELLS.length).fill(null);
  const absentCells: string[] = [];
  let present = 0;
  for (let i = 0; i < printed.length; i++) {
    const value = record.cells[printed[i]];
    if (value === undefined && !(printed[i] in record.cells)) absentCells.push(printed[i]);
    else {
      present++;
      cells[columns[i]] = value ?? null;
    }
  }
  if (present !== Object.keys(record.cells).length) {
    // A key outside the template would be silently lost on the way back.
    const printedSet = new Set(printed);
    const unknownKeys = Object.keys(record.cells).filter((k) => !printedSet.has(k));
    throw new Error(`cells not printed by template ${record.template}: ${unknownKeys.slice(0, 5).join(', ')}`);
  }
  let failedChecks = 0;
  let uncertainChecks = 0;
  for (const check of record.checks) {
    if (check.status === 'fail') failedChecks++;
    else if (check.status === 'uncertain') uncertainChecks++;
  }
  return {
    report: {
      year: record.year,
      template: record.template,
      otherDisposalOneRow: oneRow,
      fileName: record.file,
      raw: record.raw,
      checks: storedChecks(record.checks, record.cells, oneRow),
      warnings: record.warnings,
      agencyNameSeen: record.agency?.name ?? null,
      agencySeen: record.agency,
      absentCells,
      failedChecks,
      uncertainChecks,
    },
    cells,
  };
}

/**
 * A `report_cells` row (every registry key) → the record's cells: the keys the table prints,
 * in printed order, without those the parser could not read.
 */
export function recordCellsOfRow(
  report: Pick<ReportRow, 'template' | 'otherDisposalOneRow' | 'absentCells'>,
  row: Partial<typeof reportCells.$inferSelect> | CellsRow,
): Record<string, number | null> {
  const absent = new Set(report.absentCells);
  const cells: Record<string, number | null> = {};
  for (const key of printedKeys(report.template, report.otherDisposalOneRow)) {
    if (!absent.has(key)) cells[key] = (row as CellsRow)[key] ?? null;
  }
  return cells;
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
  const cellMap = recordCellsOfRow(report, cells);
  // The schema rebuilds nested objects (agency, checks, warnings) in its own field order.
  return parsedReportSchema.parse({
    file: report.fileName,
    year: report.year,
    template: report.template,
    agency: report.agencySeen ?? null,
    cells: cellMap,
    raw: inKeyOrder(report.raw, printedKeys(report.template, report.otherDisposalOneRow)),
    checks: recordChecks(report.checks, cellMap, report.otherDisposalOneRow),
    warnings: report.warnings,
  });
}
