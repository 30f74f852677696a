// Makes sure a Chromium exists for Playwright: Debian's where present, else Playwright's own;
// when neither is there, installs one (apt where that works, else Playwright's download).
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium(): string | null {
  try {
    const p = chromium.executablePath();
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

if (existsSync(DEBIAN_CHROMIUM) || playwrightChromium()) process.exit(0);

console.log('No Chromium for the end-to-end tests: installing one.');
const isRoot = process.getuid?.() === 0;
const apt = existsSync('/usr/bin/apt-get');
if (apt && isRoot && (run('apt-get', ['install', '-y', 'chromium']) || (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])))) {
  process.exit(0);
}
if (run('npx', ['playwright', 'install', 'chromium']) && playwrightChromium()) process.exit(0);
console.error('Could not install Chromium. Install the "chromium" package, or run: npx playwright install chromium');
process.exit(1);
