/** 本年新收申请: bars across groups for one year, one line per group over a range. */
import { DEFINITIONS } from '../report/derived';
import type { ApplicationsData } from '../queries/applications';
import { baseOption, categoryAxisLabel } from './theme';
import type { ChartOption, DataTable } from './types';

const NOTES = ['本年新收 = 三、收到和处理政府信息公开申请情况 · 一、本年新收 · 总计（单位：件）。', DEFINITIONS.gap];

export function applicationsOption(data: ApplicationsData): ChartOption {
  const base = baseOption();
  if (data.years.length === 1) {
    return {
      ...base,
      legend: { show: false },
      xAxis: { type: 'category', data: data.groups.map((g) => g.name), axisLabel: categoryAxisLabel(data.groups.length) },
      yAxis: { type: 'value', name: '件' },
      series: [{ type: 'bar', name: `${data.years[0]}年 本年新收`, barMaxWidth: 48, data: data.groups.map((g) => g.values[0]) }],
    };
  }
  return {
    ...base,
    xAxis: { type: 'category', data: data.years.map((y) => `${y}年`), boundaryGap: false },
    yAxis: { type: 'value', name: '件' },
    // connectNulls false: a year without data shows as a break in the line, not a dip to zero.
    series: data.groups.map((g) => ({ type: 'line' as const, name: g.name, connectNulls: false, symbolSize: 6, data: g.values })),
  };
}

export function applicationsTable(data: ApplicationsData): DataTable {
  return {
    columns: ['地区/机关', ...data.years.map((y) => `${y}年 本年新收`), ...data.years.map((y) => `${y}年 报告数`)],
    rows: data.groups.map((g) => [g.name, ...g.values, ...g.reports]),
    kinds: ['text', ...data.years.flatMap(() => ['count' as const, 'count' as const])],
    notes: NOTES,
  };
}
