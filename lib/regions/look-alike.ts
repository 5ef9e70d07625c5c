/**
 * Characters that OCR and hurried typists confuse in place names (沐阳 for 沭阳, 毫州 for 亳州,
 * 雎县 for 睢县). Used only to choose between typo readings that are otherwise equally supported.
 */
const GROUPS = [
  '沐沭', '亳毫', '泸沪', '兖衮', '睢雎', '郴彬', '己已巳', '未末', '土士', '戊戌戍', '日曰', '汩汨',
  '侯候', '崇祟', '徽微', '嬴赢', '盱旴', '眙贻', '邗邘', '岷泯', '乌鸟', '刺剌', '拔拨', '祗祇',
];

const groupOf = new Map<string, string>();
for (const group of GROUPS) for (const ch of group) groupOf.set(ch, group);

/** True when the two equal-length names differ in exactly one position, by look-alike characters. */
export function differsByLookAlike(written: string, official: string): boolean {
  if (written.length !== official.length) return false;
  let differences = 0;
  let lookAlike = false;
  for (let i = 0; i < written.length; i++) {
    if (written[i] === official[i]) continue;
    differences++;
    lookAlike = groupOf.get(written[i]) !== undefined && groupOf.get(written[i]) === groupOf.get(official[i]);
  }
  return differences === 1 && lookAlike;
}
