/** 本年新收 by applicant type, stacked per group. */
import { APPLICANT_COLUMNS } from '../report/cells';
import { DEFINITIONS } from '../report/derived';
import type { GroupRow } from '../queries/scope';
import { stackedOption, stackedTable, type StackedSpec } from './stacked';
import type { ChartOption, DataTable } from './types';

const SPEC: StackedSpec = {
  // Five of the six are kinds of 法人或其他组织; their own labels are short and unambiguous.
  parts: APPLICANT_COLUMNS,
  unit: '件',
};

export const applicantsOption = (rows: readonly GroupRow[]): ChartOption => stackedOption(rows, SPEC);
export const applicantsTable = (rows: readonly GroupRow[]): DataTable =>
  stackedTable(rows, SPEC, ['本年新收申请按申请人类型，所选期间合计（单位：件）。', DEFINITIONS.gap]);
