/**
 * `npm run synth -- --count N --out DIR [--seed S] [--binary-share 0.02]`: writes a synthetic
 * national corpus (report files + manifest.json) for benchmarks and end-to-end tests.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { writeSynthCorpus } from '../synth/write';

const argsSchema = z.object({
  count: z.coerce.number().int().min(1),
  out: z.string().min(1),
  seed: z.coerce.number().int().default(2019),
  'binary-share': z.coerce.number().min(0).max(1).default(0.02),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, 'binary-share': { type: 'string' } },
  });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    const issue = args.error.issues[0];
    console.error(`synth: --${issue.path.join('.')}: ${issue.message}\nusage: npm run synth -- --count N --out DIR [--seed S] [--binary-share F]`);
    return 2;
  }
  const started = performance.now();
  const { count, out, seed } = args.data;
  const summary = await writeSynthCorpus(out, { count, seed, binaryShare: args.data['binary-share'] }, (done) => {
    if (done % 1000 === 0) console.error(`synth: ${done}/${count}`);
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`synth: wrote ${summary.files} reports (${summary.broken} with a broken rule) to ${out} in ${seconds.toFixed(1)} s`);
  console.log(`synth: layouts ${JSON.stringify(summary.byLayout)}`);
  console.log(`synth: manifest ${summary.manifest}`);
  return 0;
}

process.exitCode = await main();
