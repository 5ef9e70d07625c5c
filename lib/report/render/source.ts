import type { Template } from '../cells';

/**
 * What the renderer writes out as a complete report: the facts a parsed record
 * carries (year, template, body, printed cells), without the parser's findings.
 */
export interface ReportSource {
  year: number;
  template: Template;
  agencyName: string;
  /**
   * Cell key → printed number, or null for a blank cell. A missing key prints
   * as a blank too. A 2021 report whose cells hold `requests.otherDisposal.*`
   * prints （六）其他处理 as one row (seen in the wild), like the 2019 template.
   */
  cells: Readonly<Record<string, number | null>>;
  /** Replaces the generated 一、总体情况 text; paragraphs separated by newlines. */
  narrative?: string;
}

/** True when the source prints （六）其他处理 as one row. */
export function otherDisposalAsOneRow(source: ReportSource): boolean {
  return source.template === '2019' || 'requests.otherDisposal.natural' in source.cells;
}
