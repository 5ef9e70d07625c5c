/**
 * Speed of the region resolver: `node --import tsx lib/regions/resolve.bench.ts`.
 * Prints `name: value unit` lines. Targets: index build < 300 ms, a resolution well under 0.5 ms.
 */
import { readFileSync } from 'node:fs';

const ms = (since: number) => performance.now() - since;

let t = performance.now();
const { divisions } = await import('./dataset');
console.log(`regions.loadJson: ${ms(t).toFixed(1)} ms`);
t = performance.now();
divisions();
console.log(`regions.flattenTree: ${ms(t).toFixed(1)} ms`);
const { nameIndex } = await import('./name-index');
t = performance.now();
nameIndex();
console.log(`regions.buildNameIndex: ${ms(t).toFixed(1)} ms`);

const { resolveAgencyRegion } = await import('./resolve');
// A long context on purpose: seed 000 followed by the other sample reports (about 60 000 characters).
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
  t = performance.now();
  for (let i = 0; i < runs; i++) resolveAgencyRegion(agency, context);
  console.log(`${name}: ${((ms(t) / runs) * 1000).toFixed(1)} µs`);
}
console.log(`regions.contextChars: ${report.length} chars`);
