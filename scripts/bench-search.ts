/**
 * Search benchmark: `npm run bench:search -- [5] [1000] [10000] [50000]` (default: 5, 1000, 10000).
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
 * Figures are appended to .bench/search-results.json (a list: plans, query, mode,
 * firstResultsMs, firstResultsBytes, allResultsMs, each the median of the runs); the last
 * run's full report, every run and its requests, goes to .bench/search-report.json.
 *
 * Modules (scripts/lib/search-bench/): corpus.ts (the real and synthetic sites, indexed and
 * timed), server.ts (the static host that counts bytes), probes.ts (one search measured in
 * the browser), summary.ts (medians against the target, the breakdown of a cold run),
 * report.ts (the printed tables).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from './lib/browser';
import { buildRealSite, buildSyntheticSite, loadProvinces, type CorpusFacts } from './lib/search-bench/corpus';
import { serveSite } from './lib/search-bench/server';
import { measure, type Run } from './lib/search-bench/probes';
import { breakdown, resultEntries, summarize, TARGET, type Breakdown, type Row } from './lib/search-bench/summary';
import { breakdownLines, corpusLines } from './lib/search-bench/report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, '.bench');
/** The list of figures every run appends to (the format); the full report of the last run beside it. */
const RESULTS_FILE = join(BENCH_DIR, 'search-results.json');
const REPORT_FILE = join(BENCH_DIR, 'search-report.json');
const QUERIES = ['Quảng Trị', '76/NQ-CP', 'cải cách hành chính'] as const;
const RUNS = 3;
/** The cold query whose time is broken down into loading, downloading and computing. */
const BREAKDOWN_QUERY = 'cải cách hành chính';

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
  const provinces = loadProvinces(ROOT);
  let browser: Browser | null = null;
  const startedAt = new Date().toISOString();
  const revision = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const reports: CorpusReport[] = [];
  const save = () => {
    mkdirSync(BENCH_DIR, { recursive: true });
    writeFileSync(REPORT_FILE, `${JSON.stringify({ date: startedAt, revision, browser: browser?.version() ?? null, target: TARGET, corpora: reports }, null, 2)}\n`);
  };
  const append = (report: CorpusReport) => {
    const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as unknown) : [];
    // Until 2026-12 the file held the last run's report (now search-report.json): it starts the list afresh.
    const list = Array.isArray(previous) ? previous : [];
    writeFileSync(RESULTS_FILE, `${JSON.stringify([...list, ...resultEntries(report.facts.plans, report.rows, { date: startedAt, revision })], null, 2)}\n`);
  };
  try {
    // The real site is built every time: it is the 5-plan corpus and the seed of the others.
    const real = await buildRealSite(ROOT, BENCH_DIR);
    browser = await launchChromium();
    for (const n of sizes) {
      // A synthetic corpus of 5 would not be the real site: 5 means the real site.
      const facts = n === real.plans ? real : await buildSyntheticSite(BENCH_DIR, real.site, n, provinces);
      console.log(`Measuring ${facts.plans} plans (${QUERIES.length} queries × 2 modes × ${RUNS} runs)`);
      const report = await benchCorpus(browser, facts);
      reports.push(report);
      save();
      append(report);
    }
    console.log(`\n## Search benchmark (${browser.version()}, ${RUNS} runs each, fresh context per run)`);
    console.log(
      `Target (issue): ≤ ${TARGET.bytes / 1000} kB over the wire and ≤ ${TARGET.ms} ms to first results, ≤ ${TARGET.allMs} ms to all results and facet counts, for every query at 10,000 and 50,000 plans; shown for every corpus.`,
    );
    for (const report of reports) console.log(corpusLines(report.facts, report.rows).join('\n'));
    const largest = reports.at(-1)!;
    console.log(breakdownLines(largest.breakdown, BREAKDOWN_QUERY).join('\n'));
    console.log(`\nFigures appended to ${relative(ROOT, RESULTS_FILE)}; the full report in ${relative(ROOT, REPORT_FILE)}`);
  } finally {
    await browser?.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nbench:search failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
