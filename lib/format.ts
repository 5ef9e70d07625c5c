/**
 * Numbers and dates as the UI and the exported files print them. The Intl formatters are
 * made once: `toLocaleString('zh-CN')` builds a new one on every call, about half a
 * millisecond each for dates, which a page printing hundreds of figures pays every request.
 */
const counts = new Intl.NumberFormat('zh-CN');
/** sv-SE prints ISO order: 2025-01-31. */
const chinaDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** 12345 → "12,345". */
export const formatNumber = (v: number): string => counts.format(v);

/** Today's date in China, e.g. "2025-01-31", as printed on images and files. */
export const todayInChina = (): string => chinaDate.format(new Date());
