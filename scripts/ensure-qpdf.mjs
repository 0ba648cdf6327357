#!/usr/bin/env node
/**
 * Makes sure qpdf is installed for the bad-input test of `npm run import` that encrypts a
 * real PDF (tests/build/import-readers.test.ts; run by npm before `npm test`, like
 * ensure-ocr.mjs). Installs the Debian package qpdf with apt-get when missing and running as
 * root; otherwise says how.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const missing = () => {
  const q = spawnSync('qpdf', ['--version'], { encoding: 'utf8' });
  return q.error || q.status !== 0;
};
if (!missing()) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error('qpdf is missing. Install it: sudo apt-get install -y qpdf');
  process.exit(1);
}
console.log('Installing qpdf for the encrypted-PDF test (apt-get)…');
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'qpdf'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch (error) {
  console.error(`Could not install qpdf: ${error.message}`);
  process.exit(1);
}
if (missing()) {
  console.error('apt-get finished but qpdf is still missing.');
  process.exit(1);
}
