/**
 * `npm run --silent export -- --format jsonl|csv [--year Y] [--region CODE] [--agency ID] > file`:
 * every current report (jsonl also the ones waiting for review), streamed to stdout.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../db/open';
import { ConfigError, readEnv } from '../env';
import { EXPORT_FORMATS, exportReports, writeChunks } from '../export/formats';
import { exportFilterSchema } from '../export/query';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run --silent export -- --format jsonl|csv [--year Y] [--region CODE] [--agency ID] > FILE';
const argsSchema = exportFilterSchema.extend({ format: z.enum(EXPORT_FORMATS) });

runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: { format: { type: 'string' }, year: { type: 'string' }, region: { type: 'string' }, agency: { type: 'string' } },
    }));
  } catch (e) {
    throw new ConfigError(`${(e as Error).message}\n${USAGE}`);
  }
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    const issue = args.error.issues[0];
    throw new ConfigError(`--${issue.path.join('.')}: ${issue.message}\n${USAGE}`);
  }
  const { format, ...filter } = args.data;
  const handle = await openDatabase(readEnv(), { owner: 'npm run export' });
  try {
    await writeChunks(exportReports(handle.db, format, filter), process.stdout);
  } finally {
    await handle.close();
  }
});
