#!/usr/bin/env node
/**
 * Makes sure Tesseract with its Vietnamese data and poppler's pdftoppm are installed for the
 * OCR reader of `npm run import` and its tests (run by npm before `npm test`, like
 * ensure-chromium.mjs). Installs the Debian packages tesseract-ocr, tesseract-ocr-vie and
 * poppler-utils with apt-get when missing and running as root; otherwise says how.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const missing = () => {
  const t = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  const p = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  return t.error || t.status !== 0 || !/^vie$/m.test(`${t.stdout}${t.stderr}`) || p.error;
};
if (!missing()) process.exit(0);
const packages = ['tesseract-ocr', 'tesseract-ocr-vie', 'poppler-utils'];
if (process.getuid?.() !== 0) {
  console.error(`Tesseract (Vietnamese) or pdftoppm is missing. Install them: sudo apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}
console.log(`Installing ${packages.join(', ')} for the OCR reader (apt-get)…`);
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch (error) {
  console.error(`Could not install ${packages.join(' ')}: ${error.message}`);
  process.exit(1);
}
if (missing()) {
  console.error('apt-get finished but tesseract (with vie) or pdftoppm is still missing.');
  process.exit(1);
}
