#!/usr/bin/env node
/**
 * Build benchmark: `npm run bench -- <N> [<N> …]`.
 *
 * Generates N synthetic plans from the five seeds into a scratch directory (.bench/, never
 * content/), then builds them cold with each Markdown processor and prints build time,
 * peak memory (summed RSS of the build's process tree, sampled every 50 ms), pages and
 * dist/ size. The unified() processor is the portal's (remark-gfm and our transforms);
 * "native" is Astro 7's default, measured to keep the cost of that choice visible.
 * Synthetic plans are the seeds with new numbers: each is a valid plan of the same size.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { treeRss } from './lib/tree-rss.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) {
  console.error('usage: npm run bench -- <number of plans> [<number of plans> …]');
  process.exit(2);
}
const processors = (process.env.BENCH_PROCESSORS ?? 'unified,native').split(',');

function listFiles(dir, ext) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
}

function slugify(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Writes N plans derived from the seeds into <dir>/plans, each with a fresh number. */
function generate(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content/agencies'), join(dir, 'agencies'), { recursive: true });
  cpSync(join(root, 'content/provinces'), join(dir, 'provinces'), { recursive: true });
  cpSync(join(root, 'content/indices.yaml'), join(dir, 'indices.yaml'));
  const seeds = listFiles(join(root, 'content/plans'), '.mdx').sort().map((file) => {
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4);
    return { data: yaml.load(text.slice(4, end)), body: text.slice(end + 4) };
  });
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length];
    const data = { ...seed.data, number: `${10000 + i}/${seed.data.symbol}`, status: 'ban-hanh', aliases: [] };
    const path = join(dir, 'plans', data.issuer, String(data.year), `${slugify(data.number)}.mdx`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `---\n${yaml.dump(data, { lineWidth: -1 })}---${seed.body}`);
  }
}


function dirStats(dir) {
  let bytes = 0;
  let pages = 0;
  for (const file of readdirSync(dir, { recursive: true })) {
    const stats = statSync(join(dir, file));
    if (!stats.isFile()) continue;
    bytes += stats.size;
    if (file.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

async function build(contentDir, outDir, processor, logFile) {
  const env = {
    ...process.env,
    PORTAL_CONTENT_DIR: contentDir,
    PORTAL_CACHE_DIR: join(dirname(outDir), `cache-${processor}`),
    PORTAL_MD_PROCESSOR: processor,
    BUILD_LOG: logFile,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  rmSync(env.PORTAL_CACHE_DIR, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(root, 'scripts/build.mjs'), '--out', outDir], { cwd: root, env, stdio: 'ignore' });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 50);
  const code = await new Promise((done) => child.on('close', done));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`build with ${processor} failed (exit ${code}); see ${logFile}`);
  return { seconds, peak, ...dirStats(outDir) };
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const rows = [];
for (const n of sizes) {
  const dir = join(root, '.bench', String(n));
  generate(join(dir, 'content'), n);
  for (const processor of processors) {
    const result = await build(join(dir, 'content'), join(dir, `dist-${processor}`), processor, join(dir, `build-${processor}.log`));
    rows.push({ plans: n, processor, ...result });
    console.log(`${n} plans, ${processor}: ${result.seconds.toFixed(1)} s, peak RSS ${mib(result.peak)}, ${result.pages} pages, dist ${mib(result.bytes)}`);
  }
}
console.log('\n| plans | processor | build time | peak RSS | pages | dist size |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(`| ${row.plans} | ${row.processor} | ${row.seconds.toFixed(1)} s | ${mib(row.peak)} | ${row.pages} | ${mib(row.bytes)} |`);
}
console.log(`\nNode ${process.version}, ${readdirSync('/proc').length > 0 ? 'Linux' : process.platform}; logs in .bench/<N>/build-<processor>.log`);
