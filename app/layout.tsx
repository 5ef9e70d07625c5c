import type { ReactNode } from 'react';
import Link from 'next/link';
import './globals.css';

export const metadata = {
  title: '政府信息公开年度报告比较',
  description: '政府信息公开工作年度报告：解析、存储、比较与导出',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="site-header">
          <nav aria-label="主导航">
            <Link className="brand" href="/">政府信息公开年度报告</Link>
            <Link href="/">概览</Link>
            <Link href="/compare">比较</Link>
            <Link href="/quality">数据质量</Link>
          </nav>
        </header>
        {children}
        <footer className="site-footer">
          数据来自各机关公开发布的政府信息公开工作年度报告；本站展示报告印制的数字，空白不按 0 计。
        </footer>
      </body>
    </html>
  );
}
