'use client';
/** Anything unexpected (e.g. the database is unreachable): a message, not a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main>
      <div className="notice error" role="alert">
        页面暂时无法显示（数据读取出错）。请稍后<button type="button" onClick={reset}>重试</button>。
      </div>
    </main>
  );
}
