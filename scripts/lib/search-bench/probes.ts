/**
 * The search benchmark's measurements in the browser: a probe installed in the search page
 * records when results appear, and one search (a link opened cold, or a query typed into
 * the open page) is measured in a fresh browser context.
 */
import type { Browser, Page } from 'playwright-core';
import { prepareQuery } from '../../../src/lib/search/query';
import type { Served, SiteServer } from './server';

/** How long one search may take before the benchmark gives up on it. */
export const SEARCH_TIMEOUT_MS = 120_000;

export type Mode = 'cold' | 'typed';

/**
 * Installed before the page's own scripts: records (performance.now()) every time
 * #ket-qua's data-state becomes "done", and every Enter key press. Mutation records are
 * read in order, so a removal and a new "done" in one batch still count as a new "done".
 * A string, not a function: the page must get plain JavaScript, whatever tsx compiles.
 */
export const PROBE = `
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

export interface Probe {
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
export interface Resource {
  path: string;
  start: number;
  end: number;
  /** Body bytes as transferred (encodedBodySize). */
  bytes: number;
  /** "page" or "worker": where the request was made. */
  from: string;
}

/** The search page's own milestones (navigation timing), from navigation start. */
export interface Navigation {
  htmlReceived: number;
  domContentLoaded: number;
}

export interface Run {
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
export interface SearchCalls {
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

export async function waitForDone(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => (window.__bench?.done.length ?? 0) >= n, count, { timeout: SEARCH_TIMEOUT_MS, polling: 10 });
}

export async function probe(page: Page): Promise<Probe> {
  return page.evaluate(() => window.__bench!);
}

/** Results count from the status sentence ("Tìm thấy 3 kế hoạch…", "Không tìm thấy…"). */
export function resultCount(status: string): number {
  const found = /Tìm thấy (\d+) kế hoạch/.exec(status);
  if (found) return Number(found[1]);
  if (/Không tìm thấy/.test(status)) return 0;
  throw new Error(`unexpected search status: "${status}"`);
}

export async function navigationTiming(page: Page): Promise<Navigation> {
  return page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { htmlReceived: entry.responseEnd, domContentLoaded: entry.domContentLoadedEventEnd };
  });
}

/** Times Pagefind's calls for a query, the way the search page makes them, in a page that has run it once already. */
export async function timeSearchCalls(page: Page, query: string): Promise<SearchCalls> {
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
export function statusDetails(status: string): string | null {
  const at = status.indexOf('; ');
  return at === -1 ? null : status.slice(at + 2).replace(/\.$/, '');
}

/** Resource timing entries of the page and of its workers (Pagefind searches in one), on the page's clock. */
export async function resourceTimeline(page: Page): Promise<Resource[]> {
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

export async function measure(browser: Browser, server: SiteServer, query: string, mode: Mode, withTimeline: boolean): Promise<Run> {
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
