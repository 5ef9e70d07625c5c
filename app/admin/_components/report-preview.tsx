/**
 * One parsed report as the administrator checks it before saving: who, where, which year and
 * template, the three tables as parsed (a printed blank shows blank, a cell the parser could
 * not read shows ？), the rules and the warnings. Everything from the file is rendered as
 * React text (escaped): a report containing markup or <script> shows it as characters.
 */
import { APPEAL_GROUPS, APPEAL_ITEMS, appealKey, REQUEST_COLUMNS, requestKey, requestRows, templateCells } from '@/lib/report/cells';
import type { ParsedReport } from '@/lib/report/record';
import { printsOtherDisposalAsOneRow } from '@/lib/ingest/record-row';
import { formatNumber } from '@/lib/format';

const cellStyle = { border: '1px solid #ccc', padding: '2px 6px' } as const;
const numStyle = { ...cellStyle, textAlign: 'right' } as const;

function Cell({ record, k }: { record: ParsedReport; k: string }) {
  const raw = record.raw[k];
  if (!(k in record.cells)) return <td style={numStyle} title="未能读出（原文无法拆分或缺失）">？</td>;
  const v = record.cells[k];
  return (
    <td style={numStyle} title={raw !== undefined ? `原文：${raw}` : undefined}>
      {v === null ? '' : formatNumber(v)}
    </td>
  );
}

function Proactive({ record }: { record: ParsedReport }) {
  const defs = templateCells(record.template).filter((d) => d.section === 'proactive');
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption>二、主动公开政府信息情况</caption>
      <tbody>
        {defs.map((d) => (
          <tr key={d.key}>
            <th scope="row" style={cellStyle}>{d.rowLabel}</th>
            <td style={cellStyle}>{d.columnLabel}</td>
            <Cell record={record} k={d.key} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Requests({ record }: { record: ParsedReport }) {
  const rows = requestRows(printsOtherDisposalAsOneRow(record.template, record.cells));
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption>三、收到和处理政府信息公开申请情况（单位：件）</caption>
      <thead>
        <tr>
          <th style={cellStyle}>项目</th>
          {REQUEST_COLUMNS.map((c) => <th key={c.key} style={cellStyle}>{c.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" style={{ ...cellStyle, textAlign: 'left', fontWeight: 'normal' }}>{r.label}</th>
            {REQUEST_COLUMNS.map((c) => <Cell key={c.key} record={record} k={requestKey(r.key, c.key)} />)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Appeals({ record }: { record: ParsedReport }) {
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption>四、政府信息公开行政复议、行政诉讼情况（单位：件）</caption>
      <thead>
        <tr>
          <th style={cellStyle}></th>
          {APPEAL_ITEMS.map((i) => <th key={i.key} style={cellStyle}>{i.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {APPEAL_GROUPS.map((g) => (
          <tr key={g.key}>
            <th scope="row" style={cellStyle}>{g.label}</th>
            {APPEAL_ITEMS.map((i) => <Cell key={i.key} record={record} k={appealKey(g.key, i.key)} />)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const STATUS_LABEL = { pass: '通过', fail: '不符', uncertain: '无法判断' } as const;

function Checks({ record }: { record: ParsedReport }) {
  const count = (s: keyof typeof STATUS_LABEL) => record.checks.filter((c) => c.status === s).length;
  const notPassed = record.checks.filter((c) => c.status !== 'pass');
  return (
    <section>
      <h4>勾稽关系：通过 {count('pass')}，不符 {count('fail')}，无法判断 {count('uncertain')}</h4>
      {notPassed.length > 0 && (
        <ul>
          {notPassed.map((c, i) => (
            <li key={i} data-check-status={c.status}>
              {c.id} {c.scope}：{STATUS_LABEL[c.status]}
              {c.lhs !== null && c.rhs !== null ? `（${c.lhs} ≠ ${c.rhs}）` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReportPreview({ record }: { record: ParsedReport }) {
  return (
    <div>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content auto', gap: '0 1em' }}>
        <dt>报告机关</dt>
        <dd data-field="agency">{record.agency?.name ?? '（未识别）'}</dd>
        <dt>地区</dt>
        <dd data-field="region">
          {record.agency?.regionCode ? `${record.agency.regionName ?? ''}（${record.agency.regionCode}）` : '（未识别）'}
        </dd>
        <dt>年度</dt>
        <dd data-field="year">{record.year ?? '（未识别）'}</dd>
        <dt>模板</dt>
        <dd data-field="template">{record.template === '2021' ? '2021 年版（国办公开办函〔2021〕30号）' : '2019 年版（国办公开办函〔2019〕60号）'}</dd>
      </dl>
      <Checks record={record} />
      {record.warnings.length > 0 && (
        <section>
          <h4>提示</h4>
          <ul>
            {record.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.code}</code> {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details open>
        <summary>表格（二、三、四）</summary>
        <Proactive record={record} />
        <Requests record={record} />
        <Appeals record={record} />
      </details>
    </div>
  );
}
