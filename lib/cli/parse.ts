/**
 * Parse report files from the command line.
 *   npm run --silent parse -- --json FILE...   one JSON line per file (the record, or {file, error})
 *   npm run --silent parse -- FILE...          a readable summary per file
 * Exit code 1 when any file could not be parsed; the other files are still parsed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isParseFailure, parseSource, type ParsedSource } from '../report';
import { parseHintsSchema, type ParseFailure } from '../report/record';

const HELP = `用法 usage: npm run --silent parse -- [options] FILE...

Parse 政府信息公开工作年度报告 files (text in any encoding, HTML, PDF, DOCX).

options:
  --json            one JSON line per file: the parsed record, or {"file", "error"}
  --year YYYY       report year, when the file does not say
  --agency NAME     reporting body, when the file does not say
  --region CODE     GB/T 2260 region code (6 digits) of the body
  -h, --help        this help

exit code: 0 when every file parsed, 1 when any file failed, 2 on bad arguments.`;

const argsSchema = z.object({
  json: z.boolean(),
  help: z.boolean(),
  hints: parseHintsSchema,
  files: z.array(z.string().min(1)),
});

function readArgs(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      year: { type: 'string' },
      agency: { type: 'string' },
      region: { type: 'string' },
    },
  });
  return argsSchema.parse({
    json: values.json,
    help: values.help,
    hints: {
      year: values.year === undefined ? undefined : Number(values.year),
      agency: values.agency,
      regionCode: values.region,
    },
    files: positionals,
  });
}

function summary(read: ParsedSource | ParseFailure): string {
  if (isParseFailure(read)) return `✗ ${read.file}\n  错误 error: ${read.error}`;
  const r = read.record;
  const count = (status: string) => r.checks.filter((c) => c.status === status).length;
  const blanks = Object.values(r.cells).filter((v) => v === null).length;
  const region = r.agency?.regionCode ? `${r.agency.regionCode} ${r.agency.regionName ?? ''}`.trim() : '未知 unknown';
  const lines = [
    `✓ ${r.file}`,
    `  格式 format: ${read.format}    年度 year: ${r.year ?? '未知 unknown'}    模板 template: ${r.template}`,
    `  机关 body: ${r.agency?.name ?? '未知 unknown'}    地区 region: ${region}`,
    `  单元格 cells: ${Object.keys(r.cells).length} (空白 blank: ${blanks})`,
    `  勾稽关系 rules: ${count('pass')} 通过 passed, ${count('fail')} 不符 failed, ${count('uncertain')} 无法判断 uncertain`,
    `  警告 warnings: ${r.warnings.length}`,
    ...r.warnings.map((w) => `    - [${w.code}] ${w.message}`),
  ];
  return lines.join('\n');
}

async function parseFile(file: string, hints: z.infer<typeof parseHintsSchema>): Promise<ParsedSource | ParseFailure> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(e));
    return { file, error: `cannot read file: ${reason}` };
  }
  return parseSource(file, bytes, hints);
}

async function main(argv: string[]): Promise<number> {
  let args: z.infer<typeof argsSchema>;
  try {
    args = readArgs(argv);
  } catch (e) {
    const detail = e instanceof z.ZodError ? e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (e as Error).message;
    process.stderr.write(`bad arguments: ${detail}\n\n${HELP}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (args.files.length === 0) {
    process.stderr.write(`no FILE given\n\n${HELP}\n`);
    return 2;
  }
  let failed = false;
  for (const file of args.files) {
    const result = await parseFile(file, args.hints);
    failed ||= isParseFailure(result);
    // --json keeps the record's own shape (the format is not part of the record).
    const json = () => JSON.stringify(isParseFailure(result) ? result : result.record);
    process.stdout.write(`${args.json ? json() : summary(result)}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
