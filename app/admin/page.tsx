import { adminPage } from '@/lib/admin/guard';
import { MAX_FILES_PER_UPLOAD } from '@/lib/admin/upload-check';
import { AdminDisabled } from './_components/disabled';
import { AdminNav } from './_components/nav';

export const metadata = { title: '管理：上传报告' };

export default async function AdminHome() {
  const ctx = await adminPage();
  if ('disabled' in ctx) return <AdminDisabled reason={ctx.disabled} />;
  return (
    <main>
      <AdminNav csrf={ctx.csrf} />
      <h1>上传报告</h1>
      <p>
        可一次上传一个或多个报告文件（文本、HTML、PDF、DOCX；每个不超过 20 MB，每次最多 {MAX_FILES_PER_UPLOAD} 个）。
        文件类型按内容判断，与文件名无关。保存前会先显示每个文件的解析结果，可更正报告机关、地区和年度。
      </p>
      <form method="post" action="/api/admin/upload" encType="multipart/form-data">
        <input type="hidden" name="csrf" value={ctx.csrf} />
        <p>
          <label>
            报告文件 <input type="file" name="files" multiple required />
          </label>
        </p>
        <p>
          <label>
            清单（可选，CSV 或 JSON，列：file, agency, regionCode, year, sourceUrl）{' '}
            <input type="file" name="manifest" />
          </label>
        </p>
        <button type="submit">上传并预览</button>
      </form>
      <p>
        运行中的应用持有内置数据库时，命令行导入会拒绝运行：请在这里上传。
      </p>
    </main>
  );
}
