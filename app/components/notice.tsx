/** Friendly messages instead of error pages: what went wrong and what to do. */
import Link from 'next/link';

export function BadParams({ message, back }: { message: string; back: string }) {
  return (
    <div className="notice error" role="alert" data-bad-params="true">
      <strong>筛选条件有误：</strong>
      {message}。<Link href={back}>恢复默认条件</Link>
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return (
    <div className="notice" data-empty="true">
      {children}
    </div>
  );
}
