import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { buildIsCurrent, sourceHash } from './build';

let root: string;
const write = (rel: string, content: string): void => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), content);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-'));
  write('app/page.tsx', 'page');
  write('lib/a/b.ts', 'b');
  write('package-lock.json', '{}');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('source hash that decides whether npm start builds', () => {
  test('is stable while nothing changes', () => {
    assert.equal(sourceHash(root), sourceHash(root));
  });

  test('changes with the content of a nested source file', () => {
    const before = sourceHash(root);
    write('lib/a/b.ts', 'b2');
    assert.notEqual(sourceHash(root), before);
  });

  test('changes when a file is added, removed or renamed', () => {
    const before = sourceHash(root);
    write('drizzle/0001_next.sql', 'x');
    const added = sourceHash(root);
    assert.notEqual(added, before);
    fs.renameSync(path.join(root, 'drizzle/0001_next.sql'), path.join(root, 'drizzle/0001_other.sql'));
    assert.notEqual(sourceHash(root), added);
    fs.rmSync(path.join(root, 'drizzle'), { recursive: true });
    assert.equal(sourceHash(root), before);
  });

  test('ignores what the build does not read (data, node_modules, .next)', () => {
    const before = sourceHash(root);
    write('data/PG_VERSION', '17');
    write('node_modules/x/index.js', 'x');
    write('.next/BUILD_ID', 'id');
    assert.equal(sourceHash(root), before);
  });

  test('a build is current only with a BUILD_ID and the same stored hash', () => {
    assert.equal(buildIsCurrent(root), false);
    write('.next/source-hash', sourceHash(root) + '\n');
    assert.equal(buildIsCurrent(root), false, 'no BUILD_ID: the build did not finish');
    write('.next/BUILD_ID', 'id');
    assert.equal(buildIsCurrent(root), true);
    write('app/page.tsx', 'changed');
    assert.equal(buildIsCurrent(root), false);
  });
});
