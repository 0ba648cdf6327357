/**
 * The search benchmark's printed report: per corpus a Markdown table of the queries against
 * the target and the bytes by file kind, and the breakdown of one cold run. Returns lines.
 */
import type { CorpusFacts } from './corpus';
import type { Resource } from './probes';
import { TARGET, type Breakdown, type Row } from './summary';

export const kB = (bytes: number) => (bytes / 1000).toFixed(1);
export const MB = (bytes: number) => (bytes / 1_000_000).toFixed(1);
export function truncate(text: string | null, length: number): string {
  if (text === null) return '—';
  const flat = text.replace(/\s+/g, ' ').trim();
  return (flat.length > length ? `${flat.slice(0, length - 1)}…` : flat).replace(/\|/g, '\\|');
}

/** The report of one corpus: its facts, the table of queries against the target, the bytes of the median cold runs by file kind. */
export function corpusLines(facts: CorpusFacts, rows: Row[]): string[] {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const kinds = Object.entries(facts.pagefind.byKind)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, entry]) => `${kind} ${entry.files} (${MB(entry.bytes)} MB)`)
    .join(', ');
  log(`\n### ${facts.plans} plans${facts.plans === 5 ? ' (the real site)' : ' (synthetic)'}\n`);
  log(
    `${facts.plans} plans; index built in ${(facts.indexMs / 1000).toFixed(1)} s, peak RSS ${(facts.indexPeakRssBytes / 2 ** 30).toFixed(2)} GiB` +
      `${facts.generateMs === null ? '' : ` (pages written in ${(facts.generateMs / 1000).toFixed(1)} s)`}; ` +
      `pagefind/ ${MB(facts.pagefind.bytes)} MB in ${facts.pagefind.files} files: ${kinds}.\n`,
  );
  log(
    `| query | mode | results (and the status sentence's details) | first-result title | first results: kB over the wire (all / pagefind) | requests (until all results) | time to first results, ms: median (min–max) | all results and facets: ms, kB | target ≤ ${TARGET.bytes / 1000} kB, ≤ ${TARGET.ms} ms, all ≤ ${TARGET.allMs} ms |`,
  );
  log('|---|---|---|---|---:|---:|---:|---:|---|');
  for (const row of rows) {
    // Every run should find the same; if not, all the counts are shown.
    const counts = [...new Set(row.runs.map((entry) => `${entry.results}${entry.details === null ? '' : `; ${entry.details}`}`))].join(' / ');
    const misses = [row.median.bytes > TARGET.bytes ? 'bytes' : '', row.median.ms > TARGET.ms ? 'time' : '', row.median.allMs > TARGET.allMs ? 'all results' : ''].filter(Boolean).join(', ');
    log(
      `| ${row.query} | ${row.mode} | ${counts} | ${truncate(row.runs.at(-1)!.firstTitle, 90)} | ` +
        `${kB(row.median.bytes)} / ${kB(row.median.pagefindBytes)} | ${row.median.requests} | ` +
        `${Math.round(row.median.ms)} (${Math.round(row.min)}–${Math.round(row.max)}) | ${Math.round(row.median.allMs)}, ${kB(row.median.allBytes)} | ${misses ? `no (${misses})` : 'yes'} |`,
    );
  }
  // What the bytes are: the pagefind files of the median cold run of each query, by kind.
  log('\nBytes of the median cold run, by file kind:');
  for (const row of rows.filter((entry) => entry.mode === 'cold')) {
    const run = row.runs.find((entry) => entry.ms === row.median.ms) ?? row.runs[0]!;
    const byKind = new Map<string, { n: number; bytes: number }>();
    for (const entry of run.served) {
      const kind = entry.path.startsWith('/pagefind/') ? kindOf(entry.path) : 'page (html, css, js, svg)';
      const sum = byKind.get(kind) ?? { n: 0, bytes: 0 };
      byKind.set(kind, { n: sum.n + 1, bytes: sum.bytes + entry.bytes });
    }
    const parts = [...byKind].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, sum]) => `${kind} ${sum.n}× ${kB(sum.bytes)} kB`);
    log(`- ${row.query}: ${parts.join(', ')}`);
  }
  return lines;
}

export function kindOf(path: string): string {
  const name = path.split('/').pop()!;
  if (/\.pf_\w+$/.test(name)) return name.replace(/^.*\.pf_/, 'pf_');
  if (name.startsWith('wasm.')) return 'wasm';
  return name;
}

/** Where the time of one cold run of `query` went, and every Pagefind file it fetched. */
export function breakdownLines(result: Breakdown, query: string): string[] {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const pf = (predicate: (entry: Resource) => boolean) => {
    // The files of the first results' path, as the breakdown's times are.
    const chosen = result.resources.filter((entry) => entry.start < result.totalMs && predicate(entry));
    return `${chosen.length} files, ${kB(chosen.reduce((sum, entry) => sum + entry.bytes, 0))} kB`;
  };
  log(`\nBreakdown: cold "${query}" at ${result.plans} plans, median run, ${Math.round(result.totalMs)} ms to first results:`);
  const navigation = result.navigation ? ` (HTML received at ${Math.round(result.navigation.htmlReceived)} ms, DOMContentLoaded at ${Math.round(result.navigation.domContentLoaded)} ms)` : '';
  log(`- ${Math.round(result.pageMs)} ms: the page (HTML, CSS, JS) until the search script asks for /pagefind/pagefind.js${navigation}`);
  log(`- ${Math.round(result.runtimeLoadedAt)} ms: Pagefind's runtime downloaded (pagefind.js, worker, entry JSON, WASM: ${pf((entry) => !entry.path.includes('.pf_'))})`);
  log(
    `- ${Math.round(result.downloadingMs)} ms after that with index downloads in flight (${['meta', 'index', 'filter', 'fragment'].map((kind) => `pf_${kind}: ${pf((entry) => entry.path.endsWith(`.pf_${kind}`))}`).join('; ')})`,
  );
  log(`- ${Math.round(result.restMs)} ms the rest: WASM search, decompression, JavaScript and rendering with nothing downloading`);
  if (result.searchGapMs !== null) log(`  - of which ${Math.round(result.searchGapMs)} ms from the last index chunk received to the first fragment requested (the search itself)`);
  if (result.renderMs !== null) log(`  - and ${Math.round(result.renderMs)} ms from the last fragment received to the results in the page`);
  const calls = result.searchCalls;
  if (calls) {
    log(
      `- Pagefind's calls timed again in that page, index loaded: filters() ${Math.round(calls.filtersMs)} ms; ` +
        `search(all words) ${Math.round(calls.allWordsMs)} ms, ${calls.allWordsResults} results` +
        (calls.phraseMs === null ? '' : `; search("phrase") ${Math.round(calls.phraseMs)} ms, ${calls.phraseResults} results`) +
        ' (the page runs the two searches concurrently, on one worker)',
    );
  }
  log('\n| pagefind file | requested by | start (ms) | end (ms) | kB (body) |\n|---|---|---:|---:|---:|');
  for (const entry of result.resources) {
    log(`| ${entry.path.replace('/pagefind/', '')} | ${entry.from} | ${Math.round(entry.start)} | ${Math.round(entry.end)} | ${kB(entry.bytes)} |`);
  }
  if (result.unseen.length > 0) log(`(resource timing missed ${result.unseen.length} files the server sent: ${result.unseen.join(', ')})`);
  return lines;
}
