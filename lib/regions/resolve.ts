/**
 * Which division a reporting body belongs to, from its name, with the report's text as evidence
 * when the name alone is ambiguous. Never guesses: an undecided name gives null and a warning.
 *
 * 1. Find the place names in the body's name (scan.ts).
 * 2. Prefer the candidate most of those names agree on: in 重庆市江北区 the 江北区 inside 重庆 (two names
 *    agree) beats the one in 宁波 (one). A township only counts when a county/city name in the body's name
 *    agrees with it, or when the name has no county/city at all (高笋塘街道办事处).
 * 3. Still several? Let the text decide (evidence.ts); if it cannot, say so.
 */
import type { AgencyLevel } from '../report/record';
import { isWithin, regionOf, type Division } from './dataset';
import { supportInContext } from './evidence';
import { differsByLookAlike } from './look-alike';
import { scanPlaceNames, type PlaceToken } from './scan';

export interface RegionWarning {
  code: 'region-unknown' | 'region-ambiguous' | 'region-fuzzy';
  message: string;
}

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

const describe = (ds: Division[]) => ds.map((d) => regionOf(d).fullName + ('parent' in d ? d.name : '')).join('、');

/** A zone's administration (开发区管委会) works at county level. */
const bodyLevel = (d: Division): AgencyLevel => (d.level === 'zone' ? 'county' : d.level);

/** `d` is `m` itself or lies inside region `m`. */
const agrees = (d: Division, m: Division) => m === d || (m.level !== 'township' && isWithin(d, m.code));

export function resolveAgencyRegion(agencyName: string, context: string): AgencyRegion {
  const name = agencyName.replace(/\s+/g, '');
  const warnings: RegionWarning[] = [];
  const tokens = readTypos(scanPlaceNames(name), context, warnings);
  if (tokens === null) return { regionCode: null, regionName: null, level: 'unknown', warnings };
  if (tokens.length === 0) {
    warnings.push({ code: 'region-unknown', message: `机构名称“${agencyName}”中没有可识别的行政区划名称` });
    return { regionCode: null, regionName: null, level: 'unknown', warnings };
  }

  const namesRegion = tokens.some((t) => t.candidates.some((c) => c.level !== 'township'));
  const scored = tokens
    .flatMap((t) => t.candidates)
    .map((d) => ({ d, agreeing: tokens.filter((t) => t.candidates.some((m) => agrees(d, m))).length }))
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
  return { regionCode: region.code, regionName: region.fullName, level: bodyLevel(body), warnings };
}

/**
 * A one-character typo (沐阳县) is read as an official name only when exactly one of the names it could be
 * lies inside a place also named in the body's name or, failing that, a place the text points to.
 * Readings by a known look-alike character (沐/沭) are tried first: 沭阳县 and 泗阳县 are both in 宿迁.
 * A typo that cannot be read blocks the answer: dropping it would silently give its parent's code.
 */
function readTypos(tokens: PlaceToken[], context: string, warnings: RegionWarning[]): PlaceToken[] | null {
  const read: PlaceToken[] = [];
  for (const t of tokens) {
    if (t.form !== 'typo') {
      read.push(t);
      continue;
    }
    const others = tokens.filter((o) => o.form !== 'typo');
    const supportedAmong = (candidates: Division[]) => {
      const byName = candidates.filter((c) => others.some((o) => o.candidates.some((m) => m !== c && agrees(c, m))));
      if (byName.length) return byName;
      const support = supportInContext(candidates, context);
      return candidates.filter((_, i) => support[i].score > 0);
    };
    // Look-alikes first: cheaper (few candidates) and, when supported, the better reading.
    const lookAlike = t.candidates.filter((c) => differsByLookAlike(t.text, c.name));
    const supportedLookAlike = lookAlike.length ? supportedAmong(lookAlike) : [];
    const supported = supportedLookAlike.length ? supportedLookAlike : supportedAmong(t.candidates);
    if (supported.length !== 1) {
      const options = supported.length > 1 ? `，可能是${describe(supported)}` : '';
      warnings.push({ code: 'region-unknown', message: `“${t.text}”不是现行区划名称${options}，无法确定` });
      return null;
    }
    warnings.push({
      code: 'region-fuzzy',
      message: `“${t.text}”不是现行区划名称，按一字之差读作“${supported[0].name}”（${regionOf(supported[0]).fullName}）`,
    });
    read.push({ ...t, candidates: supported });
  }
  return read;
}
