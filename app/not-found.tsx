import Link from 'next/link';

export default function NotFound() {
  return (
    <main>
      <div className="notice">没有这个页面。<Link href="/">回到概览</Link></div>
    </main>
  );
}
