/**
 * Parse throughput on one core, by input format. Prints `name: value unit` lines:
 *   parse.reports_per_s        text reports (~10 KB: rendered from random records, plus the seeds)
 *   parse.html_reports_per_s   HTML pages with real tables
 *   parse.pdf_reports_per_s    PDFs with a text layer
 *   render.text_reports_per_s  the renderer's text layouts (the synthetic corpus generator's inner loop)
 * Rates are per second of this process's CPU time (one core), so other work on a
 * busy machine does not deflate them.
 * Run: npx tsx lib/bench/parse.bench.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseReport } from '../report';
import {
  TEXT_LAYOUTS,
  createRng,
  randomRenderOptions,
  randomReportSource,
  renderReport,
  renderReportText,
  type Layout,
} from '../report/render';

const rng = createRng(20240101);
const reportsDir = new URL('../samples/reports/', import.meta.url);
const seeds = readdirSync(reportsDir).map((f) => new Uint8Array(readFileSync(new URL(f, reportsDir))));

async function corpus(layouts: readonly Layout[], n: number): Promise<Uint8Array[]> {
  const files: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    files.push((await renderReport(randomReportSource(rng), randomRenderOptions(rng, layouts))).bytes);
  }
  return files;
}

/** CPU seconds (user + system) this process has used. */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Parse the files round-robin for at least `seconds` of CPU, after one warm-up pass. */
async function rate(files: readonly Uint8Array[], seconds: number): Promise<number> {
  for (const f of files) await parseReport('bench', f);
  let done = 0;
  const start = cpuSeconds();
  while (cpuSeconds() - start < seconds) {
    await parseReport('bench', files[done % files.length]);
    done++;
  }
  return done / (cpuSeconds() - start);
}

function renderRate(seconds: number): number {
  const sources = Array.from({ length: 200 }, () => randomReportSource(rng));
  const options = sources.map(() => randomRenderOptions(rng, TEXT_LAYOUTS));
  sources.forEach((s, i) => renderReportText(s, options[i])); // warm-up
  let done = 0;
  const start = cpuSeconds();
  while (cpuSeconds() - start < seconds) {
    renderReportText(sources[done % sources.length], options[done % options.length]);
    done++;
  }
  return done / (cpuSeconds() - start);
}

const print = (name: string, value: number, unit: string) =>
  console.log(`${name}: ${value >= 100 ? Math.round(value) : value.toFixed(1)} ${unit}`);

const text = [...(await corpus(TEXT_LAYOUTS, 200)), ...seeds];
const meanKb = text.reduce((s, f) => s + f.length, 0) / text.length / 1024;
console.error(`text corpus: ${text.length} files, mean ${meanKb.toFixed(1)} KB`);
print('parse.reports_per_s', await rate(text, 5), 'reports/s');
print('parse.html_reports_per_s', await rate(await corpus(['html'], 50), 3), 'reports/s');
print('parse.pdf_reports_per_s', await rate(await corpus(['pdf'], 10), 5), 'reports/s');
print('render.text_reports_per_s', renderRate(2), 'reports/s');
