/** Types shared by the option builders (client-safe: no server imports). */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | TitleComponentOption
  | GraphicComponentOption
>;

/** The data behind a chart as a table: the accessible view, the CSV and the XLSX. */
export interface DataTable {
  columns: string[];
  rows: (string | number | null)[][];
  /** How to show each column: ratios as percentages on the page (files keep the fraction). */
  kinds: ('text' | 'count' | 'ratio')[];
  /** Definitions of derived figures in the table, shown under it and written into the files. */
  notes: string[];
}
