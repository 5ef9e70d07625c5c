/**
 * A report as a government web page: real `<table>`s with rowspan/colspan
 * (cells often wrapped in `<p><span>` as Word exports them), or the tables
 * flattened into one `<p>` per cell, surrounded by nav, script and style noise.
 */
import type { Block } from './document';
import type { GridCell } from './grid';
import type { Rng } from './rng';

export interface HtmlStyle {
  /** One `<p>` per cell instead of `<table>` markup (seeds 002 and 004 were crawled from such pages). */
  flattenTables: boolean;
  /** Declared in `<meta charset>`; the bytes are encoded by the caller. */
  charset: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellHtml(cell: GridCell, rng: Rng): string {
  const body = cell.text === '' ? '&nbsp;' : cell.text.split('\n').map(escape).join('<br/>');
  const attrs =
    (cell.rowspan && cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '') +
    (cell.colspan && cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '');
  const inner = rng.chance(0.5) ? `<p style="text-align:center"><span style="font-size:14px">${body}</span></p>` : body;
  return `<td${attrs} valign="middle">${inner}</td>`;
}

function tableHtml(block: Extract<Block, { kind: 'table' }>, style: HtmlStyle, rng: Rng): string {
  if (style.flattenTables) {
    return block.grid.rows
      .flatMap((row) => row.map((c) => `<p>${c.text === '' ? '&nbsp;' : escape(c.text).replace(/\n/g, '</p>\n<p>')}</p>`))
      .join('\n');
  }
  const rows = block.grid.rows.map((row) => `<tr>${row.map((c) => cellHtml(c, rng)).join('')}</tr>`);
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

const NOISE_HEAD =
  '<style>body{font-family:"Microsoft YaHei"}.nav li{display:inline}table td{border:1px solid #000}</style>\n' +
  '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="/tj.js?政府信息公开";})();</script>';
const NAV =
  '<nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>' +
  '<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ndbg/">年度报告 2018</a></li></ul></nav>';
const FOOTER =
  '<footer><p>版权所有 &copy; 主办单位：本站 &nbsp; 网站标识码 5001050001</p></footer>\n' +
  '<script>document.querySelectorAll("table").forEach(function(t){t.style.margin="0 auto"});</script>';

export function renderHtml(blocks: readonly Block[], style: HtmlStyle, rng: Rng): string {
  const title = blocks.filter((b) => b.kind === 'title').map((b) => (b.kind === 'table' ? '' : b.text)).join('');
  const body = blocks.map((b) => {
    if (b.kind === 'table') return tableHtml(b, style, rng);
    const text = escape(b.text);
    if (b.kind === 'title') return `<h1 style="text-align:center">${text}</h1>`;
    return b.kind === 'heading' ? `<p><strong>${text}</strong></p>` : `<p style="text-indent:2em">${text}</p>`;
  });
  return (
    `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="${style.charset}">\n<title>${escape(title)}</title>\n${NOISE_HEAD}\n</head>\n` +
    `<body>\n${NAV}\n<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>\n<div class="article">\n` +
    `${body.join('\n')}\n</div>\n${FOOTER}\n</body>\n</html>\n`
  );
}
