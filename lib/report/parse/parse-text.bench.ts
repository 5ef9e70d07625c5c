/**
 * Throughput of the pure text parser on one core: the five seed reports (~7 KB each, one in
 * traditional script), each parsed 2000 times after a warm-up. Prints `name: value unit` lines.
 * Measured in CPU time of this process (the machine is shared: wall time depends on neighbours).
 * Run: node --import tsx lib/report/parse/parse-text.bench.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from './index';

const dir = join(import.meta.dirname, '..', '..', 'samples', 'reports');
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const ROUNDS = 2000;

for (const s of seeds) parseText(s.text, { file: s.file });

/** Seconds of CPU (user + system) spent by this process since `since`. */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const perSeed: string[] = [];
const started = process.cpuUsage();
for (const s of seeds) {
  const t0 = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) parseText(s.text, { file: s.file });
  perSeed.push(`parse.text.${s.file.slice(0, 3)}_reports_per_s: ${Math.round(ROUNDS / cpuSeconds(t0))} reports/s`);
}
const elapsed = cpuSeconds(started);
const kb = seeds.reduce((n, s) => n + s.text.length, 0) / seeds.length / 1024;
console.error(`${seeds.length} seeds, mean ${kb.toFixed(1)} K characters, ${ROUNDS} parses each`);
console.log(`parse.text_reports_per_s: ${Math.round((seeds.length * ROUNDS) / elapsed)} reports/s`);
for (const line of perSeed) console.log(line);

// An oversized input must stay cheap: 50 MB of narrative with one report inside.
const big = '无关内容。'.repeat(5_000_000) + seeds[0].text;
const t1 = process.cpuUsage();
parseText(big, { file: 'big' });
console.log(`parse.text_50mb_ms: ${Math.round(cpuSeconds(t1) * 1000)} ms`);
