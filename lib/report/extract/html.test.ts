import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText, looksLikeHtml } from './html';

test('a table becomes one line per row; a spanned cell appears once, in its first row', () => {
  const html = `<table>
    <tr><td rowspan="2" colspan="2">（本列数据的勾稽关系为）</td><td colspan="3">申请人情况</td></tr>
    <tr><td>自然人</td><td><p>商业</p><p>企业</p></td><td>总计</td></tr>
    <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>&nbsp;</td><td>0</td></tr>
    <tr><td>2.其他法律行政法规禁止公开</td><td><span>12</span></td><td>/</td><td>12</td></tr>
  </table>`;
  assert.equal(
    htmlToText(html),
    [
      '（本列数据的勾稽关系为） | 申请人情况',
      '自然人 | 商业企业 | 总计',
      '（三）不予公开 | 1.属于国家秘密 | 0 |  | 0',
      '2.其他法律行政法规禁止公开 | 12 | / | 12',
    ].join('\n'),
  );
});

test('scripts, styles, navigation and hidden elements are dropped; prose blocks become lines', () => {
  const html = `<!DOCTYPE html><html><head><title>某区2023年报告</title><style>p{color:red}</style>
    <script>var x = "2019年";</script></head><body><nav><a href="/">首页 2018年</a></nav>
    <div style="display: none">隐藏 2017年</div>
    <h1>某区人民政府<br/>2023年政府信息公开工作年度报告</h1>
    <p>一、总体情况</p><p>全年共收到申请&ldquo;93&rdquo;件&nbsp;&amp;办结</p></body></html>`;
  assert.deepEqual(htmlToText(html).split('\n'), [
    '某区2023年报告',
    '某区人民政府',
    '2023年政府信息公开工作年度报告',
    '一、总体情况',
    '全年共收到申请“93”件\u00a0&办结',
  ]);
});

test('a table flattened into paragraphs reads as one cell per line; an &nbsp; paragraph stays a line', () => {
  const html = '<div><p>规章</p><p>0</p><p>&nbsp;</p><p>3</p></div>';
  assert.deepEqual(htmlToText(html).split('\n'), ['规章', '0', '\u00a0', '3']);
});

test('a layout table holding the article is read as blocks, its inner data table as rows', () => {
  const html = `<table><tr><td><p>二、主动公开政府信息情况</p>
    <table><tr><td>规章</td><td>1</td></tr></table><p>三、收到</p></td></tr></table>`;
  assert.deepEqual(htmlToText(html).split('\n'), ['二、主动公开政府信息情况', '规章 | 1', '三、收到']);
});

test('HTML is recognised by its markup, not by a stray angle bracket', () => {
  assert.ok(looksLikeHtml('<html><body><p>x</p></body></html>'));
  assert.ok(looksLikeHtml('\n<div>a</div><p>b</p><br>'));
  assert.equal(looksLikeHtml('收到申请 < 10 件，<注> 见下表'), false);
});

test('hidden rows of a data table are not read: the page does not show them', () => {
  const html = `<table><tr><td>规章</td><td>1</td></tr><tr style="display:none"><td>规章</td><td>9</td></tr>
    <tbody style="display: none"><tr><td>规范性文件</td><td>9</td></tr></tbody><tr><td>规范性文件</td><td>2</td></tr></table>`;
  assert.deepEqual(htmlToText(html).split('\n'), ['规章 | 1', '规范性文件 | 2']);
});

test('two levels of layout tables: the prose around each inner data table keeps its place', () => {
  const html = `<table><tr><td>报告<table><tr><td>正文<table><tr><td>规章</td><td>1</td></tr></table>
    结尾</td></tr></table></td></tr></table><p>附件</p>`;
  assert.deepEqual(htmlToText(html).split('\n'), ['报告', '正文', '规章 | 1', '结尾', '附件']);
});
