/** What /admin shows when ADMIN_TOKEN is not set: the area is off, and how to turn it on. */
export function AdminDisabled({ reason }: { reason: string }) {
  return (
    <main>
      <h1>管理功能未开启</h1>
      <p>{reason}。管理功能（上传报告、重新解析、撤下报告）默认关闭，没有默认口令。</p>
      <p>开启方法：在运行环境中设置 <code>ADMIN_TOKEN</code>（至少 16 个字符，例如 <code>openssl rand -hex 24</code> 的输出），然后重启服务。</p>
      <p>公开页面不受影响，始终只读。</p>
    </main>
  );
}
