import { describe, expect, it } from 'vitest';
import { phaseFigures, phaseMarks } from '../../scripts/lib/bench/phases';

/** A build log as scripts/build.mjs writes it (BUILD_LOG), Astro's colours included. */
const LOG = [
  '▶ Astro collects anonymous usage data.',
  '',
  '23:59:50 \u001b[34m[content]\u001b[39m Syncing content',
  '23:59:58 [plans] plans loaded: 5 (5 rendered, 0 unchanged) in 0.3 s',
  '23:59:58 [content] Synced content',
  '23:59:59 [build] Collecting build info...',
  '23:59:59 [build] Building static entrypoints...',
  '00:00:00 [build] Rearranging server assets...',
  '',
  ' generating static routes ',
  '00:00:01   ├─ /404.html (+13ms) ',
  '00:00:04   └─ /tinh/index.html (+2ms) ',
  '00:00:05 ✓ Completed in 4.00s.',
  '00:00:06 [@astrojs/sitemap] `sitemap-index.xml` created',
  '00:00:07 [portal:search-index] indexing the plan pages among 354 pages',
  '00:00:09 [portal:search-index] 5 plan pages indexed for search in 215 ms',
  '00:00:10 [build] Complete!',
].join('\n');

describe('build phases', () => {
  const startedAt = new Date(2026, 11, 3, 23, 59, 48).getTime();
  const at = (h: number, m: number, s: number, day = 3) => new Date(2026, 11, day, h, m, s).getTime();

  it('reads when each phase began, across midnight', () => {
    expect(phaseMarks(LOG, startedAt)).toEqual([
      { name: 'loading plans', at: at(23, 59, 50) },
      { name: 'bundling', at: at(23, 59, 59) },
      { name: 'page paths', at: at(0, 0, 0, 4) },
      { name: 'rendering pages', at: at(0, 0, 1, 4) },
      { name: 'sitemap', at: at(0, 0, 5, 4) },
      { name: 'search index', at: at(0, 0, 7, 4) },
      { name: 'after Astro (twins, server files)', at: at(0, 0, 10, 4) },
    ]);
  });

  it('leaves out the phases a log does not show', () => {
    const noSearch = LOG.split('\n')
      .filter((line) => !line.includes('[portal:search-index]'))
      .join('\n');
    expect(phaseMarks(noSearch, startedAt).map((mark) => mark.name)).toEqual(['loading plans', 'bundling', 'page paths', 'rendering pages', 'sitemap', 'after Astro (twins, server files)']);
    expect(phaseMarks('', startedAt)).toEqual([]);
  });

  it('gives each phase its length and the largest memory sample inside it; samples before the first line count to the first phase', () => {
    const marks = phaseMarks(LOG, startedAt);
    const samples: [number, number][] = [
      [at(23, 59, 48), 900],
      [at(23, 59, 55), 500],
      [at(0, 0, 2, 4), 3000],
      [at(0, 0, 3, 4), 2000],
      [at(0, 0, 8, 4), 7000],
      [at(0, 0, 11, 4), 100],
    ];
    expect(phaseFigures(marks, at(0, 0, 12, 4), samples)).toEqual([
      { name: 'loading plans', seconds: 9, peakRssBytes: 900 },
      { name: 'bundling', seconds: 1, peakRssBytes: 0 },
      { name: 'page paths', seconds: 1, peakRssBytes: 0 },
      { name: 'rendering pages', seconds: 4, peakRssBytes: 3000 },
      { name: 'sitemap', seconds: 2, peakRssBytes: 0 },
      { name: 'search index', seconds: 3, peakRssBytes: 7000 },
      { name: 'after Astro (twins, server files)', seconds: 2, peakRssBytes: 100 },
    ]);
  });
});
