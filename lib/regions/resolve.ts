/**
 * Which division a reporting body belongs to, from its name, with the report's text as evidence
 * when the name alone is ambiguous. Never guesses: an undecided name gives null and a warning.
 *
 * 1. Find the place names in the body's name (scan.ts).
 * 2. Prefer the candidate most of those names agree on: in 重庆市江北区 the 江北区 inside 重庆 (two names
 *    agree) beats the one in 宁波 (one). A township only counts when a county/city name in the body's name
 *    agrees with it, or when the name has no county/city at all (高笋塘街道办事处).
 * 3. Still several? Let the text decide (evidence.ts); if it cannot, say so.
 * Typos and former names are read first (unofficial-names.ts).
 */
import type { AgencyLevel } from '../report/record';
import { describe, liesIn, regionOf, type Division } from './dataset';
import { supportInContext } from './evidence';
import { scanPlaceNames } from './scan';
import { readUnofficialNames, type RegionWarning } from './unofficial-names';

export type { RegionWarning };

export interface AgencyRegion {
  regionCode: string | null;
  /** Full name of the resolved division (重庆市江北区). */
  regionName: string | null;
  /** Level of the body itself: a 街道办事处 is `township` although its regionCode is its county's. */
  level: AgencyLevel;
  warnings: RegionWarning[];
}

/** The winner needs at least twice the support of the runner-up: a passing mention must not decide. */
const DOMINANCE = 2;

/**
 * A 街道/镇/乡 the dataset does not know (new or renamed), written right after its county:
 * the code is the county's, but the body is a township.
 */
const UNKNOWN_TOWNSHIP = /^[\u4e00-\u9fff]{2,6}?(街道|镇|乡)(办事处|人民政府|政府|$)/;

/** A zone's administration (开发区管委会) works at county level. */
const bodyLevel = (d: Division): AgencyLevel => (d.level === 'zone' ? 'county' : d.level);

export function resolveAgencyRegion(agencyName: string, context: string): AgencyRegion {
  const name = agencyName.replace(/\s+/g, '');
  const warnings: RegionWarning[] = [];
  const tokens = readUnofficialNames(scanPlaceNames(name), context, warnings);
  if (tokens === null) return { regionCode: null, regionName: null, level: 'unknown', warnings };
  if (tokens.length === 0) {
    warnings.push({ code: 'region-unknown', message: `机构名称“${agencyName}”中没有可识别的行政区划名称` });
    return { regionCode: null, regionName: null, level: 'unknown', warnings };
  }

  const namesRegion = tokens.some((t) => t.candidates.some((c) => c.level !== 'township'));
  const scored = tokens
    .flatMap((t) => t.candidates)
    .map((d) => ({ d, agreeing: tokens.filter((t) => t.candidates.some((m) => liesIn(d, m))).length }))
    .filter(({ d, agreeing }) => d.level !== 'township' || !namesRegion || agreeing >= 2);
  const best = Math.max(0, ...scored.map((s) => s.agreeing));
  let top = [...new Set(scored.filter((s) => s.agreeing === best).map((s) => s.d))];

  if (new Set(top.map((d) => regionOf(d).code)).size > 1) {
    const support = supportInContext(top, context);
    const order = top.map((d, i) => ({ d, ...support[i] })).sort((a, b) => b.score - a.score);
    const [first, second] = order;
    if (first.score > 0 && first.score >= DOMINANCE * second.score) {
      top = [first.d];
    } else {
      const seen = order.filter((o) => o.reasons.length).map((o) => `${regionOf(o.d).fullName}：${o.reasons.join('、')}`);
      warnings.push({
        code: 'region-ambiguous',
        message: `“${agencyName}”可能属于${describe(top)}，正文不足以判断${seen.length ? `（${seen.join('；')}）` : ''}`,
      });
      const levels = new Set(top.map(bodyLevel));
      return { regionCode: null, regionName: null, level: levels.size === 1 ? [...levels][0] : 'unknown', warnings };
    }
  }
  const body = top[0];
  const region = regionOf(body);
  const bodyToken = tokens.findLast((t) => t.candidates.includes(body))!;
  const level = body.level === 'county' && UNKNOWN_TOWNSHIP.test(name.slice(bodyToken.end)) ? 'township' : bodyLevel(body);
  return { regionCode: region.code, regionName: region.fullName, level, warnings };
}
