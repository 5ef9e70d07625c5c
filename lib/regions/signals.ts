/**
 * Place signals in a report's text other than place names: telephone area codes, postcodes,
 * provincial government-service brands and gov.cn domains. Each maps to region codes (6 digits).
 * They only ever decide between candidates already found in the body's name; they never name a body.
 */

/** Area codes that pin a city (capitals, municipalities, cities under separate state planning, shared codes). */
const CITY_AREA_CODES: Record<string, string[]> = {
  '010': ['110000'], '021': ['310000'], '022': ['120000'], '023': ['500000'],
  '020': ['440100'], '024': ['210100'], '025': ['320100'], '027': ['420100'], '028': ['510100'],
  '029': ['610100', '610400'], // 西安, 咸阳
  '0311': ['130100'], '0351': ['140100'], '0471': ['150100'], '0431': ['220100'], '0451': ['230100'],
  '0571': ['330100'], '0551': ['340100'], '0591': ['350100'], '0791': ['360100'], '0531': ['370100'],
  '0371': ['410100'], '0731': ['430100', '430200', '430300'], // 长株潭 share 0731
  '0771': ['450100'], '0898': ['460000'], '0851': ['520100', '520300'], '0871': ['530100'],
  '0891': ['540100'], '0931': ['620100'], '0971': ['630100'], '0951': ['640100'], '0991': ['650100'],
  '0574': ['330200'], '0592': ['350200'], '0532': ['370200'], '0411': ['210200'], '0755': ['440300'],
  '0580': ['330900'], '0335': ['130300'],
};

/**
 * The numbering plan groups four-digit area codes by their first three digits, mostly one province
 * per group; only groups that are entirely inside one province are listed.
 */
const PROVINCE_BY_AREA_PREFIX: Record<string, string> = {
  '031': '130000', '035': '140000', '037': '410000', '039': '410000', '041': '210000', '042': '210000',
  '043': '220000', '045': '230000', '046': '230000', '047': '150000', '048': '150000', '051': '320000',
  '052': '320000', '053': '370000', '054': '370000', '063': '370000', '055': '340000', '056': '340000',
  '057': '330000', '059': '350000', '066': '440000', '075': '440000', '076': '440000', '070': '360000',
  '079': '360000', '071': '420000', '072': '420000', '073': '430000', '074': '430000', '077': '450000',
  '081': '510000', '082': '510000', '083': '510000', '085': '520000', '087': '530000', '088': '530000',
  '069': '530000', '089': '540000', '091': '610000', '093': '620000', '094': '620000', '095': '640000',
  '097': '630000', '090': '650000', '099': '650000',
};

/** First two digits of a postcode → province. */
const PROVINCE_BY_POSTCODE: Record<string, string> = {
  '10': '110000', '30': '120000', '05': '130000', '06': '130000', '07': '130000', '03': '140000',
  '04': '140000', '01': '150000', '02': '150000', '11': '210000', '12': '210000', '13': '220000',
  '15': '230000', '16': '230000', '20': '310000', '21': '320000', '22': '320000', '31': '330000',
  '32': '330000', '23': '340000', '24': '340000', '35': '350000', '36': '350000', '33': '360000',
  '34': '360000', '25': '370000', '26': '370000', '27': '370000', '45': '410000', '46': '410000',
  '47': '410000', '43': '420000', '44': '420000', '41': '430000', '42': '430000', '51': '440000',
  '52': '440000', '53': '450000', '54': '450000', '57': '460000', '40': '500000', '61': '510000',
  '62': '510000', '63': '510000', '64': '510000', '55': '520000', '56': '520000', '65': '530000',
  '66': '530000', '67': '530000', '85': '540000', '71': '610000', '72': '610000', '73': '620000',
  '74': '620000', '81': '630000', '75': '640000', '83': '650000', '84': '650000',
};

/**
 * Provincial government-service apps and portals (一网通办 is national, so not listed).
 * 京通 only in quotes: bare, it is inside 南京通过.
 */
const SERVICE_BRANDS: Record<string, string> = {
  渝快办: '500000', 浙里办: '330000', 粤省事: '440000', 粤商通: '440000', 闽政通: '350000',
  苏服办: '320000', 赣服通: '360000', 皖事通: '340000', 豫事办: '410000', 鄂汇办: '420000',
  天府通办: '510000', 陕政通: '610000', 秦务员: '610000', 辽事通: '210000', 津心办: '120000',
  '“京通”': '110000', 随申办: '310000', 湘易办: '430000', 爱山东: '370000', 蒙速办: '150000',
  冀时办: '130000', 三晋通: '140000', 吉事办: '220000', 智桂通: '450000', 海易办: '460000',
  甘快办: '620000', 青松办: '630000', 新服办: '650000', 贵人服务: '520000',
};

/** Label before `.gov.cn` on provincial portals (www.cq.gov.cn, jiangbei.cq.gov.cn). */
const PROVINCE_DOMAINS: Record<string, string> = {
  beijing: '110000', tj: '120000', tianjin: '120000', hebei: '130000', shanxi: '140000', nmg: '150000',
  ln: '210000', jl: '220000', hlj: '230000', shanghai: '310000', sh: '310000', jiangsu: '320000',
  js: '320000', zj: '330000', zhejiang: '330000', ah: '340000', fujian: '350000', fj: '350000',
  jiangxi: '360000', jx: '360000', shandong: '370000', sd: '370000', henan: '410000', hubei: '420000',
  hunan: '430000', gd: '440000', gxzf: '450000', hainan: '460000', cq: '500000', sc: '510000',
  guizhou: '520000', yn: '530000', xizang: '540000', shaanxi: '610000', gansu: '620000',
  qinghai: '630000', nx: '640000', xinjiang: '650000',
};

export interface Signal {
  /** What was seen, for messages: `023-67854766`, `渝快办`. */
  seen: string;
  /** Regions the signal points into (a candidate within any of them is supported). */
  codes: string[];
  weight: number;
}

// 3-digit area codes start 01/02; all others are 4 digits. Mobile numbers start with 1, so never match.
const PHONE = /(?<!\d)(0[12]\d|0[3-9]\d\d)[-－—–)）\s]{0,2}[2-9]\d{6,7}(?!\d)/g;
// One pass for all brands: 29 separate includes() cost three times as much on a long report.
const BRAND = new RegExp(Object.keys(SERVICE_BRANDS).join('|'), 'g');
const POSTCODE = /(?:邮编|邮政编码)[:：\s]*(\d{6})(?!\d)/g;

function phoneCodes(areaCode: string): string[] | undefined {
  if (CITY_AREA_CODES[areaCode]) return CITY_AREA_CODES[areaCode];
  const province = areaCode.length === 4 ? PROVINCE_BY_AREA_PREFIX[areaCode.slice(0, 3)] : undefined;
  return province ? [province] : undefined;
}

/** The label right before each `.gov.cn` (cq in jiangbei.cq.gov.cn); a regex here backtracks on every word. */
function govDomainLabels(text: string): string[] {
  const labels: string[] = [];
  for (let at = text.indexOf('.gov.cn'); at !== -1; at = text.indexOf('.gov.cn', at + 7)) {
    let start = at;
    while (start > 0 && /[a-z0-9-]/i.test(text[start - 1])) start--;
    if (start < at) labels.push(text.slice(start, at).toLowerCase());
  }
  return labels;
}

export function findSignals(text: string): Signal[] {
  const signals: Signal[] = [];
  for (const m of text.matchAll(PHONE)) {
    const codes = phoneCodes(m[1]);
    if (codes) signals.push({ seen: m[0], codes, weight: 3 });
  }
  for (const m of text.matchAll(POSTCODE)) {
    const province = PROVINCE_BY_POSTCODE[m[1].slice(0, 2)];
    if (province) signals.push({ seen: m[0], codes: [province], weight: 2 });
  }
  for (const label of govDomainLabels(text)) {
    const province = PROVINCE_DOMAINS[label];
    if (province) signals.push({ seen: `${label}.gov.cn`, codes: [province], weight: 2 });
  }
  const brands = new Set([...text.matchAll(BRAND)].map((m) => m[0]));
  for (const brand of brands) signals.push({ seen: brand, codes: [SERVICE_BRANDS[brand]], weight: 3 });
  return signals;
}
