import Link from 'next/link';

/** Header of every logged-in admin page; logging out is a CSRF-checked POST like every admin action. */
export function AdminNav({ csrf }: { csrf: string }) {
  return (
    <nav aria-label="管理" style={{ display: 'flex', gap: '1em', alignItems: 'center', marginBottom: '1em' }}>
      <Link href="/admin">上传报告</Link>
      <Link href="/admin/reports">已存报告</Link>
      <Link href="/">公开页面</Link>
      <form method="post" action="/api/admin/logout" style={{ marginLeft: 'auto' }}>
        <input type="hidden" name="csrf" value={csrf} />
        <button type="submit">退出登录</button>
      </form>
    </nav>
  );
}
