/**
 * The search benchmark's corpora (scripts/bench-search.ts): the real site built with
 * scripts/build.mjs, and synthetic sites of N plan pages cloned from its built seed pages
 * (each clone moved to one of the 63 pre-2025 provinces, a number and a year of its own),
 * indexed with the portal's own indexer, timed and its memory sampled.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildSearchIndex } from '../../../src/integrations/search-index';
import { escapeRegExp } from '../../../src/lib/escape';
import { treeRss } from '../tree-rss.mjs';

export interface Province {
  name: string;
  slug: string;
  /** The 2025 unit it became part of. */
  successor: { name: string; slug: string };
}

/** A built plan page of the real site, to be cloned. */
export interface Seed {
  pathname: string;
  html: string;
  province: { name: string; slug: string };
  /** The issuer's URL segment: "ubnd-tinh", "so-vhttdl"… */
  issuer: string;
  year: number;
  /** The plan's number as the page shows it: "105/KH-UBND", "Chưa ghi số (…/KH-UBND)". */
  number: string;
}

export interface PagefindDirFacts {
  bytes: number;
  files: number;
  /** By kind of file: index, fragment, filter, meta, wasm, js, json. */
  byKind: Record<string, { files: number; bytes: number }>;
}

export interface CorpusFacts {
  plans: number;
  site: string;
  /** Time to write the synthetic plan pages (none for the real site). */
  generateMs: number | null;
  indexMs: number;
  /** Peak summed RSS of this process and its children (Pagefind's backend) while indexing. */
  indexPeakRssBytes: number;
  pagefind: PagefindDirFacts;
}

/** The 63 pre-2025 provinces of <root>/content/provinces/provinces-vn.json, each with its 2025 successor. */
export function loadProvinces(root: string): Province[] {
  const data = JSON.parse(readFileSync(join(root, 'content/provinces/provinces-vn.json'), 'utf8')) as {
    units63: { name: string; slug: string; successor2025: string }[];
    units2025: { name: string; slug: string }[];
  };
  const units2025 = new Map(data.units2025.map((unit) => [unit.slug, unit]));
  return data.units63.map((unit) => {
    const successor = units2025.get(unit.successor2025);
    if (!successor) throw new Error(`provinces-vn.json: ${unit.slug} has an unknown successor ${unit.successor2025}`);
    return { name: unit.name, slug: unit.slug, successor: { name: successor.name, slug: successor.slug } };
  });
}

/** Runs a command to completion; rejects with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Indexes the given plan pages with the portal's own indexer, timing it and sampling memory every 100 ms. */
export async function timedIndex(site: string, pathnames: string[]): Promise<{ ms: number; peakRss: number }> {
  let peakRss = treeRss(process.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(process.pid))), 100);
  const started = performance.now();
  try {
    // No build cache: the benchmark measures the indexer itself.
    const { pages } = await buildSearchIndex(site, pathnames, undefined, { cacheDir: null });
    if (pages !== pathnames.length) throw new Error(`the indexer took ${pages} of ${pathnames.length} plan pages`);
    return { ms: performance.now() - started, peakRss };
  } finally {
    clearInterval(sampler);
  }
}

export function pagefindFacts(site: string): PagefindDirFacts {
  const dir = join(site, 'pagefind');
  const facts: PagefindDirFacts = { bytes: 0, files: 0, byKind: {} };
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(join(dir, file));
    if (!stat.isFile()) continue;
    const kind = /\.pf_(\w+)$/.exec(file)?.[1] ?? (file.startsWith('wasm.') ? 'wasm' : file.split('.').pop()!);
    facts.bytes += stat.size;
    facts.files += 1;
    const entry = (facts.byKind[kind] ??= { files: 0, bytes: 0 });
    entry.files += 1;
    entry.bytes += stat.size;
  }
  return facts;
}

/** The plan pages of a built site: ke-hoach/<province>/<issuer>/<year>/<slug>/index.html with a search body. */
export function planPathnames(site: string): string[] {
  return (readdirSync(join(site, 'ke-hoach'), { recursive: true }) as string[])
    .map((file) => file.split(sep).join('/'))
    .filter((file) => /^[^/]+\/[^/]+\/\d{4}\/[^/]+\/index\.html$/.test(file))
    .filter((file) => readFileSync(join(site, 'ke-hoach', file), 'utf8').includes('data-pagefind-body'))
    .map((file) => `ke-hoach/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/** Builds the real site of the checkout at `root` into <benchDir>/search-5/site and times its index. */
export async function buildRealSite(root: string, benchDir: string): Promise<CorpusFacts> {
  const dir = join(benchDir, 'search-5');
  const site = join(dir, 'site');
  mkdirSync(dir, { recursive: true });
  const log = join(dir, 'build.log');
  console.log(`Building the real site into ${relative(root, site)} (log: ${relative(root, log)})…`);
  try {
    await run(process.execPath, [join(root, 'scripts/build.mjs'), '--out', site], { ...process.env, BUILD_LOG: log }, root);
  } catch (error) {
    throw new Error(`the site does not build (${(error as Error).message}); see ${log}`, { cause: error });
  }
  const pathnames = planPathnames(site);
  if (pathnames.length === 0) throw new Error(`no plan page with data-pagefind-body in ${site}`);
  // The build indexed the site already, untimed. The same pages are indexed again in a
  // scratch copy to time it; the site keeps the build's own index (Pagefind's chunks
  // depend on the order pages are added, which is Astro's in the build).
  const scratch = join(dir, 'index-timing');
  rmSync(scratch, { recursive: true, force: true });
  for (const pathname of pathnames) cpSync(join(site, pathname, 'index.html'), join(scratch, pathname, 'index.html'));
  const indexed = await timedIndex(scratch, pathnames);
  rmSync(scratch, { recursive: true, force: true });
  return { plans: pathnames.length, site, generateMs: null, indexMs: indexed.ms, indexPeakRssBytes: indexed.peakRss, pagefind: pagefindFacts(site) };
}

export function readSeeds(site: string): Seed[] {
  return planPathnames(site).map((pathname) => {
    const html = readFileSync(join(site, pathname, 'index.html'), 'utf8');
    const field = (pattern: RegExp, what: string) => {
      const match = pattern.exec(html);
      if (!match) throw new Error(`seed ${pathname}: no ${what}`);
      return match;
    };
    const province = field(/data-pagefind-filter="tinh">([^|<]+)\|([^<]+)</, 'tinh filter');
    return {
      pathname,
      html,
      province: { slug: province[1]!, name: province[2]! },
      issuer: pathname.split('/')[2]!,
      year: Number(field(/data-pagefind-filter="nam">(\d{4})\|/, 'nam filter')[1]),
      number: field(/data-pagefind-meta="number">([^<]+)</, 'number meta')[1]!,
    };
  });
}

/** Replaces the first match of `pattern`; a seed that no longer has it is an error, not a silent no-op. */
export function replaceOnce(html: string, pattern: RegExp, replacement: (...groups: string[]) => string, what: string): string {
  if (!pattern.test(html)) throw new Error(`seed page has no ${what} (${pattern.source})`);
  return html.replace(pattern, (...args: unknown[]) => replacement(...(args.slice(0, -2) as string[])));
}

/** The i-th synthetic plan: the seed moved to another province, number and year. */
export function clonePlan(seed: Seed, i: number, province: Province, year: number): { pathname: string; html: string } {
  let html = seed.html
    .replaceAll(seed.province.name, province.name)
    .replaceAll(seed.province.name.toUpperCase(), province.name.toUpperCase())
    // Filter ids, links and cited-document keys ("quang-tri/ubnd-tinh", "quang-tri-3647-qd-ubnd-2021").
    .replace(new RegExp(`(?<![a-z0-9-])${escapeRegExp(seed.province.slug)}(?![a-z0-9])`, 'g'), province.slug)
    // Web addresses ("www.quangtri.gov.vn").
    .replace(new RegExp(`(?<![a-z0-9])${escapeRegExp(seed.province.slug.replaceAll('-', ''))}(?![a-z0-9])`, 'g'), province.slug.replaceAll('-', ''));
  html = replaceOnce(html, /(data-pagefind-filter="tinh-2025">)[^<]*/, (_, open) => `${open}${province.successor.slug}-2025|${province.successor.name}`, 'tinh-2025 filter');
  const number = `${1000 + i}/${seed.number.replace(/\)$/, '').split('/').pop()}`;
  html = replaceOnce(html, /(data-pagefind-meta="number">)[^<]*/, (_, open) => `${open}${number}`, 'number meta');
  html = replaceOnce(html, /(<p>Số: )[^<]*/, (_, open) => `${open}${number}`, 'visible number ("Số: …")');
  // The year moves; the date (which can fall in the year before the plan's) moves with it.
  const shift = (seedYear: string) => String(Number(seedYear) + year - seed.year);
  html = replaceOnce(html, /(data-pagefind-filter="nam">)\d{4}\|\d{4}/, (_, open) => `${open}${year}|${year}`, 'nam filter');
  html = replaceOnce(html, /(data-pagefind-sort="ngay">)(\d{4})/, (_, open, y) => `${open}${shift(y!)}`, 'ngay sort');
  html = replaceOnce(html, /(data-pagefind-meta="date">[^<]*?)(\d{4})(?=<)/, (_, open, y) => `${open}${shift(y!)}`, 'date meta');
  return { pathname: `ke-hoach/${province.slug}/${seed.issuer}/${year}/${i}/`, html };
}

/** Builds <benchDir>/search-<n>/site: the real site's other pages, n synthetic plans and their index. */
export async function buildSyntheticSite(benchDir: string, realSite: string, n: number, provinces: Province[]): Promise<CorpusFacts> {
  const site = join(benchDir, `search-${n}`, 'site');
  console.log(`Writing ${n} synthetic plans into ${site}…`);
  const started = performance.now();
  const seeds = readSeeds(realSite);
  rmSync(site, { recursive: true, force: true });
  // Everything but the index and the plan pages (ke-hoach/index.html, the list, stays).
  cpSync(realSite, site, {
    recursive: true,
    filter: (source) => {
      const parts = relative(realSite, source).split(sep);
      if (parts[0] === 'pagefind') return false;
      return !(parts[0] === 'ke-hoach' && parts.length > 1 && parts[1] !== 'index.html');
    },
  });
  const pathnames: string[] = [];
  for (let i = 0; i < n; i++) {
    // 63 provinces and 5 seeds are coprime: every seed lands in every province. The year
    // changes with each round of 63, so a province's plans are spread over the years.
    const plan = clonePlan(seeds[i % seeds.length]!, i, provinces[i % provinces.length]!, 2019 + (Math.floor(i / provinces.length) % 7));
    mkdirSync(join(site, plan.pathname), { recursive: true });
    writeFileSync(join(site, plan.pathname, 'index.html'), plan.html);
    pathnames.push(plan.pathname);
  }
  const generateMs = performance.now() - started;
  console.log(`Indexing ${n} plans…`);
  const indexed = await timedIndex(site, pathnames);
  return { plans: n, site, generateMs, indexMs: indexed.ms, indexPeakRssBytes: indexed.peakRss, pagefind: pagefindFacts(site) };
}
