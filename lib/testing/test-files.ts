/** Which files are which tests: `lib/**\/*.db.test.ts` need a database, every other `lib/**\/*.test.ts` is a unit test. */
import fs from 'node:fs';
import path from 'node:path';

function testFiles(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.test.ts'))
    .map((rel) => path.join('lib', rel))
    .sort();
}

export function isDbTest(file: string): boolean {
  return file.endsWith('.db.test.ts');
}

export function unitTestFiles(root = process.cwd()): string[] {
  return testFiles(root).filter((f) => !isDbTest(f));
}

export function dbTestFiles(root = process.cwd()): string[] {
  return testFiles(root).filter(isDbTest);
}
