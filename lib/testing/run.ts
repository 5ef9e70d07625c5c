/**
 * The test suite, in order, stopping at the first failure with a summary of what ran:
 *   npm test                  everything (what CI runs)
 *   npm run test:unit [files] unit tests (lib/**\/*.test.ts that are not *.db.test.ts)
 *   npm run test:db [files]   database tests, on PGlite then on a throwaway PostgreSQL cluster
 *   npm run test:e2e [args]   Playwright on the production build: the samples on the embedded database,
 *                             then on a cluster, then a synthetic corpus on a cluster
 */
import { buildIsCurrent } from '../cli/build';
import { nodeModuleBin, runChild } from './child';
import { runE2e } from './e2e';
import { startPgCluster } from './pg-cluster';
import { ensureSystemDeps } from './system-deps';
import { dbTestFiles, unitTestFiles } from './test-files';

interface Step {
  name: string;
  run: () => Promise<void>;
}

function nodeTest(files: string[], env: Record<string, string> = {}): Promise<void> {
  if (files.length === 0) {
    console.log('no test files');
    return Promise.resolve();
  }
  // CI reads the TAP summary (# pass N / # fail N); a terminal gets the readable spec reporter.
  const reporter = process.env.CI ? ['--test-reporter=tap'] : [];
  return runChild(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=120000', ...reporter, ...files], {
    ...process.env,
    ...env,
  });
}

async function dbTestsOnCluster(files: string[]): Promise<void> {
  const cluster = await startPgCluster();
  try {
    await nodeTest(files, { TEST_DB: 'postgres', TEST_PG_URL: cluster.url });
  } finally {
    cluster.stop();
  }
}

function steps(group: string, args: string[]): Step[] {
  const unitFiles = args.length > 0 ? args : unitTestFiles();
  const dbFiles = args.length > 0 ? args : dbTestFiles();
  const deps: Step = { name: 'system packages', run: async () => ensureSystemDeps() };
  const unit: Step = { name: 'unit tests', run: () => nodeTest(unitFiles) };
  const db: Step[] = [
    { name: 'db tests on PGlite', run: () => nodeTest(dbFiles, { TEST_DB: 'pglite' }) },
    { name: 'db tests on PostgreSQL', run: () => dbTestsOnCluster(dbFiles) },
  ];
  const e2e: Step[] = [
    { name: 'e2e on the embedded database', run: () => runE2e('embedded', args) },
    {
      name: 'e2e on PostgreSQL (same build)',
      run: async () => {
        // The second start of one tree must reuse the build: an unstable source hash would rebuild every time.
        if (!buildIsCurrent()) throw new Error('the build made by the first start is not considered current');
        await runE2e('postgres', args);
      },
    },
    { name: 'e2e on a synthetic corpus', run: () => runE2e('postgres', args, 'synthetic') },
  ];
  const lint: Step = { name: 'lint', run: () => runChild(process.execPath, [nodeModuleBin('eslint/bin/eslint.js'), '.']) };
  const typecheck: Step = {
    name: 'typecheck',
    run: async () => {
      // typegen writes next-env.d.ts and route types, which a fresh clone lacks.
      await runChild(process.execPath, [nodeModuleBin('next/dist/bin/next'), 'typegen']);
      await runChild(process.execPath, [nodeModuleBin('typescript/bin/tsc'), '--noEmit']);
    },
  };
  switch (group) {
    case 'all':
      return [deps, lint, typecheck, unit, ...db, ...e2e];
    case 'unit':
      return [unit];
    case 'db':
      return [deps, ...db];
    case 'e2e':
      return [deps, ...e2e];
    default:
      throw new Error(`unknown test group "${group}": use all, unit, db or e2e`);
  }
}

function seconds(ms: number): string {
  return ms >= 60_000 ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const [group = 'all', ...args] = process.argv.slice(2);
  const plan = steps(group, args);
  const results: string[] = [];
  const started = Date.now();
  let failed: string | undefined;
  for (const step of plan) {
    if (failed) {
      results.push(`  -  ${step.name.padEnd(32)} not run`);
      continue;
    }
    console.log(`\n━━ ${step.name} ━━`);
    const t = Date.now();
    try {
      await step.run();
      results.push(`  ✓  ${step.name.padEnd(32)} ${seconds(Date.now() - t)}`);
    } catch (err) {
      failed = step.name;
      results.push(`  ✗  ${step.name.padEnd(32)} ${seconds(Date.now() - t)}  ${(err as Error).message}`);
    }
  }
  console.log(`\n━━ test summary (${group}) ━━\n${results.join('\n')}`);
  console.log(
    failed
      ? `FAILED at "${failed}" after ${seconds(Date.now() - started)}`
      : `all ${plan.length} steps passed in ${seconds(Date.now() - started)}`,
  );
  return failed ? 1 : 0;
}

process.exitCode = await main();
