/**
 * The data behind a chart as files: CSV (UTF-8 with BOM, so Excel opens Chinese correctly)
 * and XLSX (data sheet plus a 说明 sheet with the filters, the source and the definitions).
 * A gap is an empty cell, never 0.
 */
import type { DataTable } from './types';
import type { ImageMeta } from './render';

const BOM = '\uFEFF';

function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function tableToCsv(table: DataTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

export type FileMeta = Omit<ImageMeta, 'width' | 'height'>;

export async function tableToXlsx(table: DataTable, meta: FileMeta): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${meta.date}T00:00:00Z`);
  const data = wb.addWorksheet('数据');
  data.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) data.addRow(row.map((v) => v ?? null));
  data.columns.forEach((c, i) => (c.width = i === 0 ? 24 : Math.max(10, table.columns[i].length * 2)));
  const about = wb.addWorksheet('说明');
  for (const line of [meta.title, meta.filtersText, meta.sourceLine, `导出日期：${meta.date}`, '', ...table.notes]) about.addRow([line]);
  about.getColumn(1).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
