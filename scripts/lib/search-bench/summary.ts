/**
 * The search benchmark's statistics: the median of a query's runs against the issue's
 * target, and where the time of one cold run went (page, runtime, downloads, search).
 */
import { median } from '../bench/statistics';
import type { Mode, Navigation, Resource, Run, SearchCalls } from './probes';

/** The target, for every query at 10,000 plans. 1 kB = 1,000 bytes throughout. */
/** The targets: first results within `bytes` and `ms`, all results and facet counts within `allMs`, at 10,000 and 50,000 plans. */
export const TARGET = { bytes: 250_000, ms: 300, allMs: 1_000, plans: 10_000 };

export interface Row {
  query: string;
  mode: Mode;
  runs: Run[];
  median: { ms: number; bytes: number; pagefindBytes: number; requests: number; allMs: number; allBytes: number };
  min: number;
  max: number;
  meetsTarget: boolean;
}

export interface Breakdown {
  plans: number;
  totalMs: number;
  navigation: Navigation | null;
  /** Navigation start until the search script asks for pagefind.js. */
  pageMs: number;
  /** Until pagefind.js, its worker, pagefind-entry.json and the WASM (those asked for before the first results) are all downloaded. */
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

export function summarize(query: string, mode: Mode, runs: Run[]): Row {
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
  return { ...row, meetsTarget: row.median.bytes <= TARGET.bytes && row.median.ms <= TARGET.ms && row.median.allMs <= TARGET.allMs };
}

export function breakdown(plans: number, run: Run): Breakdown {
  const resources = (run.resources ?? []).filter((entry) => entry.path.startsWith('/pagefind/'));
  // The first results' path: what was asked for before they were shown. The whole
  // archive's shards load after that (their runtime files too) and are not part of it.
  const before = resources.filter((entry) => entry.start < run.ms);
  const isRuntime = (path: string) => /\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind)$/.test(path);
  const pageMs = Math.min(...before.map((entry) => entry.start));
  const runtimeLoadedAt = Math.max(...before.filter((entry) => isRuntime(entry.path)).map((entry) => entry.end));
  // Union of the download intervals of index chunks, filters and fragments after the runtime is in.
  const intervals = before
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
  const fragments = before.filter((entry) => entry.path.endsWith('.pf_fragment'));
  const chunks = before.filter((entry) => /\.pf_(index|filter|meta)$/.test(entry.path));
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

/** One figure of .bench/search-results.json, the list runs are appended to (each value the median of the runs). */
export interface ResultEntry {
  plans: number;
  query: string;
  mode: Mode;
  firstResultsMs: number;
  firstResultsBytes: number;
  allResultsMs: number;
  allResultsBytes: number;
  runs: number;
  meetsTarget: boolean;
  date: string;
  revision: string;
}

/** The rows of one corpus as entries of the results list. */
export function resultEntries(plans: number, rows: readonly Row[], run: { date: string; revision: string }): ResultEntry[] {
  return rows.map((row) => ({
    plans,
    query: row.query,
    mode: row.mode,
    firstResultsMs: Math.round(row.median.ms),
    firstResultsBytes: row.median.bytes,
    allResultsMs: Math.round(row.median.allMs),
    allResultsBytes: row.median.allBytes,
    runs: row.runs.length,
    meetsTarget: row.meetsTarget,
    ...run,
  }));
}
