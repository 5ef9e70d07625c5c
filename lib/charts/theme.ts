/** Look shared by every chart: calm palette, CJK font stack, readable axes. */
import type { ChartOption } from './types';
import { formatNumber } from '../format';

/** Noto Sans SC is the font embedded for PNG export; the rest are what browsers have. */
export const FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const PALETTE = ['#2f6690', '#d1495b', '#edae49', '#3a7d44', '#8e7dbe', '#66a5ad', '#9c6644', '#7a7a7a'];

export const formatCount = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '—');
export const formatPercent = (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : '—');

/** Labels of many groups are rotated so they do not overlap. */
export function categoryAxisLabel(count: number) {
  return { interval: 0, rotate: count > 6 ? 35 : 0, hideOverlap: false };
}

export function baseOption(): ChartOption {
  return {
    color: PALETTE,
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: '#333' },
    grid: { left: 24, right: 24, top: 56, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { top: 8, type: 'scroll', textStyle: { fontFamily: FONT_FAMILY } },
    tooltip: { trigger: 'axis', valueFormatter: formatCount },
  };
}
