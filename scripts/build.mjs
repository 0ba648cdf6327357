#!/usr/bin/env node
/**
 * Builds the portal atomically: Astro writes into a fresh temporary directory and only a
 * successful build replaces dist/. A failed build (bad content, a broken page) leaves the
 * previous dist/ as it was and nothing half-written anywhere.
 *
 *   node scripts/build.mjs [--out <dir>] [--force]   (default dist/)
 *
 * Pages whose data and code are unchanged since the last build are copied from it (Astro's
 * incremental build, keys in src/data/page-keys.ts); --force renders every page again.
 *
 * Environment passed through to Astro: PORTAL_CONTENT_DIR, PORTAL_MD_PROCESSOR,
 * PORTAL_CACHE_DIR, PORTAL_SITE, PORTAL_BASE; PORTAL_HSTS=1 adds HSTS to the server
 * configuration. BUILD_LOG=<file> sends Astro's output to a file instead of the terminal.
 *
 * Still in staging (scripts/lib/postbuild.ts): .br/.gz twins of the text files (those of
 * files unchanged since the last build from the build cache's twins/), begun while Astro
 * writes the search index (every page is written by then) and finished after it, and the
 * nginx configuration, written next to the site as <out>-server/ (dist-server/).
 *
 * Progress: Astro's phase lines, warnings and errors pass through; its one line per page
 * is counted instead (scripts/lib/build-progress.mjs), so a long build prints where it is
 * (plans loaded, pages rendered, pages indexed) at most every few seconds.
 *
 * Memory: Astro runs with a larger V8 heap than Node's default (about 4 GiB here), because
 * one process holds every plan's entry (frontmatter), every body's reading text and
 * citations (read from the render cache), the catalogue and the page list: at 10,000 plans that passes the default limit and the build
 * died with "JavaScript heap out of memory". The limit is BUILD_HEAP_MB (MiB) when set,
 * else half the machine's memory, at most 16 GiB; NODE_OPTIONS with its own
 * --max-old-space-size wins over both.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BuildProgress } from './lib/build-progress.mjs';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
/** `--force`: render every page, none copied from the last build (Astro's incremental build). */
const force = process.argv.includes('--force');
const outDir = resolve(root, outArg === -1 ? 'dist' : process.argv[outArg + 1]);
const tmpRoot = join(root, '.tmp');
mkdirSync(tmpRoot, { recursive: true });
const stamp = `${process.pid}-${Date.now()}`;
const staging = join(tmpRoot, `build-${stamp}`);

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const log = process.env.BUILD_LOG ? createWriteStream(process.env.BUILD_LOG) : null;
const heapMb = Number(process.env.BUILD_HEAP_MB) || Math.min(16384, Math.floor(totalmem() / 2 / 2 ** 20));
const nodeOptions = process.env.NODE_OPTIONS ?? '';
const child = spawn(process.execPath, [astro, 'build', ...(force ? ['--force'] : [])], {
  cwd: root,
  env: {
    ...process.env,
    PORTAL_OUT_DIR: staging,
    NODE_OPTIONS: /--max-old-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=${heapMb}`.trim(),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const progress = new BuildProgress();
const post = await tsImport('./lib/postbuild.ts', import.meta.url);
/**
 * Precompression starts when the search index does (its integration's first line): every
 * page is written by then, so the twins are made beside Pagefind, on the other core.
 * @type {import('./lib/postbuild.ts').EarlyPrecompression | null}
 */
let early = null;
const SEARCH_INDEX_LINE = /\[portal:search-index\]/;
/** @param {NodeJS.ReadableStream} stream @param {NodeJS.WritableStream} terminal */
function relay(stream, terminal) {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (log) log.write(`${line}\n`);
    else for (const out of progress.feed(line)) terminal.write(`${out}\n`);
    if (!early && SEARCH_INDEX_LINE.test(line)) early = post.startPrecompression(staging, process.env, { root, progress: (/** @type {string} */ text) => console.log(text) });
  });
  return new Promise((done) => lines.on('close', done));
}
const relayed = Promise.all([relay(child.stdout, process.stdout), relay(child.stderr, process.stderr)]);
let code = await new Promise((done) => child.on('close', (exitCode) => done(exitCode ?? 1)));
await relayed;
if (!log) for (const out of progress.end()) console.log(out);
const serverOut = `${outDir}-server`;
const serverStaging = `${staging}-server`;
if (code === 0) {
  try {
    const started = performance.now();
    const summary = await post.postbuild(staging, serverStaging, process.env, { root, early, progress: (/** @type {string} */ line) => console.log(line) });
    console.log(
      `Precompressed: ${summary.written} twins of ${summary.compressed + summary.reused} files (${summary.compressed} compressed, ${summary.reused} unchanged from the cache, ${summary.pruned} old twins deleted) in ${((performance.now() - started) / 1000).toFixed(1)} s; nginx configuration with ${summary.redirects} redirects`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  }
}
if (code !== 0) {
  // Nothing may still be writing into the staging directory when it is removed.
  await early?.done.catch(() => undefined);
  rmSync(staging, { recursive: true, force: true });
  rmSync(serverStaging, { recursive: true, force: true });
  console.error(`Build failed (exit ${code}); ${existsSync(outDir) ? `${outDir} is unchanged` : 'nothing was published'}.`);
  process.exit(code);
}
// Swap: the old output moves aside first, so dist/ is never a mix of two builds.
mkdirSync(dirname(outDir), { recursive: true });
const retired = join(tmpRoot, `retired-${stamp}`);
if (existsSync(outDir)) renameSync(outDir, retired);
if (existsSync(serverOut)) renameSync(serverOut, `${retired}-server`);
renameSync(staging, outDir);
renameSync(serverStaging, serverOut);
rmSync(retired, { recursive: true, force: true });
rmSync(`${retired}-server`, { recursive: true, force: true });
console.log(`Built ${outDir} and ${serverOut}`);
