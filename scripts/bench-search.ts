/**
 * Search benchmark: `npm run bench:search -- [5] [1000] [10000]` (default: all three).
 *
 * Measures the portal's full-text search (Pagefind, src/client/search.ts) in headless
 * Chromium, for the real site (5 plans) and for synthetic corpora of N plans, and prints
 * what a reader pays: bytes over the wire and time to first results, for a link opened
 * cold (/tim-kiem/?q=…) and for a query typed into the already open page. It prints
 * figures; it asserts nothing (only that every search finishes and reports its results).
 *
 * Corpora, in .bench/search-<N>/site (scratch, gitignored; dist/ is never touched):
 * - 5: the real site, built with scripts/build.mjs, its index included (the same pages
 *   are indexed once more in a scratch directory, only to time it).
 * - N: the 5-plan site with its plan pages replaced by N clones of the five built seed
 *   pages (round-robin). Each clone gets one of the 63 pre-2025 provinces (spread evenly;
 *   the seed's province name, slug and web address are replaced everywhere in the page),
 *   a number of its own (<1000+i>/<symbol>), a year from 2019 to 2025 and a URL of its
 *   own. The text is otherwise the seed's, so words every plan has stay in every plan.
 *
 * The site is served by a static server on 127.0.0.1 that gzips text (HTML, CSS, JS,
 * JSON, SVG) like any real host and serves Pagefind's binary files, which are gzip data
 * already, as they are. Bytes are counted by the server (headers and body as written to
 * the socket): Pagefind 1.6 fetches its index from a web worker, whose requests the page's
 * own resource timing does not list (the breakdown reads the worker's separately). Times
 * are read in the page (performance.now(), from navigation start or from the Enter key)
 * when #ket-qua gets data-state="done".
 * Every measurement uses a fresh browser context (empty cache) and runs three times.
 *
 * Raw figures go to .bench/search-results.json.
 */
import { spawn } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { buildSearchIndex } from '../src/integrations/search-index';
import { prepareQuery } from '../src/lib/search/query';
import { launchChromium } from './lib/browser';
import { median } from './lib/bench/statistics';
import { treeRss } from './lib/tree-rss.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, '.bench');
const RESULTS_FILE = join(BENCH_DIR, 'search-results.json');
const QUERIES = ['Quảng Trị', '76/NQ-CP', 'cải cách hành chính'] as const;
const RUNS = 3;
/** The issue's target, for every query at 10,000 plans. 1 kB = 1,000 bytes throughout. */
const TARGET = { bytes: 250_000, ms: 300, plans: 10_000 };
/** The cold query whose time is broken down into loading, downloading and computing. */
const BREAKDOWN_QUERY = 'cải cách hành chính';
/** How long one search may take before the benchmark gives up on it. */
const SEARCH_TIMEOUT_MS = 120_000;

type Mode = 'cold' | 'typed';

/* ------------------------------------------------------------------ corpora */

interface Province {
  name: string;
  slug: string;
  /** The 2025 unit it became part of. */
  successor: { name: string; slug: string };
}

/** A built plan page of the real site, to be cloned. */
interface Seed {
  pathname: string;
  html: string;
  province: { name: string; slug: string };
  /** The issuer's URL segment: "ubnd-tinh", "so-vhttdl"… */
  issuer: string;
  year: number;
  /** The plan's number as the page shows it: "105/KH-UBND", "Chưa ghi số (…/KH-UBND)". */
  number: string;
}

interface PagefindDirFacts {
  bytes: number;
  files: number;
  /** By kind of file: index, fragment, filter, meta, wasm, js, json. */
  byKind: Record<string, { files: number; bytes: number }>;
}

interface CorpusFacts {
  plans: number;
  site: string;
  /** Time to write the synthetic plan pages (none for the real site). */
  generateMs: number | null;
  indexMs: number;
  /** Peak summed RSS of this process and its children (Pagefind's backend) while indexing. */
  indexPeakRssBytes: number;
  pagefind: PagefindDirFacts;
}

function loadProvinces(): Province[] {
  const data = JSON.parse(readFileSync(join(ROOT, 'content/provinces/provinces-vn.json'), 'utf8')) as {
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
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Indexes the given plan pages with the portal's own indexer, timing it and sampling memory every 100 ms. */
async function timedIndex(site: string, pathnames: string[]): Promise<{ ms: number; peakRss: number }> {
  let peakRss = treeRss(process.pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(process.pid))), 100);
  const started = performance.now();
  try {
    const { pages } = await buildSearchIndex(site, pathnames);
    if (pages !== pathnames.length) throw new Error(`the indexer took ${pages} of ${pathnames.length} plan pages`);
    return { ms: performance.now() - started, peakRss };
  } finally {
    clearInterval(sampler);
  }
}

function pagefindFacts(site: string): PagefindDirFacts {
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
function planPathnames(site: string): string[] {
  return (readdirSync(join(site, 'ke-hoach'), { recursive: true }) as string[])
    .map((file) => file.split(sep).join('/'))
    .filter((file) => /^[^/]+\/[^/]+\/\d{4}\/[^/]+\/index\.html$/.test(file))
    .filter((file) => readFileSync(join(site, 'ke-hoach', file), 'utf8').includes('data-pagefind-body'))
    .map((file) => `ke-hoach/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/** Builds the real site into .bench/search-5/site and times its index. */
async function buildRealSite(): Promise<CorpusFacts> {
  const dir = join(BENCH_DIR, 'search-5');
  const site = join(dir, 'site');
  mkdirSync(dir, { recursive: true });
  const log = join(dir, 'build.log');
  console.log(`Building the real site into ${relative(ROOT, site)} (log: ${relative(ROOT, log)})…`);
  try {
    await run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--out', site], { ...process.env, BUILD_LOG: log });
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

function readSeeds(site: string): Seed[] {
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
function replaceOnce(html: string, pattern: RegExp, replacement: (...groups: string[]) => string, what: string): string {
  if (!pattern.test(html)) throw new Error(`seed page has no ${what} (${pattern.source})`);
  return html.replace(pattern, (...args: unknown[]) => replacement(...(args.slice(0, -2) as string[])));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The i-th synthetic plan: the seed moved to another province, number and year. */
function clonePlan(seed: Seed, i: number, province: Province, year: number): { pathname: string; html: string } {
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

/** Builds .bench/search-<n>/site: the real site's other pages, n synthetic plans and their index. */
async function buildSyntheticSite(realSite: string, n: number, provinces: Province[]): Promise<CorpusFacts> {
  const site = join(BENCH_DIR, `search-${n}`, 'site');
  console.log(`Writing ${n} synthetic plans into ${relative(ROOT, site)}…`);
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

/* ------------------------------------------------------------------ server */

/** One response, as the server wrote it. Times are epoch milliseconds. */
interface Served {
  path: string;
  status: number;
  /** Headers and body as written to the socket. */
  bytes: number;
  gzip: boolean;
  start: number;
  end: number;
}

interface SiteServer {
  origin: string;
  /** Every response written since the last reset. */
  log: Served[];
  reset: () => void;
  close: () => Promise<void>;
}

const TEXT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

const epochNow = () => performance.timeOrigin + performance.now();

/** The file a URL path names, or null; never outside the site. */
function fileFor(site: string, urlPath: string): string | null {
  const path = resolve(site, `.${urlPath}`);
  if (path !== site && !path.startsWith(site + sep)) return null;
  const candidate = urlPath.endsWith('/') || (existsSync(path) && statSync(path).isDirectory()) ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

/**
 * A static host for the site: text gzipped when the client accepts it (compressed once,
 * then kept, as a CDN would), everything else, Pagefind's pre-gzipped files and WASM
 * included, sent as stored with application/octet-stream.
 */
async function serveSite(site: string): Promise<SiteServer> {
  const gzipped = new Map<string, Buffer>();
  const log: Served[] = [];
  const server: Server = createServer((request, response) => {
    const start = epochNow();
    const socket = request.socket;
    const before = socket.bytesWritten;
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = fileFor(site, urlPath);
    const file = found ?? join(site, '404.html');
    const extension = file.split('.').pop() ?? '';
    const textType = TEXT_TYPES[extension];
    const gzip = textType !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.on('finish', () => {
      log.push({ path: urlPath, status: response.statusCode, bytes: socket.bytesWritten - before, gzip, start, end: epochNow() });
    });
    const headers: Record<string, string> = { 'content-type': textType ?? 'application/octet-stream' };
    if (textType) headers['vary'] = 'Accept-Encoding';
    const status = found ? 200 : 404;
    if (gzip) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) });
      response.end(body);
    } else {
      response.writeHead(status, { ...headers, 'content-length': String(statSync(file).size) });
      createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    log,
    reset: () => void (log.length = 0),
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/* ------------------------------------------------------------------ browser */

/**
 * Installed before the page's own scripts: records (performance.now()) every time
 * #ket-qua's data-state becomes "done", and every Enter key press. Mutation records are
 * read in order, so a removal and a new "done" in one batch still count as a new "done".
 * A string, not a function: the page must get plain JavaScript, whatever tsx compiles.
 */
const PROBE = `
  window.__bench = { done: [], first: [], enter: [], origin: performance.timeOrigin };
  new MutationObserver((records) => {
    const values = records.filter((r) => r.target.id === 'ket-qua').map((r) => r.oldValue);
    if (values.length === 0) return;
    values.push(document.getElementById('ket-qua').getAttribute('data-state'));
    const now = performance.now();
    for (let i = 1; i < values.length; i++) {
      if (values[i] === 'done' && values[i - 1] !== 'done') window.__bench.done.push(now);
      // First results: the page shows some ("first") or all ("done") after a search started ("busy").
      if ((values[i] === 'first' || values[i] === 'done') && values[i - 1] === 'busy') window.__bench.first.push(now);
    }
  }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-state'] });
  addEventListener('keydown', (event) => { if (event.key === 'Enter') window.__bench.enter.push(performance.now()); }, true);
`;

interface Probe {
  done: number[];
  first: number[];
  enter: number[];
  origin: number;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

/** A resource timing entry, its times made relative to the page's navigation start. */
interface Resource {
  path: string;
  start: number;
  end: number;
  /** Body bytes as transferred (encodedBodySize). */
  bytes: number;
  /** "page" or "worker": where the request was made. */
  from: string;
}

/** The search page's own milestones (navigation timing), from navigation start. */
interface Navigation {
  htmlReceived: number;
  domContentLoaded: number;
}

interface Run {
  /** Time to first results: the page shows results (the phrase group, or all). */
  ms: number;
  /** Bytes over the wire received by then (responses finished before first results). */
  bytes: number;
  pagefindBytes: number;
  /** Time to all results: every search done, facet counts shown. */
  allMs: number;
  /** Bytes over the wire by then. */
  allBytes: number;
  requests: number;
  results: number;
  /** What the status sentence says after the count ("16 có nguyên cụm từ, xếp trước"…), if anything. */
  details: string | null;
  status: string;
  firstTitle: string | null;
  firstUrl: string | null;
  served: Served[];
  /** Resource timing of page and workers (cold runs of the breakdown query only). */
  resources?: Resource[];
  navigation?: Navigation;
  searchCalls?: SearchCalls;
}

/** Pagefind's own calls timed in the page after a run, its index chunks loaded: the WASM's share. */
interface SearchCalls {
  filtersMs: number;
  allWordsMs: number;
  allWordsResults: number;
  phraseMs: number | null;
  phraseResults: number | null;
}

/*
 * Code run in the page is passed as functions (the page's CSP forbids evaluating strings)
 * with no named functions or constants inside: tsx would wrap those in a helper that
 * exists only in Node.
 */

async function waitForDone(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window.__bench?.done.length ?? 0) >= n, count, { timeout: SEARCH_TIMEOUT_MS, polling: 10 });
}

async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => window.__bench!);
}

/** Results count from the status sentence ("Tìm thấy 3 kế hoạch…", "Không tìm thấy…"). */
function resultCount(status: string): number {
  const found = /Tìm thấy (\d+) kế hoạch/.exec(status);
  if (found) return Number(found[1]);
  if (/Không tìm thấy/.test(status)) return 0;
  throw new Error(`unexpected search status: "${status}"`);
}

async function navigationTiming(page: Page): Promise<Navigation> {
  return page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { htmlReceived: entry.responseEnd, domContentLoaded: entry.domContentLoadedEventEnd };
  });
}

/** Times Pagefind's calls for a query, the way the search page makes them, in a page that has run it once already. */
async function timeSearchCalls(page: Page, query: string): Promise<SearchCalls> {
  const { allWords, phrase } = prepareQuery(query);
  return page.evaluate(
    async ([words, quoted]) => {
      // The module the page loaded (same URL, so the same, initialised instance).
      const pf = await import(new URL('/pagefind/pagefind.js', location.origin).href);
      let started = performance.now();
      await pf.filters();
      const filtersMs = performance.now() - started;
      started = performance.now();
      const all = await pf.search(words, { filters: {} });
      const allWordsMs = performance.now() - started;
      started = performance.now();
      const exact = quoted === null ? null : await pf.search(quoted, { filters: {} });
      const phraseMs = quoted === null ? null : performance.now() - started;
      return { filtersMs, allWordsMs, allWordsResults: all.results.length as number, phraseMs, phraseResults: exact === null ? null : (exact.results.length as number) };
    },
    [allWords, phrase] as const,
  );
}

/** The status sentence's details after the count: "Tìm thấy 276 kế hoạch cho “…”; 16 có nguyên cụm từ, xếp trước." */
function statusDetails(status: string): string | null {
  const at = status.indexOf('; ');
  return at === -1 ? null : status.slice(at + 2).replace(/\.$/, '');
}

/** Resource timing entries of the page and of its workers (Pagefind searches in one), on the page's clock. */
async function resourceTimeline(page: Page): Promise<Resource[]> {
  const collect = () => ({
    origin: performance.timeOrigin,
    entries: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize })),
  });
  type Timeline = ReturnType<typeof collect>;
  const pageTimeline = await page.evaluate(collect);
  const timelines: [string, Timeline][] = [['page', pageTimeline]];
  for (const worker of page.workers()) timelines.push(['worker', await worker.evaluate(collect)]);
  return timelines
    .flatMap(([from, timeline]) =>
      timeline.entries.map((entry) => ({
        path: new URL(entry.name).pathname,
        start: entry.start + timeline.origin - pageTimeline.origin,
        end: entry.end + timeline.origin - pageTimeline.origin,
        bytes: entry.bytes,
        from,
      })),
    )
    .sort((a, b) => a.start - b.start);
}

async function measure(browser: Browser, server: SiteServer, query: string, mode: Mode, withTimeline: boolean): Promise<Run> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let ms: number;
    let allMs: number;
    let firstEpoch: number;
    if (mode === 'cold') {
      server.reset();
      await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
      await waitForDone(page, 1);
      const times = await probe(page);
      ms = times.first[0]!;
      allMs = times.done[0]!;
      firstEpoch = times.origin + ms;
    } else {
      await page.goto(`${server.origin}/tim-kiem/`, { waitUntil: 'commit' });
      await waitForDone(page, 1); // the "browse all" search that runs on load
      await page.waitForTimeout(100);
      server.reset();
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      await waitForDone(page, 2);
      const times = await probe(page);
      ms = times.first[1]! - times.enter.at(-1)!;
      allMs = times.done[1]! - times.enter.at(-1)!;
      firstEpoch = times.origin + times.first[1]!;
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const shown = await page.evaluate(() => ({
      status: document.querySelector('#trang-thai')?.textContent ?? '',
      first: document.querySelector('.result h3')?.textContent ?? null,
      url: document.querySelector('.result h3 a')?.getAttribute('href') ?? null,
    }));
    const served = [...server.log];
    const byFirst = served.filter((entry) => entry.end <= firstEpoch);
    return {
      ms,
      bytes: byFirst.reduce((sum, entry) => sum + entry.bytes, 0),
      pagefindBytes: byFirst.filter((entry) => entry.path.startsWith('/pagefind/')).reduce((sum, entry) => sum + entry.bytes, 0),
      allMs,
      allBytes: served.reduce((sum, entry) => sum + entry.bytes, 0),
      requests: served.length,
      results: resultCount(shown.status),
      details: statusDetails(shown.status),
      status: shown.status,
      firstTitle: shown.first,
      firstUrl: shown.url,
      served,
      ...(withTimeline ? { resources: await resourceTimeline(page), navigation: await navigationTiming(page), searchCalls: await timeSearchCalls(page, query) } : {}),
    };
  } finally {
    await context.close();
  }
}

/* ------------------------------------------------------------------ report */

interface Row {
  query: string;
  mode: Mode;
  runs: Run[];
  median: { ms: number; bytes: number; pagefindBytes: number; requests: number; allMs: number; allBytes: number };
  min: number;
  max: number;
  meetsTarget: boolean;
}

interface Breakdown {
  plans: number;
  totalMs: number;
  navigation: Navigation | null;
  /** Navigation start until the search script asks for pagefind.js. */
  pageMs: number;
  /** Until pagefind.js, its worker, pagefind-entry.json and the WASM are all downloaded. */
  runtimeLoadedAt: number;
  /** Time after that with at least one index chunk, filter or fragment download in flight. */
  downloadingMs: number;
  /** The remainder: WASM search, decompression, JavaScript and rendering. */
  restMs: number;
  /** Of the rest: from the last index chunk or filter received to the first fragment requested (the search proper). */
  searchGapMs: number | null;
  /** Of the rest: from the last fragment received to the results in the page. */
  renderMs: number | null;
  searchCalls: SearchCalls | null;
  resources: Resource[];
  /** Pagefind files the server sent that resource timing did not report. */
  unseen: string[];
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const MB = (bytes: number) => (bytes / 1_000_000).toFixed(1);

function summarize(query: string, mode: Mode, runs: Run[]): Row {
  const times = runs.map((entry) => entry.ms);
  const row = {
    query,
    mode,
    runs,
    median: {
      ms: median(times),
      bytes: median(runs.map((entry) => entry.bytes)),
      pagefindBytes: median(runs.map((entry) => entry.pagefindBytes)),
      requests: median(runs.map((entry) => entry.requests)),
      allMs: median(runs.map((entry) => entry.allMs)),
      allBytes: median(runs.map((entry) => entry.allBytes)),
    },
    min: Math.min(...times),
    max: Math.max(...times),
  };
  return { ...row, meetsTarget: row.median.bytes <= TARGET.bytes && row.median.ms <= TARGET.ms };
}

function breakdown(plans: number, run: Run): Breakdown {
  const resources = (run.resources ?? []).filter((entry) => entry.path.startsWith('/pagefind/'));
  const isRuntime = (path: string) => /\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind)$/.test(path);
  const pageMs = Math.min(...resources.map((entry) => entry.start));
  const runtimeLoadedAt = Math.max(...resources.filter((entry) => isRuntime(entry.path)).map((entry) => entry.end));
  // Union of the download intervals of index chunks, filters and fragments after the runtime is in.
  const intervals = resources
    .filter((entry) => !isRuntime(entry.path))
    .map((entry) => [Math.max(entry.start, runtimeLoadedAt), Math.min(entry.end, run.ms)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let downloadingMs = 0;
  let reached = -Infinity;
  for (const [from, to] of intervals) {
    if (to <= reached) continue;
    downloadingMs += to - Math.max(from, reached);
    reached = to;
  }
  const seen = new Set(resources.map((entry) => entry.path));
  const fragments = resources.filter((entry) => entry.path.endsWith('.pf_fragment'));
  const chunks = resources.filter((entry) => /\.pf_(index|filter|meta)$/.test(entry.path));
  const firstFragment = fragments.length > 0 ? Math.min(...fragments.map((entry) => entry.start)) : null;
  const lastChunk = chunks.length > 0 ? Math.max(...chunks.map((entry) => entry.end)) : null;
  return {
    plans,
    totalMs: run.ms,
    navigation: run.navigation ?? null,
    pageMs,
    runtimeLoadedAt,
    downloadingMs,
    restMs: run.ms - runtimeLoadedAt - downloadingMs,
    searchGapMs: firstFragment !== null && lastChunk !== null ? firstFragment - lastChunk : null,
    renderMs: fragments.length > 0 ? run.ms - Math.max(...fragments.map((entry) => entry.end)) : null,
    searchCalls: run.searchCalls ?? null,
    resources,
    unseen: run.served.filter((entry) => entry.path.startsWith('/pagefind/') && !seen.has(entry.path)).map((entry) => entry.path),
  };
}

function truncate(text: string | null, length: number): string {
  if (text === null) return '—';
  const flat = text.replace(/\s+/g, ' ').trim();
  return (flat.length > length ? `${flat.slice(0, length - 1)}…` : flat).replace(/\|/g, '\\|');
}

function printCorpus(facts: CorpusFacts, rows: Row[]) {
  const kinds = Object.entries(facts.pagefind.byKind)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, entry]) => `${kind} ${entry.files} (${MB(entry.bytes)} MB)`)
    .join(', ');
  console.log(`\n### ${facts.plans} plans${facts.plans === 5 ? ' (the real site)' : ' (synthetic)'}\n`);
  console.log(
    `${facts.plans} plans; index built in ${(facts.indexMs / 1000).toFixed(1)} s, peak RSS ${(facts.indexPeakRssBytes / 2 ** 30).toFixed(2)} GiB` +
      `${facts.generateMs === null ? '' : ` (pages written in ${(facts.generateMs / 1000).toFixed(1)} s)`}; ` +
      `pagefind/ ${MB(facts.pagefind.bytes)} MB in ${facts.pagefind.files} files: ${kinds}.\n`,
  );
  console.log(
    `| query | mode | results (and the status sentence's details) | first-result title | first results: kB over the wire (all / pagefind) | requests (until all results) | time to first results, ms: median (min–max) | all results and facets: ms, kB | target ≤ ${TARGET.bytes / 1000} kB, ≤ ${TARGET.ms} ms |`,
  );
  console.log('|---|---|---|---|---:|---:|---:|---:|---|');
  for (const row of rows) {
    // Every run should find the same; if not, all the counts are shown.
    const counts = [...new Set(row.runs.map((entry) => `${entry.results}${entry.details === null ? '' : `; ${entry.details}`}`))].join(' / ');
    const misses = [row.median.bytes > TARGET.bytes ? 'bytes' : '', row.median.ms > TARGET.ms ? 'time' : ''].filter(Boolean).join(', ');
    console.log(
      `| ${row.query} | ${row.mode} | ${counts} | ${truncate(row.runs.at(-1)!.firstTitle, 90)} | ` +
        `${kB(row.median.bytes)} / ${kB(row.median.pagefindBytes)} | ${row.median.requests} | ` +
        `${Math.round(row.median.ms)} (${Math.round(row.min)}–${Math.round(row.max)}) | ${Math.round(row.median.allMs)}, ${kB(row.median.allBytes)} | ${misses ? `no (${misses})` : 'yes'} |`,
    );
  }
  // What the bytes are: the pagefind files of the median cold run of each query, by kind.
  console.log('\nBytes of the median cold run, by file kind:');
  for (const row of rows.filter((entry) => entry.mode === 'cold')) {
    const run = row.runs.find((entry) => entry.ms === row.median.ms) ?? row.runs[0]!;
    const byKind = new Map<string, { n: number; bytes: number }>();
    for (const entry of run.served) {
      const kind = entry.path.startsWith('/pagefind/') ? kindOf(entry.path) : 'page (html, css, js, svg)';
      const sum = byKind.get(kind) ?? { n: 0, bytes: 0 };
      byKind.set(kind, { n: sum.n + 1, bytes: sum.bytes + entry.bytes });
    }
    const parts = [...byKind].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, sum]) => `${kind} ${sum.n}× ${kB(sum.bytes)} kB`);
    console.log(`- ${row.query}: ${parts.join(', ')}`);
  }
}

function kindOf(path: string): string {
  const name = path.split('/').pop()!;
  if (/\.pf_\w+$/.test(name)) return name.replace(/^.*\.pf_/, 'pf_');
  if (name.startsWith('wasm.')) return 'wasm';
  return name;
}

function printBreakdown(result: Breakdown) {
  const pf = (predicate: (entry: Resource) => boolean) => {
    const chosen = result.resources.filter(predicate);
    return `${chosen.length} files, ${kB(chosen.reduce((sum, entry) => sum + entry.bytes, 0))} kB`;
  };
  console.log(`\nBreakdown: cold "${BREAKDOWN_QUERY}" at ${result.plans} plans, median run, ${Math.round(result.totalMs)} ms to first results:`);
  const navigation = result.navigation ? ` (HTML received at ${Math.round(result.navigation.htmlReceived)} ms, DOMContentLoaded at ${Math.round(result.navigation.domContentLoaded)} ms)` : '';
  console.log(`- ${Math.round(result.pageMs)} ms: the page (HTML, CSS, JS) until the search script asks for /pagefind/pagefind.js${navigation}`);
  console.log(`- ${Math.round(result.runtimeLoadedAt)} ms: Pagefind's runtime downloaded (pagefind.js, worker, entry JSON, WASM: ${pf((entry) => !entry.path.includes('.pf_'))})`);
  console.log(
    `- ${Math.round(result.downloadingMs)} ms after that with index downloads in flight (${['meta', 'index', 'filter', 'fragment'].map((kind) => `pf_${kind}: ${pf((entry) => entry.path.endsWith(`.pf_${kind}`))}`).join('; ')})`,
  );
  console.log(`- ${Math.round(result.restMs)} ms the rest: WASM search, decompression, JavaScript and rendering with nothing downloading`);
  if (result.searchGapMs !== null) console.log(`  - of which ${Math.round(result.searchGapMs)} ms from the last index chunk received to the first fragment requested (the search itself)`);
  if (result.renderMs !== null) console.log(`  - and ${Math.round(result.renderMs)} ms from the last fragment received to the results in the page`);
  const calls = result.searchCalls;
  if (calls) {
    console.log(
      `- Pagefind's calls timed again in that page, index loaded: filters() ${Math.round(calls.filtersMs)} ms; ` +
        `search(all words) ${Math.round(calls.allWordsMs)} ms, ${calls.allWordsResults} results` +
        (calls.phraseMs === null ? '' : `; search("phrase") ${Math.round(calls.phraseMs)} ms, ${calls.phraseResults} results`) +
        ' (the page runs the two searches concurrently, on one worker)',
    );
  }
  console.log('\n| pagefind file | requested by | start (ms) | end (ms) | kB (body) |\n|---|---|---:|---:|---:|');
  for (const entry of result.resources) {
    console.log(`| ${entry.path.replace('/pagefind/', '')} | ${entry.from} | ${Math.round(entry.start)} | ${Math.round(entry.end)} | ${kB(entry.bytes)} |`);
  }
  if (result.unseen.length > 0) console.log(`(resource timing missed ${result.unseen.length} files the server sent: ${result.unseen.join(', ')})`);
}

/* ------------------------------------------------------------------ main */

interface CorpusReport {
  facts: CorpusFacts;
  rows: Row[];
  breakdown: Breakdown;
}

async function benchCorpus(browser: Browser, facts: CorpusFacts): Promise<CorpusReport> {
  const server = await serveSite(facts.site);
  try {
    // One run thrown away: it fills the server's gzip cache and warms the browser up.
    await measure(browser, server, QUERIES[0], 'cold', false);
    const rows: Row[] = [];
    for (const query of QUERIES) {
      for (const mode of ['cold', 'typed'] as const) {
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server, query, mode, mode === 'cold' && query === BREAKDOWN_QUERY));
        rows.push(summarize(query, mode, runs));
        process.stdout.write('.');
      }
    }
    process.stdout.write('\n');
    const row = rows.find((entry) => entry.mode === 'cold' && entry.query === BREAKDOWN_QUERY)!;
    const run = row.runs.find((entry) => entry.ms === row.median.ms)!;
    return { facts, rows, breakdown: breakdown(facts.plans, run) };
  } finally {
    await server.close();
  }
}

function parseSizes(args: string[]): number[] {
  const values = args.filter((arg) => arg !== '--');
  const sizes = values.map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`usage: npm run bench:search -- [5] [1000] [10000] (got "${values.join(' ')}")`);
  }
  return sizes.length > 0 ? [...new Set(sizes)].sort((a, b) => a - b) : [5, 1000, 10_000];
}

async function main(): Promise<void> {
  const sizes = parseSizes(process.argv.slice(2));
  const provinces = loadProvinces();
  let browser: Browser | null = null;
  const reports: CorpusReport[] = [];
  const save = () => {
    mkdirSync(BENCH_DIR, { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify({ date: new Date().toISOString(), browser: browser?.version() ?? null, target: TARGET, corpora: reports }, null, 2)}\n`);
  };
  try {
    // The real site is built every time: it is the 5-plan corpus and the seed of the others.
    const real = await buildRealSite();
    browser = await launchChromium();
    for (const n of sizes) {
      // A synthetic corpus of 5 would not be the real site: 5 means the real site.
      const facts = n === real.plans ? real : await buildSyntheticSite(real.site, n, provinces);
      console.log(`Measuring ${facts.plans} plans (${QUERIES.length} queries × 2 modes × ${RUNS} runs)`);
      const report = await benchCorpus(browser, facts);
      reports.push(report);
      save();
    }
    console.log(`\n## Search benchmark (${browser.version()}, ${RUNS} runs each, fresh context per run)`);
    console.log(`Target (issue): ≤ ${TARGET.bytes / 1000} kB over the wire and ≤ ${TARGET.ms} ms to first results for every query at ${TARGET.plans} plans; shown for every corpus.`);
    for (const report of reports) printCorpus(report.facts, report.rows);
    const largest = reports.at(-1)!;
    printBreakdown(largest.breakdown);
    console.log(`\nRaw figures: ${relative(ROOT, RESULTS_FILE)}`);
  } finally {
    await browser?.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nbench:search failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
