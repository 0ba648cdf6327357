/** The search benchmark's statistics (scripts/lib/search-bench/summary.ts): medians against the target, and the breakdown of a cold run. */
import { describe, expect, it } from 'vitest';
import type { Run } from '../../scripts/lib/search-bench/probes';
import { TARGET, breakdown, resultEntries, summarize } from '../../scripts/lib/search-bench/summary';

function run(ms: number, bytes: number, extra: Partial<Run> = {}): Run {
  return { ms, bytes, pagefindBytes: bytes - 10_000, allMs: ms * 2, allBytes: bytes * 2, requests: 12, results: 5, details: null, status: '', firstTitle: null, firstUrl: null, served: [], ...extra };
}

describe('summaries', () => {
  it('takes the median of each figure and checks both targets', () => {
    const row = summarize('cải cách hành chính', 'cold', [run(400, 200_000), run(250, 240_000), run(280, 100_000)]);
    expect(row.median).toEqual({ ms: 280, bytes: 200_000, pagefindBytes: 190_000, requests: 12, allMs: 560, allBytes: 400_000 });
    expect([row.min, row.max, row.meetsTarget]).toEqual([250, 400, true]);
    expect(summarize('q', 'typed', [run(TARGET.ms + 1, 1)]).meetsTarget).toBe(false);
    expect(summarize('q', 'typed', [run(1, TARGET.bytes + 1)]).meetsTarget).toBe(false);
    expect(summarize('q', 'typed', [run(100, 1, { allMs: TARGET.allMs + 1 })]).meetsTarget).toBe(false);
  });

  it('gives each row as an entry of the results list, with the issue’s field names', () => {
    const rows = [summarize('76/NQ-CP', 'cold', [run(300.4, 1_000), run(310, 2_000), run(900, 3_000)])];
    expect(resultEntries(10_000, rows, { date: '2026-12-02T00:00:00.000Z', revision: 'abc1234' })).toEqual([
      {
        plans: 10_000,
        query: '76/NQ-CP',
        mode: 'cold',
        firstResultsMs: 310,
        firstResultsBytes: 2_000,
        allResultsMs: 620,
        allResultsBytes: 4_000,
        runs: 3,
        meetsTarget: false,
        date: '2026-12-02T00:00:00.000Z',
        revision: 'abc1234',
      },
    ]);
  });
});

describe('the breakdown of a cold run', () => {
  const resource = (path: string, start: number, end: number, from = 'worker') => ({ path: `/pagefind/${path}`, start, end, bytes: 1000, from });
  it('splits the time into page, runtime, downloads and the rest', () => {
    const result = breakdown(
      10_000,
      run(600, 100_000, {
        resources: [
          resource('pagefind.js', 100, 150),
          resource('wasm.unknown.pagefind', 150, 250),
          resource('index/vi_1.pf_index', 260, 300),
          resource('index/vi_2.pf_index', 280, 350),
          resource('fragment/a.pf_fragment', 500, 550),
          { path: '/tim-kiem/', start: 0, end: 50, bytes: 5000, from: 'page' },
        ],
        served: [{ path: '/pagefind/pagefind-entry.json', status: 200, bytes: 300, gzip: true, start: 0, end: 0 }],
      }),
    );
    expect(result.resources).toHaveLength(5);
    expect([result.pageMs, result.runtimeLoadedAt]).toEqual([100, 250]);
    // 260–350 and 500–550 with downloads in flight.
    expect(result.downloadingMs).toBe(140);
    expect(result.restMs).toBe(600 - 250 - 140);
    expect(result.searchGapMs).toBe(150);
    expect(result.renderMs).toBe(50);
    expect(result.unseen).toEqual(['/pagefind/pagefind-entry.json']);
  });

  it("leaves out what was asked for after the first results (the other shards' runtime and chunks)", () => {
    const result = breakdown(
      10_000,
      run(400, 100_000, {
        resources: [
          resource('pagefind.js', 30, 50, 'page'),
          resource('gan-day/pagefind-entry.json', 140, 150, 'page'),
          resource('gan-day/wasm.unknown.pagefind', 150, 160, 'page'),
          resource('gan-day/index/vi_1.pf_index', 210, 230, 'page'),
          resource('gan-day/fragment/a.pf_fragment', 290, 330, 'page'),
          resource('pagefind-entry.json', 420, 430, 'page'),
          resource('wasm.unknown.pagefind', 430, 440, 'page'),
          resource('nam-2024/wasm.unknown.pagefind', 480, 790, 'page'),
          resource('filter/vi_1.pf_filter', 830, 860, 'page'),
          resource('fragment/b.pf_fragment', 900, 950, 'page'),
        ],
      }),
    );
    expect(result.resources).toHaveLength(10);
    expect([result.pageMs, result.runtimeLoadedAt]).toEqual([30, 160]);
    expect(result.downloadingMs).toBe(20 + 40);
    expect(result.restMs).toBe(400 - 160 - 60);
    expect(result.searchGapMs).toBe(60);
    expect(result.renderMs).toBe(70);
  });
});
