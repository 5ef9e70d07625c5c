/**
 * A synthetic national corpus: bodies across real regions, one report a year from 2019,
 * the 2019 template until 2020 and the 2021 template after (a few late adopters keep the
 * old one a year or two), numbers that obey the rules except in a few percent of reports,
 * rendered through the parser's renderer in mixed layouts, encodings and label noise.
 * Everything follows from the seed.
 */
import type { Template } from '../report/cells';
import { createRng, randomRenderOptions, renderReport, type Layout, type RenderedReport, type ReportSource } from '../report/render';
import { synthAgencies } from './agencies';
import { blankSomeZeros, breakOneRule, yearNumbers, type YearNumbers } from './numbers';

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;

export interface SynthOptions {
  count: number;
  seed: number;
  /** Share of reports rendered as PDF or DOCX (slow to parse); the rest text and HTML. */
  binaryShare?: number;
  /** Share of reports with one rule broken. */
  brokenShare?: number;
}

export interface SynthReport {
  source: ReportSource;
  layout: Layout;
  rendered: RenderedReport;
  /** What a collector would record next to the file. */
  agency: string;
  regionCode: string;
  year: number;
  broken: boolean;
}

const TEXT_AND_HTML: readonly Layout[] = ['pipe-debris', 'blank-lines', 'space-rows', 'markdown', 'html', 'html-paragraphs'];
const BINARY: readonly Layout[] = ['pdf', 'docx'];

export async function* synthCorpus(options: SynthOptions): AsyncGenerator<SynthReport> {
  const rng = createRng(options.seed);
  const years = LAST_YEAR - FIRST_YEAR + 1;
  const agencies = synthAgencies(rng, Math.ceil(options.count / years));
  let produced = 0;
  for (const agency of agencies) {
    const lateUntil = rng.chance(0.04) ? rng.pick([2021, 2022]) : 2020;
    const oneRowOther = rng.chance(0.05);
    const blanks = rng.chance(0.08);
    let previous: YearNumbers | null = null;
    for (let year = FIRST_YEAR; year <= LAST_YEAR && produced < options.count; year++, produced++) {
      const template: Template = year <= lateUntil ? '2019' : '2021';
      const numbers = yearNumbers(rng, template, template === '2019' || oneRowOther, agency.scale, previous?.carriedForward ?? null);
      previous = numbers;
      const broken = rng.chance(options.brokenShare ?? 0.03);
      if (broken) breakOneRule(rng, numbers.cells);
      if (blanks) blankSomeZeros(rng, numbers.cells, 0.3);
      const source: ReportSource = { year, template, agencyName: agency.name, cells: numbers.cells };
      const layouts = rng.chance(options.binaryShare ?? 0.02) ? BINARY : TEXT_AND_HTML;
      const renderOptions = randomRenderOptions(rng, layouts);
      yield {
        source,
        layout: renderOptions.layout,
        rendered: await renderReport(source, renderOptions),
        agency: agency.name,
        regionCode: agency.regionCode,
        year,
        broken,
      };
    }
  }
}
