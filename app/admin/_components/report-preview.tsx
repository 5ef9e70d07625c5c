/**
 * One parsed report as the administrator checks it before saving: who, where, which year and
 * template, the three tables as the agency page will show them, the rules and the warnings.
 * Everything from the file is rendered as React text (escaped): a report containing markup or
 * <script> shows it as characters.
 */
import type { ParsedReport } from '@/lib/report/record';
import { printsOtherDisposalAsOneRow } from '@/lib/ingest/record-row';
import { ReportTables } from '../../components/report-tables';

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
        <ReportTables
          template={record.template}
          otherDisposalOneRow={printsOtherDisposalAsOneRow(record.template, record.cells)}
          cells={record.cells}
          raw={record.raw}
        />
      </details>
    </div>
  );
}
