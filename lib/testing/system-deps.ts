/**
 * What the test suite needs from the machine, beyond node_modules: PostgreSQL's binaries
 * (the throwaway cluster), Chromium (Playwright, which cannot download browsers here) and
 * CJK fonts (without them Chromium draws Chinese as boxes and a DOM-only test still passes).
 * Missing and root: installed with apt-get. Missing otherwise: the exact command, exit 1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findPostgresBin } from './pg-cluster';

export const CHROMIUM = '/usr/bin/chromium';

export interface SystemProbe {
  postgres: boolean;
  chromium: boolean;
  /** `fc-list` exists at all (the fonts check needs it). */
  fontconfig: boolean;
  cjkFonts: boolean;
}

/** Debian packages that provide what the probe found missing, in install order. */
export function missingPackages(probe: SystemProbe): string[] {
  const missing: string[] = [];
  if (!probe.postgres) missing.push('postgresql');
  if (!probe.chromium) missing.push('chromium');
  if (!probe.fontconfig) missing.push('fontconfig');
  if (!probe.cjkFonts) missing.push('fonts-noto-cjk');
  return missing;
}

export function installCommand(packages: string[], asRoot: boolean): string {
  const sudo = asRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
}

export function probeSystem(): SystemProbe {
  let fontconfig = true;
  let cjkFonts = false;
  try {
    cjkFonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch (err) {
    fontconfig = (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
  return { postgres: findPostgresBin() !== undefined, chromium: fs.existsSync(CHROMIUM), fontconfig, cjkFonts };
}

/** Returns normally when everything is there (installing it first when we may); throws with the fix otherwise. */
export function ensureSystemDeps(): void {
  const missing = missingPackages(probeSystem());
  if (missing.length === 0) {
    console.log('system packages: postgresql, chromium, fonts-noto-cjk present');
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new Error(`missing system packages: ${missing.join(', ')}. Install them, then run again:\n  ${installCommand(missing, false)}`);
  }
  console.log(`missing system packages: ${missing.join(', ')}; installing with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...missing]]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status ?? run.error?.message}). Run it by hand:\n  ${installCommand(missing, true)}`);
    }
  }
  const still = missingPackages(probeSystem());
  if (still.length > 0) throw new Error(`still missing after apt-get install: ${still.join(', ')}`);
}
