import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reportsDir = path.join(root, 'lib/samples/reports');
const expected = JSON.parse(readFileSync(path.join(root, 'lib/samples/seeds.expected.json'), 'utf8')) as Record<
  string,
  { year: number | null; template: string }
>;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'lib/cli/parse.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--json prints one line per file; an unreadable or empty file is an error line and exit code 1', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const seed = readdirSync(reportsDir).sort()[0];
  const missing = path.join(dir, 'missing.pdf');
  const r = cli('--json', missing, path.join(reportsDir, seed), empty);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[0], { file: missing, error: 'cannot read file: no such file' });
  assert.equal(lines[1].file, path.join(reportsDir, seed));
  assert.equal(lines[1].year, expected[seed].year);
  assert.equal(lines[1].template, expected[seed].template);
  assert.deepEqual(lines[2], { file: empty, error: 'empty file' });
  assert.ok(!/\n\s+at /.test(r.stdout + r.stderr), 'no stack trace');
});

test('all seed reports parse: exit code 0 and a readable summary per file', () => {
  const files = readdirSync(reportsDir).sort().map((f) => path.join(reportsDir, f));
  const r = cli(...files);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  for (const f of files) assert.ok(r.stdout.includes(`✓ ${f}`), f);
  assert.equal(r.stdout.match(/格式 format: text /g)?.length, files.length, 'the samples are plain text files');
  assert.match(r.stdout, /勾稽关系 rules: \d+ 通过 passed, \d+ 不符 failed, \d+ 无法判断 uncertain/);
});

test('hints from the command line override what the file says', () => {
  const seed = readdirSync(reportsDir).sort()[0];
  const r = cli('--json', '--year', '2030', path.join(reportsDir, seed));
  assert.equal(JSON.parse(r.stdout).year, 2030);
});

test('--help exits 0; bad arguments exit 2 with the reason', () => {
  const help = cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--json/);
  const bad = cli('--year', 'soon', 'a.txt');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /year/);
  assert.equal(cli().code, 2);
  assert.equal(cli('--bogus').code, 2);
});
