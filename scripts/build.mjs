#!/usr/bin/env node
/**
 * Builds the portal atomically: Astro writes into a fresh temporary directory and only a
 * successful build replaces dist/. A failed build (bad content, a broken page) leaves the
 * previous dist/ as it was and nothing half-written anywhere.
 *
 *   node scripts/build.mjs [--out <dir>]   (default dist/)
 *
 * Environment passed through to Astro: PORTAL_CONTENT_DIR, PORTAL_MD_PROCESSOR,
 * PORTAL_CACHE_DIR. BUILD_LOG=<file> sends Astro's output to a file instead of the terminal.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outDir = resolve(root, outArg === -1 ? 'dist' : process.argv[outArg + 1]);
const tmpRoot = join(root, '.tmp');
mkdirSync(tmpRoot, { recursive: true });
const stamp = `${process.pid}-${Date.now()}`;
const staging = join(tmpRoot, `build-${stamp}`);

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const log = process.env.BUILD_LOG ? createWriteStream(process.env.BUILD_LOG) : null;
const child = spawn(process.execPath, [astro, 'build', '--silent'], {
  cwd: root,
  env: { ...process.env, PORTAL_OUT_DIR: staging },
  stdio: ['ignore', log ? 'pipe' : 'inherit', log ? 'pipe' : 'inherit'],
});
if (log) {
  child.stdout.pipe(log);
  child.stderr.pipe(log);
}
const code = await new Promise((done) => child.on('close', (exitCode) => done(exitCode ?? 1)));
if (code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`Build failed (exit ${code}); ${existsSync(outDir) ? `${outDir} is unchanged` : 'nothing was published'}.`);
  process.exit(code);
}
// Swap: the old output moves aside first, so dist/ is never a mix of two builds.
const retired = join(tmpRoot, `retired-${stamp}`);
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
rmSync(retired, { recursive: true, force: true });
console.log(`Built ${outDir}`);
