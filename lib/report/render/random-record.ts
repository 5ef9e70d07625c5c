/**
 * Random report sources whose numbers obey the consistency rules T3-1..3 and
 * T4-1..3, for round-trip tests, benchmarks and synthetic corpora.
 */
import {
  APPEAL_GROUPS,
  APPEAL_ITEMS,
  APPLICANT_COLUMNS,
  appealKey,
  outcomeRows,
  requestKey,
  templateCells,
  type Template,
} from '../cells';
import type { Rng } from './rng';
import type { ReportSource } from './source';

const PLACES = [
  '重庆市江北区', '浙江省宁波市江北区', '厦门市海沧区', '四川省攀枝花市', '重庆市万州区',
  '江苏省宿迁市沭阳县', '广州市天河区', '北京市朝阳区', '湖南省长沙市岳麓区', '甘肃省兰州市城关区',
] as const;
const BODIES = [
  '人民政府', '人民政府办公室', '发展和改革委员会', '教育局', '公安局', '民政局', '财政局',
  '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '卫生健康委员会', '市场监督管理局',
  '高笋塘街道办事处', '龙溪镇人民政府',
] as const;

export interface RandomSourceOptions {
  template?: Template;
  /** Probability that a cell is printed blank (its rules become uncertain). */
  nullRate?: number;
}

/** Mostly zeros, sometimes a small count, rarely a big one: the shape of real tables. */
function count(rng: Rng, scale: number): number {
  const roll = rng.next();
  if (roll < 0.55) return 0;
  if (roll < 0.9) return rng.int(1, Math.max(1, Math.round(scale / 10)));
  return rng.int(1, scale);
}

function requestCells(rng: Rng, oneRowOther: boolean, cells: Record<string, number | null>): void {
  const outcomes = outcomeRows(oneRowOther);
  const rowTotals = new Map<string, number>();
  const add = (row: string, column: (typeof APPLICANT_COLUMNS)[number]['key'], v: number) => {
    cells[requestKey(row, column)] = v;
    rowTotals.set(row, (rowTotals.get(row) ?? 0) + v);
  };
  for (const col of APPLICANT_COLUMNS) {
    const scale = col.key === 'natural' ? 300 : 20;
    let decided = 0;
    for (const row of outcomes) {
      const v = count(rng, scale);
      add(row.key, col.key, v);
      decided += v;
    }
    add('total', col.key, decided);
    const forward = count(rng, scale / 4);
    // T3-1: received + carriedOver = total + carriedForward, all non-negative.
    const over = rng.int(0, Math.min(decided + forward, Math.round(scale / 4)));
    add('carriedForward', col.key, forward);
    add('carriedOver', col.key, over);
    add('received', col.key, decided + forward - over);
  }
  for (const [row, sum] of rowTotals) cells[requestKey(row, 'total')] = sum; // T3-3
}

function appealCells(rng: Rng, cells: Record<string, number | null>): void {
  for (const group of APPEAL_GROUPS) {
    let sum = 0;
    for (const item of APPEAL_ITEMS) {
      if (item.key === 'total') continue;
      const v = count(rng, 12);
      cells[appealKey(group.key, item.key)] = v;
      sum += v;
    }
    cells[appealKey(group.key, 'total')] = sum; // T4
  }
}

function proactiveValue(rng: Rng, decimal: boolean, signed: boolean): number {
  if (decimal) return rng.chance(0.4) ? 0 : Math.round(rng.next() * 50000) / 100;
  if (signed) return rng.chance(0.5) ? 0 : rng.int(-30, 30);
  return count(rng, 2000);
}

export function randomReportSource(rng: Rng, options: RandomSourceOptions = {}): ReportSource {
  const template = options.template ?? rng.pick(['2019', '2021'] as const);
  const year = template === '2019' ? rng.int(2019, 2020) : rng.int(2021, 2025);
  // A few 2021 reports print （六）其他处理 as one 2019-style row.
  const oneRowOther = template === '2019' || rng.chance(0.1);
  const cells: Record<string, number | null> = {};
  for (const def of templateCells(template, oneRowOther)) {
    if (def.section === 'proactive') cells[def.key] = proactiveValue(rng, def.decimal, def.signed);
  }
  requestCells(rng, oneRowOther, cells);
  appealCells(rng, cells);
  const nullRate = options.nullRate ?? 0.03;
  if (nullRate > 0) {
    for (const key of Object.keys(cells)) if (rng.chance(nullRate)) cells[key] = null;
    // Some offices leave the 总计 column blank except on the totals row.
    if (rng.chance(nullRate)) {
      for (const key of Object.keys(cells)) {
        if (/^requests\.(?!total\.).*\.total$/.test(key)) cells[key] = null;
      }
    }
  }
  return { year, template, agencyName: `${rng.pick(PLACES)}${rng.pick(BODIES)}`, cells };
}
