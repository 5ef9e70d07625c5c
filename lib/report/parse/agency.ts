/**
 * The reporting body's name, from the strongest evidence available: the title, a name line at the
 * top, the compiling office (本报告由…编制), the contact line (请联系…办公室), and last the place the
 * narrative keeps naming (海沧区…). `我镇` with no name anywhere stays unknown: never guessed.
 */
const HEAD_LINES = 12;
const MAX_TITLE = 60;
const TITLE_TAIL = /信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
const YEAR = /(20\d{2})\s*年度?/;
const BODY_SUFFIX =
  /(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|办|街道|办事处|镇|乡|中心|院|所|队|站|署|会|部|处|公司|馆|区|县|市|州|旗|省)$/;
const NAME = /^[\u3400-\u9fff()]{3,40}$/;
// A suffix alone is not a name (`2022年政府信息公开…` leaves just 政府).
const GENERIC_NAME = /^(?:人民政府|政府|本机关|本单位|我单位|办公室)$/;
const COMPILED_BY = /本报告由([\u3400-\u9fff()]{2,40}?)(?:负责)?(?:编制|编写|制作|发布)/;
const CONTACT =
  /(?:联系|咨询)(?:单位|部门)?[::]?\s*([\u3400-\u9fff]{2,30}?(?:人民政府办公室|人民政府办公厅|政府办公室|办公室|办公厅|人民政府|委员会|办事处|局|中心))/;
const SELF_REFERENCE = /我(区|县|市|镇|乡|街道|旗)/g;
const PLACE = /[\u3400-\u9fff]{2}(?:区|县|旗)|[\u3400-\u9fff]{2,3}(?:镇|乡|街道)/g;
// 全区, 我区, 辖区, 城区… are not names: the character before the suffix is a generic word.
const GENERIC = new Set([...'我全本各该辖城社园景片市郊山县区乡镇街']);
const MIN_PLACE_MENTIONS = 2;

function clean(name: string): string | null {
  const s = name.replace(/[\s"'《》]/g, '').replace(/关于$/, '');
  return NAME.test(s) && BODY_SUFFIX.test(s) && !GENERIC_NAME.test(s) ? s : null;
}

/** `攀枝花市人民政府办公室2024年政府信息公开工作年度报告`, `2024年X区人民政府政府信息公开…`. */
function nameInTitle(line: string): string | null | undefined {
  const tail = line.length <= MAX_TITLE ? TITLE_TAIL.exec(line) : null;
  if (!tail) return undefined;
  const prefix = line.slice(0, tail.index);
  // The 政府 of 政府信息公开 may follow a name that itself ends in 政府.
  const forms = prefix.endsWith('政府') ? [prefix.slice(0, -2), prefix] : [prefix];
  for (const form of forms) {
    for (const part of form.split(YEAR)) {
      const name = YEAR.test(part) ? null : clean(part);
      if (name) return name;
    }
  }
  return null;
}

function fromHead(head: readonly string[]): string | null {
  for (let i = 0; i < head.length; i++) {
    const name = nameInTitle(head[i]);
    if (name) return name;
    // Name on its own line just above the title line.
    if (name === null && i > 0) {
      const above = clean(head[i - 1]);
      if (above) return above;
    }
  }
  for (const line of head) {
    const name = line.length <= 30 ? clean(line) : null;
    if (name) return name;
  }
  return null;
}

/** The place the narrative keeps naming, if the body refers to itself at that level (我区). */
function fromPlaceMentions(narrative: string): string | null {
  const selfLevels = new Set([...narrative.matchAll(SELF_REFERENCE)].map((m) => m[1]));
  if (selfLevels.size === 0) return null;
  const counts = new Map<string, number>();
  for (const m of narrative.matchAll(PLACE)) {
    const place = m[0];
    const level = place.endsWith('街道') ? '街道' : place.slice(-1);
    if (!selfLevels.has(level) || GENERIC.has(place[place.length - level.length - 1])) continue;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = MIN_PLACE_MENTIONS - 1;
  for (const [place, n] of counts) {
    if (n > bestCount) {
      best = place;
      bestCount = n;
    }
  }
  if (!best) return null;
  // The fullest printed form: 厦门市海沧区人民政府 rather than 海沧区.
  const city = new RegExp(`([\\u3400-\\u9fff]{2}市)${best}`).exec(narrative)?.[1] ?? '';
  const suffix = new RegExp(`${best}(人民政府|街道办事处|办事处)`).exec(narrative)?.[1];
  return city + best + (suffix ?? (best.endsWith('街道') ? '办事处' : '人民政府'));
}

export function findAgencyName(lines: readonly string[], text: string, narrative: string): string | null {
  const head: string[] = [];
  for (const line of lines) {
    const t = line.replace(/\s+/g, '');
    if (!t) continue;
    if (/^一[、.]/.test(t) || head.length >= HEAD_LINES) break;
    head.push(t);
  }
  return (
    fromHead(head) ??
    clean(COMPILED_BY.exec(text)?.[1] ?? '') ??
    clean(CONTACT.exec(text)?.[1] ?? '') ??
    fromPlaceMentions(narrative)
  );
}
