/**
 * Stacked bars over comparison groups: outcomes, sub-reasons, applicants and appeals are all
 * this shape (groups on the x axis, one series per part), so they share one builder.
 */
import { shares } from '../report/derived';
import type { GroupRow } from '../queries/scope';
import { baseOption, categoryAxisLabel, formatCount, formatPercent } from './theme';
import type { ChartOption, DataTable } from './types';

export interface Part {
  key: string;
  label: string;
  /** Bars with the same stack id pile up; different ids stand side by side. */
  stack?: string;
}

export interface StackedSpec {
  parts: readonly Part[];
  /** Each group's parts as shares of the group's known total (stacked to 100%). */
  asShares?: boolean;
  /** Name of the value axis. */
  unit: string;
}

function groupValues(row: GroupRow, spec: StackedSpec): Record<string, number | null> {
  const values = Object.fromEntries(spec.parts.map((p) => [p.key, row.values[p.key] ?? null]));
  return spec.asShares ? shares(values) : values;
}

export function stackedOption(rows: readonly GroupRow[], spec: StackedSpec): ChartOption {
  const format = spec.asShares ? formatPercent : formatCount;
  const values = rows.map((r) => groupValues(r, spec));
  return {
    ...baseOption(),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: categoryAxisLabel(rows.length) },
    yAxis: {
      type: 'value',
      name: spec.unit,
      ...(spec.asShares ? { max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } } : {}),
    },
    series: spec.parts.map((p) => ({
      type: 'bar' as const,
      name: p.label,
      stack: p.stack ?? 'all',
      barMaxWidth: 48,
      emphasis: { focus: 'series' as const },
      data: values.map((v) => v[p.key]),
    })),
  };
}

export function stackedTable(rows: readonly GroupRow[], spec: StackedSpec, notes: string[]): DataTable {
  const unit = spec.asShares ? '（占比）' : '';
  return {
    columns: ['地区/机关', '报告数', ...spec.parts.map((p) => `${p.label}${unit}`)],
    kinds: ['text', 'count', ...spec.parts.map(() => (spec.asShares ? ('ratio' as const) : ('count' as const)))],
    rows: rows.map((r) => {
      const v = groupValues(r, spec);
      return [r.name, r.reports, ...spec.parts.map((p) => v[p.key])];
    }),
    notes,
  };
}
