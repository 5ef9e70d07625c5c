import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { adminConfig } from '@/lib/admin/guard';
import { SESSION_COOKIE, verifySession } from '@/lib/admin/session';
import { AdminDisabled } from '../_components/disabled';

export const metadata = { title: '管理登录' };

export default async function AdminLogin() {
  await connection(); // ADMIN_TOKEN is read at run time, not build time
  const config = adminConfig();
  if (!config.enabled) return <AdminDisabled reason={config.reason} />;
  if (verifySession(config.key, (await cookies()).get(SESSION_COOKIE)?.value)) redirect('/admin');
  return (
    <main>
      <h1>管理登录</h1>
      <form method="post" action="/api/admin/login">
        <label>
          管理口令（ADMIN_TOKEN）
          <input type="password" name="token" required autoComplete="current-password" />
        </label>
        <button type="submit">登录</button>
      </form>
    </main>
  );
}
