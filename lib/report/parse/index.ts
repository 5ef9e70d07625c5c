/**
 * The text parser: decoded report text → ParsedReport (or ParseFailure when there is no table).
 *
 * normalise → locate sections → tokens → label groups → rows of the template → readings of each
 * row → choose readings with the rules → cells, checks, metadata, warnings. Pure; never throws.
 */
import { checkCells, ruleDefs, type RuleDef } from '../checks';
import type { ParseFailure, ParseHints, ParsedReport, Warning } from '../record';
import { agencyRecord } from './agency-record';
import { findAgencyName } from './agency';
import { groupTokens, printedText, type Group } from './align';
import { appealCells } from './appeals';
import { narrativeWarnings } from './narrative';
import { boundInput, normaliseText } from './normalise';
import { alignProactive } from './proactive';
import { rowReadings, type CellToken } from './readings';
import { alignRequests } from './requests';
import { resolveSlots, rowCheck, type Resolution, type Slot } from './resolve';
import { locateSections, type Range } from './sections';
import { APPEAL_KEYS, printedKeys } from './slots';
import { chooseTemplate, templateEvidence } from './template';
import { detectLayout, tokenize } from './tokens';
import { findYear } from './year';

export interface ParseOptions {
  file: string;
  hints?: ParseHints;
}

export function parseText(text: string, options: ParseOptions): ParsedReport | ParseFailure {
  try {
    return parse(text, options);
  } catch (e) {
    // A parser bug must not stop a batch: report it against the file.
    const reason = e instanceof Error ? e.message : String(e);
    return { file: options.file, error: `internal parser error: ${reason.split('\n')[0]}` };
  }
}

function groupsIn(lines: readonly string[], range: Range | null): Group[] {
  if (!range) return [];
  const slice = lines.slice(range.start, range.end);
  return groupTokens(tokenize(slice, detectLayout(slice)));
}

function slotFor(
  keys: readonly string[],
  cells: readonly CellToken[],
  rules: readonly RuleDef[] | null,
  warnings: Warning[],
): Slot {
  const check = rules && cells.length < keys.length ? rowCheck(keys, rules) : undefined;
  // Rows of 三/四 fill every value column, so spanned label columns leave fillers before the
  // numbers; items of 二 may have fewer columns than their block, leaving fillers after them.
  const { readings, extra, tooMany } = rowReadings(cells, keys.length, rules ? 'leading' : 'trailing', check);
  if (extra.length > 0) {
    warnings.push({ code: 'extra-values', message: `"${printedText(extra)}" printed after the row's cells, ignored`, keys: [...keys] });
  }
  if (tooMany) warnings.push({ code: 'uncertain-cells', message: `"${printedText(cells)}" can be read too many ways`, keys: [...keys] });
  return { keys, readings, printed: cells };
}

/** Every key the template prints, null where the text gave nothing, with warnings that say why. */
function printedCells(resolved: Resolution, keys: readonly string[], warnings: Warning[]) {
  const cells: Record<string, number | null> = {};
  const raw: Record<string, string> = {};
  const missing: string[] = [];
  for (const key of keys) {
    const value = resolved.values.get(key);
    if (value === undefined) missing.push(key);
    cells[key] = value ?? null;
    const printed = resolved.raw.get(key);
    if (printed !== undefined) raw[key] = printed;
  }
  if (missing.length > 0) warnings.push({ code: 'missing-cells', message: `${missing.length} printed cells not found in the text`, keys: missing });
  if (resolved.uncertain.length > 0) {
    warnings.push({ code: 'uncertain-cells', message: `${resolved.uncertain.length} cells could not be told apart by the rules`, keys: resolved.uncertain });
  }
  if (resolved.split.length > 0) {
    warnings.push({ code: 'split-run', message: 'cells read from digits printed together, split where the rules hold', keys: resolved.split });
  }
  return { cells, raw };
}

function parse(text: string, { file, hints }: ParseOptions): ParsedReport | ParseFailure {
  if (typeof text !== 'string' || text.trim() === '') return { file, error: 'empty text: no report to read' };
  const normalised = normaliseText(boundInput(text));
  const lines = normalised.split('\n');
  const sections = locateSections(lines);
  const requestGroups = groupsIn(lines, sections.requests);
  const requests = alignRequests(requestGroups);
  const appeals = appealCells(groupsIn(lines, sections.appeals));
  if (requests.rows.length === 0 && appeals.length === 0) {
    return { file, error: 'no statistics table found: neither section 三 (收到和处理政府信息公开申请情况) nor section 四 (行政复议、行政诉讼) could be read' };
  }
  const warnings: Warning[] = [...requests.warnings];
  const narrative = sections.narrative.map((r) => lines.slice(r.start, r.end).join('\n')).join('\n');
  const year = hints?.year ?? findYear(normalised, narrative);
  if (year === null) warnings.push({ code: 'year-unknown', message: '报告年度无法从标题、统计期或正文确定' });

  const proactiveGroups = groupsIn(lines, sections.proactive);
  const choice = chooseTemplate(templateEvidence(proactiveGroups.flatMap((g) => g.labels)), requests.otherDisposalAsOneRow, year);
  const template = choice.template;
  if (!choice.certain) warnings.push({ code: 'template-guessed', message: '无法从表格标签判断模板，按2021年模板读取' });
  const oneRow = requests.otherDisposalAsOneRow ?? template === '2019';
  const rules = ruleDefs(oneRow);
  const proactive = alignProactive(proactiveGroups, template);
  warnings.push(...proactive.warnings);

  const slots: Slot[] = [
    ...proactive.items.map((item) => slotFor(item.slot.keys, item.cells, null, warnings)),
    ...requests.rows.map((row) => slotFor(row.slot.keys, row.cells, rules, warnings)),
  ];
  if (appeals.length > 0) slots.push(slotFor(APPEAL_KEYS, appeals, rules, warnings));
  const resolved = resolveSlots(slots, rules);

  const { cells, raw } = printedCells(resolved, printedKeys(template, oneRow), warnings);
  warnings.push(...narrativeWarnings(narrative, cells));

  const name = hints?.agency ?? findAgencyName(lines, normalised, narrative);
  const agency = agencyRecord(name, normalised, hints);
  warnings.push(...agency.warnings);

  return { file, year, template, agency: agency.agency, cells, raw, checks: checkCells(cells, oneRow), warnings };
}
