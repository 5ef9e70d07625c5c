/**
 * Names in a body's name that are not current official names: a one-character typo (沐阳县) or the
 * former name of a county since made a district or city (孟津县, now 孟津区). Either is read as an
 * official name only when exactly one of its readings lies inside a place also named in the body's name
 * or, failing that, a place the text points to. Readings by a known look-alike character (沐/沭) are tried
 * first: 沭阳县 and 泗阳县 are both in 宿迁. A name that cannot be read blocks the answer: dropping it
 * would silently give its parent's code.
 */
import { describe, liesIn, regionOf, type Division } from './dataset';
import { supportInContext } from './evidence';
import { differsByLookAlike } from './look-alike';
import type { PlaceToken } from './scan';

export interface RegionWarning {
  code: 'region-unknown' | 'region-ambiguous' | 'region-fuzzy' | 'region-renamed';
  message: string;
}

export function readUnofficialNames(tokens: readonly PlaceToken[], context: string, warnings: RegionWarning[]): PlaceToken[] | null {
  const official = tokens.filter((t) => t.form === 'full' || t.form === 'short');
  const supportedAmong = (candidates: Division[]) => {
    const byName = candidates.filter((c) => official.some((o) => o.candidates.some((m) => m !== c && liesIn(c, m))));
    if (byName.length) return byName;
    const support = supportInContext(candidates, context);
    return candidates.filter((_, i) => support[i].score > 0);
  };

  const read: PlaceToken[] = [];
  for (const t of tokens) {
    if (official.includes(t)) {
      read.push(t);
      continue;
    }
    // Look-alikes first: few candidates, and when supported the better reading.
    const lookAlike = t.candidates.filter((c) => differsByLookAlike(t.text, c.name));
    const supportedLookAlike = lookAlike.length ? supportedAmong(lookAlike) : [];
    const supported = supportedLookAlike.length ? supportedLookAlike : supportedAmong(t.candidates);
    if (supported.length !== 1) {
      const options = supported.length > 1 ? `，可能是${describe(supported)}` : '';
      warnings.push({ code: 'region-unknown', message: `“${t.text}”不是现行区划名称${options}，无法确定` });
      return null;
    }
    const [reading] = supported;
    warnings.push(
      t.form === 'renamed'
        ? { code: 'region-renamed', message: `“${t.text}”是旧称，按现名“${reading.name}”（${regionOf(reading).fullName}）` }
        : { code: 'region-fuzzy', message: `“${t.text}”不是现行区划名称，按一字之差读作“${reading.name}”（${regionOf(reading).fullName}）` },
    );
    read.push({ ...t, candidates: supported });
  }
  return read;
}
