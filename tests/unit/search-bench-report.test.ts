/** The search benchmark's printed report (scripts/lib/search-bench/report.ts). */
import { describe, expect, it } from 'vitest';
import type { CorpusFacts } from '../../scripts/lib/search-bench/corpus';
import { breakdownLines, corpusLines, kindOf, truncate } from '../../scripts/lib/search-bench/report';
import { breakdown, summarize } from '../../scripts/lib/search-bench/summary';
import type { Run } from '../../scripts/lib/search-bench/probes';

const FACTS: CorpusFacts = {
  plans: 1000,
  site: '/tmp/site',
  generateMs: 1500,
  indexMs: 12_000,
  indexPeakRssBytes: 2 ** 30,
  pagefind: { bytes: 3_000_000, files: 10, byKind: { fragment: { files: 6, bytes: 2_000_000 }, index: { files: 4, bytes: 1_000_000 } } },
};
const RUN: Run = {
  ms: 280,
  bytes: 240_000,
  pagefindBytes: 200_000,
  allMs: 900,
  allBytes: 300_000,
  requests: 20,
  results: 1000,
  details: '1000 có nguyên cụm từ, xếp trước',
  status: '',
  firstTitle: 'Kế hoạch | tuyên truyền',
  firstUrl: '/ke-hoach/x/',
  served: [
    { path: '/pagefind/index/vi_1.pf_index', status: 200, bytes: 150_000, gzip: false, start: 0, end: 1 },
    { path: '/tim-kiem/', status: 200, bytes: 40_000, gzip: true, start: 0, end: 1 },
  ],
};

describe('the report', () => {
  it('prints the corpus, a row per query and mode against the target, and the bytes by kind', () => {
    const lines = corpusLines(FACTS, [summarize('cải cách hành chính', 'cold', [RUN])]);
    expect(lines[0]).toBe('\n### 1000 plans (synthetic)\n');
    expect(lines[1]).toMatch(/^1000 plans; index built in 12\.0 s, peak RSS 1\.00 GiB \(pages written in 1\.5 s\); pagefind\/ 3\.0 MB in 10 files: fragment 6 \(2\.0 MB\), index 4 \(1\.0 MB\)/);
    expect(lines).toContain('| cải cách hành chính | cold | 1000; 1000 có nguyên cụm từ, xếp trước | Kế hoạch \\| tuyên truyền | 240.0 / 200.0 | 20 | 280 (280–280) | 900, 300.0 | yes |');
    expect(lines.at(-1)).toBe('- cải cách hành chính: pf_index 1× 150.0 kB, page (html, css, js, svg) 1× 40.0 kB');
  });

  it('names Pagefind files by kind and shortens long titles', () => {
    expect([kindOf('/pagefind/fragment/vi_ab.pf_fragment'), kindOf('/pagefind/wasm.unknown.pagefind'), kindOf('/pagefind/pagefind.js')]).toEqual(['pf_fragment', 'wasm', 'pagefind.js']);
    expect(truncate('a  b   c', 4)).toBe('a b…');
    expect(truncate(null, 4)).toBe('—');
  });

  it('prints the breakdown of a cold run', () => {
    const result = breakdown(1000, { ...RUN, resources: [{ path: '/pagefind/pagefind.js', start: 100, end: 150, bytes: 20_000, from: 'page' }] });
    const lines = breakdownLines(result, 'cải cách hành chính');
    expect(lines[0]).toBe('\nBreakdown: cold "cải cách hành chính" at 1000 plans, median run, 280 ms to first results:');
    expect(lines).toContain('| pagefind.js | page | 100 | 150 | 20.0 |');
  });
});
