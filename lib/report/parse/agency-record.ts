/**
 * The `agency` of the record: the name (hint or inferred), placed in GB/T 2260 by the regions
 * resolver; hints from a manifest or the admin form override what the text suggests.
 */
import { regionByCode, resolveAgencyRegion } from '../../regions';
import type { Agency, ParseHints, Warning } from '../record';

export function agencyRecord(name: string | null, context: string, hints: ParseHints | undefined): { agency: Agency | null; warnings: Warning[] } {
  if (!name) {
    return {
      agency: null,
      warnings: [{ code: 'agency-unknown', message: '报告中找不到发布机关名称（如“我镇”而无镇名），需要人工补充' }],
    };
  }
  const resolved = resolveAgencyRegion(name, context);
  const warnings: Warning[] = hints?.regionCode ? [] : resolved.warnings.map((w) => ({ code: w.code, message: w.message }));
  if (!hints?.regionCode) {
    return { agency: { name, regionCode: resolved.regionCode, regionName: resolved.regionName, level: resolved.level }, warnings };
  }
  const hinted = regionByCode(hints.regionCode);
  return {
    agency: { name, regionCode: hints.regionCode, regionName: hinted?.fullName ?? null, level: resolved.level },
    warnings,
  };
}
