export default function Home() {
  return <main><h1>政府信息公开年度报告比较</h1></main>;
}
