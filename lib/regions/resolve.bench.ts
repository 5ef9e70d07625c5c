/**
 * Speed of the region resolver: `node --import tsx lib/regions/resolve.bench.ts`.
 * Prints `name: value unit` lines. Targets: index build < 300 ms, a resolution well under 0.5 ms.
 * Times are this process's CPU time (process.cpuUsage), so other work on the machine does not inflate them.
 */
import { readFileSync } from 'node:fs';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const step = async (name: string, run: () => unknown) => {
  const start = cpuMs();
  await run();
  console.log(`${name}: ${(cpuMs() - start).toFixed(1)} ms`);
};

let divisions: () => unknown = () => undefined;
let nameIndex: () => unknown = () => undefined;
await step('regions.loadJson', async () => ({ divisions } = await import('./dataset')));
await step('regions.flattenTree', () => divisions());
await step('regions.buildNameIndex', async () => {
  ({ nameIndex } = await import('./name-index'));
  nameIndex();
});

const { resolveAgencyRegion } = await import('./resolve');
// A long context on purpose: seed 000 followed by the other sample reports (about 18 000 characters).
const samples = ['000_b8fbd38b3e185b3e', '001_08e398edbd93b538', '002_2ee7e895fb2dacb9', '003_9de093a207e77a40', '004_1033e8c8c2361b7e'];
const report = samples
  .map((s) => readFileSync(new URL(`../samples/reports/${s}.txt`, import.meta.url), 'utf8'))
  .join('\n');
const cases: [name: string, agency: string, context: string][] = [
  ['regions.resolveNamed', '重庆市万州区高笋塘街道办事处', report],
  ['regions.resolveByContext', '江北区人民政府办公室', report],
  ['regions.resolveUndecided', '鼓楼区人民政府', report],
  ['regions.resolveTypo', '沐阳县人民政府办公室', `江苏省宿迁市${report}`],
];
for (const [name, agency, context] of cases) {
  const runs = 2000;
  for (let i = 0; i < 500; i++) resolveAgencyRegion(agency, context);
  const start = cpuMs();
  for (let i = 0; i < runs; i++) resolveAgencyRegion(agency, context);
  console.log(`${name}: ${(((cpuMs() - start) / runs) * 1000).toFixed(1)} µs`);
}
console.log(`regions.contextChars: ${report.length} chars`);
