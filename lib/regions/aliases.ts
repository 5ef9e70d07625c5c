/**
 * Short forms people write for a division: 江北 for 江北区, 恩施州 for 恩施土家族苗族自治州,
 * 广西 for 广西壮族自治区, 高笋塘 for 高笋塘街道. Forms shorter than two characters are never produced:
 * 东 (东区) or 城 (城区) would match everywhere.
 */
import type { Division } from './dataset';

/** Peoples named in autonomous-division names (with or without 族: 蒙古自治州, 哈萨克自治县). */
const PEOPLES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔',
  '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '普米', '塔吉克', '怒', '鄂温克', '保安', '裕固',
  '独龙', '鄂伦春', '各',
].join('|');

/** Shortest leading name followed only by peoples and an autonomy suffix. */
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族?)*自治(区|州|县|旗)$`);

/** Plain suffixes, longest first, per level. */
const SUFFIXES: Record<Division['level'], RegExp> = {
  province: /(省|市)$/,
  city: /(市|地区|盟)$/,
  county: /(新区|林区|特区|区|县|市|旗)$/,
  township: /(街道办事处|办事处|街道|民族乡|镇|乡|苏木|地区)$/,
  // 石家庄高新技术产业开发区 without its suffix is 石家庄: a zone has no short form.
  zone: /$^/,
};

export function shortForms(d: Pick<Division, 'name' | 'level'>): string[] {
  const forms: string[] = [];
  // The cheap test first: this runs over 45 000 names when the index is built.
  const autonomous = d.name.includes('自治') ? AUTONOMOUS.exec(d.name) : null;
  if (autonomous) {
    const [, base, kind] = autonomous;
    forms.push(base);
    // 恩施州, 石柱县, 鄂伦春旗 are everyday forms; 广西区 is not.
    if (kind !== '区') forms.push(base + kind);
  } else {
    const base = d.name.replace(SUFFIXES[d.level], '');
    if (base !== d.name) forms.push(base);
  }
  return forms.filter((f) => f.length >= 2 && f !== d.name);
}
