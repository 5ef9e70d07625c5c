/**
 * The comparison filters as they travel in the query string, validated once for pages and
 * API alike. Bad input yields `{ error }` with a sentence naming the parameter, never a throw.
 */
import { z } from 'zod';
import { OUTCOME_CATEGORIES, type OutcomeCategory } from '../report/cells';
import { LEVELS, type Level, type Scope } from './scope';

export const VIEWS = ['counts', 'shares'] as const;
export type View = (typeof VIEWS)[number];
const MAX_YEARS = 20;
const MAX_ITEMS = 50;

const year = z.coerce.number({ error: '应为年份数字' }).int('应为整数年份').min(2000, '年份不早于 2000').max(2100, '年份不晚于 2100');
const items = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const regionList = items.pipe(z.array(z.string().regex(/^\d{6}$/, '应为 6 位行政区划代码')).max(MAX_ITEMS, `最多 ${MAX_ITEMS} 项`));
const agencyList = items.pipe(z.array(z.string().regex(/^[1-9]\d{0,9}$/, '应为机关编号').transform(Number)).max(MAX_ITEMS, `最多 ${MAX_ITEMS} 项`));

const schema = z
  .object({
    level: z.enum(LEVELS, { error: '应为 province、city 或 county' }).default('province'),
    regions: regionList.default([]),
    agencies: agencyList.default([]),
    year: year.optional(),
    from: year.optional(),
    to: year.optional(),
    view: z.enum(VIEWS, { error: '应为 counts 或 shares' }).default('counts'),
    category: z.enum(OUTCOME_CATEGORIES.map((c) => c.key) as [OutcomeCategory, ...OutcomeCategory[]], { error: '不是办理结果类别' }).optional(),
  })
  .refine((f) => f.year === undefined || (f.from === undefined && f.to === undefined), { message: '年份（year）与区间（from/to）只能选一种', path: ['year'] })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: '起始年份不能晚于结束年份', path: ['from'] })
  .refine((f) => f.from === undefined || f.to === undefined || f.to - f.from < MAX_YEARS, { message: `区间最多 ${MAX_YEARS} 年`, path: ['to'] });

export type Filters = z.infer<typeof schema>;
export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const NAMES: Record<string, string> = { level: '层级', regions: '地区', agencies: '机关', year: '年份', from: '起始年份', to: '结束年份', view: '视图', category: '类别' };

const LISTS = new Set(['regions', 'agencies']);

export function parseFilters(raw: RawParams): { filters: Filters; error?: undefined } | { filters?: undefined; error: string } {
  const entries = raw instanceof URLSearchParams ? [...new Set(raw.keys())].map((k) => [k, raw.getAll(k)] as const) : Object.entries(raw);
  const flat: Record<string, string> = {};
  for (const [k, v] of entries) {
    if (!(k in NAMES) || v === undefined) continue; // unknown parameters are ignored, like any web page does
    const values = (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
    // Lists may come repeated (a form's multi-select) or comma-separated (a permalink).
    if (LISTS.has(k)) flat[k] = values.join(',');
    else if (values.length > 1) return { error: `参数 ${k}（${NAMES[k]}）只能出现一次` };
    else if (values.length === 1) flat[k] = values[0];
  }
  const parsed = schema.safeParse(flat);
  if (parsed.success) return { filters: parsed.data };
  const issue = parsed.error.issues[0];
  const key = String(issue.path[0] ?? '');
  return { error: `参数 ${key}（${NAMES[key] ?? key}）有误：${issue.message}` };
}

/** The scope a filter set means; no year given: the latest year with reports. */
export function toScope(f: Filters, latestYear: number): Scope {
  const from = f.year ?? f.from ?? f.to ?? latestYear;
  const to = f.year ?? f.to ?? (f.from !== undefined ? latestYear : from);
  return { level: f.level as Level, regions: f.regions, agencies: f.agencies, from: Math.min(from, to), to: Math.max(from, to) };
}

/** The query string of a filter set (defaults left out), for links and permalinks. */
export function filtersToQuery(f: Partial<Filters>): string {
  const q = new URLSearchParams();
  if (f.level && f.level !== 'province') q.set('level', f.level);
  if (f.regions?.length) q.set('regions', f.regions.join(','));
  if (f.agencies?.length) q.set('agencies', f.agencies.join(','));
  if (f.year !== undefined) q.set('year', String(f.year));
  if (f.from !== undefined) q.set('from', String(f.from));
  if (f.to !== undefined) q.set('to', String(f.to));
  if (f.view && f.view !== 'counts') q.set('view', f.view);
  if (f.category) q.set('category', f.category);
  return q.toString();
}
