/**
 * The comparison filters as a plain GET form: the URL is the state, so every view is a
 * permalink, and it works before (or without) JavaScript. next/form navigates client-side.
 */
import Form from 'next/form';
import type { Filters } from '@/lib/queries/params';
import { LEVELS, LEVEL_LABELS, type Scope } from '@/lib/queries/scope';

/** Beyond this many choices a list is unusable: a code field takes over. */
const MAX_OPTIONS = 300;

interface Props {
  filters: Filters;
  scope: Scope;
  years: number[];
  regions: { code: string; name: string }[];
  agencies: { id: number; name: string }[];
}

export function FilterForm({ filters, scope, years, regions, agencies }: Props) {
  return (
    <Form action="/compare" className="filters card" aria-label="筛选条件">
      <label>
        层级
        <select name="level" defaultValue={filters.level}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>{LEVEL_LABELS[l]}</option>
          ))}
        </select>
      </label>
      <label>
        起始年份
        <select name="from" defaultValue={scope.from}>
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <label>
        结束年份
        <select name="to" defaultValue={scope.to}>
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      {regions.length <= MAX_OPTIONS ? (
        <label>
          {LEVEL_LABELS[filters.level]}行政区（可多选，不选为全部）
          <select name="regions" multiple defaultValue={filters.regions} size={Math.min(6, Math.max(3, regions.length))}>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>{r.name}</option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          行政区划代码（逗号分隔，不填为全部）
          <input name="regions" defaultValue={filters.regions.join(',')} inputMode="numeric" placeholder="如 500105,510400" />
        </label>
      )}
      {agencies.length <= MAX_OPTIONS ? (
        <label>
          或按机关比较（可多选）
          <select name="agencies" multiple defaultValue={filters.agencies.map(String)} size={Math.min(6, Math.max(3, agencies.length))}>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          或按机关编号比较（逗号分隔）
          <input name="agencies" defaultValue={filters.agencies.join(',')} inputMode="numeric" />
        </label>
      )}
      {filters.view !== 'counts' && <input type="hidden" name="view" value={filters.view} />}
      {filters.category && <input type="hidden" name="category" value={filters.category} />}
      <button type="submit">应用</button>
    </Form>
  );
}
