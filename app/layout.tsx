import type { ReactNode } from 'react';

export const metadata = {
  title: '政府信息公开年度报告比较',
  description: '政府信息公开工作年度报告：解析、存储、比较与导出',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
