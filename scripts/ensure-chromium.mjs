#!/usr/bin/env node
/**
 * Makes sure Debian's Chromium is installed for the browser tests (run by npm before
 * `npm test`). Playwright's own browser download cannot work on a machine that reaches
 * only the npm registry and Debian's packages, so the tests drive Debian's chromium.
 * Installs it with apt-get when missing and running as root; otherwise says how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium is missing at ${path}. Install it: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log("Installing Debian's chromium for the browser tests (apt-get)…");
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch (error) {
  console.error(`Could not install chromium: ${error.message}`);
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} does not exist.`);
  process.exit(1);
}
