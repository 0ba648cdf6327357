/**
 * Debian's Chromium driven by playwright-core, for the browser tests and the search benchmark (tests/helpers/browser.ts re-exports it). They need it: when it is missing
 * they fail with the command that installs it (scripts/ensure-chromium.mjs, run before
 * `npm test`, installs it on the machines this project runs on). They never skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a closed network: without the networking ones Chromium stalls on start. Playwright gives each launch a fresh, empty profile. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: install Debian's package with "apt-get install -y chromium" (npm test runs scripts/ensure-chromium.mjs to do so).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: FLAGS,
  });
}
