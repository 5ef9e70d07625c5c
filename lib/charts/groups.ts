/**
 * A chart stays readable with a few dozen groups: beyond that only the largest are drawn
 * (and exported), and the filters line says so. Selecting regions narrows to the rest.
 */
import type { ApplicationsData } from '../queries/applications';
import type { GroupRow } from '../queries/scope';

export const MAX_GROUPS = 30;

const weight = (values: readonly (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

export function topGroups(rows: GroupRow[], max = MAX_GROUPS): { rows: GroupRow[]; cut: boolean } {
  if (rows.length <= max) return { rows, cut: false };
  const keep = new Set(
    [...rows].sort((a, b) => weight(Object.values(b.values)) - weight(Object.values(a.values))).slice(0, max).map((r) => r.key),
  );
  return { rows: rows.filter((r) => keep.has(r.key)), cut: true };
}

export function topSeries(data: ApplicationsData, max = MAX_GROUPS): { data: ApplicationsData; cut: boolean } {
  if (data.groups.length <= max) return { data, cut: false };
  const keep = new Set([...data.groups].sort((a, b) => weight(b.values) - weight(a.values)).slice(0, max).map((g) => g.key));
  return { data: { ...data, groups: data.groups.filter((g) => keep.has(g.key)) }, cut: true };
}
