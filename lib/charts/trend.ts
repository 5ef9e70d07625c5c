/** Overview trend: 本年新收 (bars, left axis) and the two rates (lines, right axis) per year. */
import { DEFINITIONS } from '../report/derived';
import type { YearFigures } from '../queries/overview';
import { baseOption, formatPercent } from './theme';
import type { ChartOption, DataTable } from './types';

export function trendOption(trend: readonly YearFigures[]): ChartOption {
  return {
    ...baseOption(),
    xAxis: { type: 'category', data: trend.map((t) => `${t.year}年`) },
    yAxis: [
      { type: 'value', name: '件' },
      { type: 'value', name: '比率', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` }, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: '本年新收', barMaxWidth: 40, data: trend.map((t) => t.received) },
      { type: 'line', name: '公开率', yAxisIndex: 1, connectNulls: false, tooltip: { valueFormatter: formatPercent }, data: trend.map((t) => t.disclosureRate) },
      { type: 'line', name: '复议纠错率', yAxisIndex: 1, connectNulls: false, tooltip: { valueFormatter: formatPercent }, data: trend.map((t) => t.correctionRate) },
    ],
  };
}

export function trendTable(trend: readonly YearFigures[]): DataTable {
  return {
    columns: ['年份', '报告数', '机关数', '本年新收', '公开率', '行政复议', '行政诉讼', '复议纠错率'],
    rows: trend.map((t) => [`${t.year}年`, t.reports, t.bodies, t.received, t.disclosureRate, t.reviews, t.suits, t.correctionRate]),
    kinds: ['text', 'count', 'count', 'count', 'ratio', 'count', 'count', 'ratio'],
    notes: [DEFINITIONS.disclosureRate, DEFINITIONS.correctionRate, '比率只计入相关单元格全部填写的报告。', DEFINITIONS.gap],
  };
}
