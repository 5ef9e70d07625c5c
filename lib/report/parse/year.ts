/**
 * The report year: from the title, else the 统计期 sentence, else the year the narrative talks
 * about most (a report on 2024 says 2024年 throughout 一、总体情况 and 五).
 */
const HEAD_CHARS = 1500;
const TITLE = /(20\d{2})\s*年度?[^\n。]{0,40}?年度报告/;
const PERIOD = /统计期(?:限|间)?[^\d\n]{0,8}(20\d{2})\s*年\s*1\s*月\s*1\s*日/;
const FULL_YEAR = /(20\d{2})\s*年\s*1\s*月\s*1\s*日[^\d\n]{0,4}(?:至|到|-|—|~)\s*(20\d{2})\s*年\s*12\s*月\s*31\s*日/;
const YEAR_MENTION = /(20\d{2})\s*年/g;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const valid = (y: number) => (y >= MIN_YEAR && y <= MAX_YEAR ? y : null);

export function findYear(text: string, narrative: string): number | null {
  const title = TITLE.exec(text.slice(0, HEAD_CHARS));
  if (title) return valid(Number(title[1]));
  const period = PERIOD.exec(text) ?? FULL_YEAR.exec(text);
  if (period) return valid(Number(period[1]));
  const counts = new Map<number, number>();
  for (const m of narrative.matchAll(YEAR_MENTION)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  // Ties go to the year mentioned first (insertion order of the map).
  for (const [y, n] of counts) {
    if (n > bestCount) {
      best = y;
      bestCount = n;
    }
  }
  return best === null ? null : valid(best);
}
