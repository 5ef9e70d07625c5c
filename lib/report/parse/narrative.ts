/**
 * Rule X-2: numbers the narrative quotes (共收到申请93件, 上年结转3件, 结转下年度6件, 办结90件)
 * must agree with the table. The table is trusted; a contradiction is a warning on the narrative.
 */
import { requestKey } from '../cells';
import type { Warning } from '../record';

interface Quote {
  key: string;
  what: string;
  pattern: RegExp;
}

const QUOTES: readonly Quote[] = [
  {
    key: requestKey('received', 'total'),
    what: '本年新收申请',
    pattern: /(?:收到|受理|新收)[^,。;\d]{0,12}?(?:申请|信件)[^,。;\d]{0,4}?(\d+)\s*(?:件|个|份|条)/g,
  },
  { key: requestKey('carriedOver', 'total'), what: '上年结转', pattern: /(?:上一?年度?|\d{4}年度?)结转[^,。;\d]{0,4}?(\d+)\s*件/g },
  { key: requestKey('carriedForward', 'total'), what: '结转下年度', pattern: /结转至?下一?年度?[^,。;\d]{0,6}?(\d+)\s*件/g },
  { key: requestKey('total', 'total'), what: '办结', pattern: /(?:办结|已办理|办理完毕)[^,。;\d率]{0,4}?(\d+)\s*件/g },
];

export function narrativeWarnings(narrative: string, cells: Readonly<Record<string, number | null>>): Warning[] {
  const warnings: Warning[] = [];
  for (const q of QUOTES) {
    const table = cells[q.key];
    if (table === null || table === undefined) continue;
    const quoted = [...narrative.matchAll(q.pattern)].map((m) => ({ n: Number(m[1]), text: m[0] }));
    if (quoted.length === 0 || quoted.some((x) => x.n === table)) continue;
    warnings.push({
      code: 'X-2',
      message: `正文“${quoted[0].text}”（${q.what}）与表格数 ${table} 不一致，以表格为准`,
      keys: [q.key],
    });
  }
  return warnings;
}
