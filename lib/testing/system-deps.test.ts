import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { installCommand, missingPackages, type SystemProbe } from './system-deps';

const everything: SystemProbe = { postgres: true, chromium: true, fontconfig: true, cjkFonts: true };

describe('system packages the tests need', () => {
  test('nothing to install when everything is there', () => {
    assert.deepEqual(missingPackages(everything), []);
  });

  test('each missing piece maps to its Debian package', () => {
    assert.deepEqual(missingPackages({ ...everything, postgres: false }), ['postgresql']);
    assert.deepEqual(missingPackages({ ...everything, chromium: false }), ['chromium']);
    assert.deepEqual(missingPackages({ ...everything, cjkFonts: false }), ['fonts-noto-cjk']);
  });

  test('a bare machine needs all four, fontconfig included for the fonts check', () => {
    const bare: SystemProbe = { postgres: false, chromium: false, fontconfig: false, cjkFonts: false };
    assert.deepEqual(missingPackages(bare), ['postgresql', 'chromium', 'fontconfig', 'fonts-noto-cjk']);
  });

  test('the command printed for a non-root user uses sudo and installs exactly what is missing', () => {
    assert.equal(
      installCommand(['chromium', 'fonts-noto-cjk'], false),
      'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk',
    );
    assert.equal(installCommand(['postgresql'], true), 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql');
  });
});
