import { describe, expect, it } from 'vitest';
import { logPages, pageCounts, readPageLine } from '../../scripts/lib/page-log.mjs';

describe('page log', () => {
  it('reads one page a line, as Astro writes them one at a time', () => {
    expect(readPageLine('20:27:09   ├─ /tinh/ha-noi/index.html (+12ms)')).toEqual({ pages: [{ path: '/tinh/ha-noi/index.html', copied: false }], rest: '' });
    expect(readPageLine('  └─ /feed.xml (cached)')).toEqual({ pages: [{ path: '/feed.xml', copied: true }], rest: '' });
    expect(readPageLine('  ├─ /a/index.html (restored)').pages).toEqual([{ path: '/a/index.html', copied: true }]);
    expect(readPageLine('  ├─ /empty/index.html (+1ms) (file not created, response body was empty)').rest).toBe('');
  });

  it('reads the pages of lines that several renders under way at once share', () => {
    // build.concurrency > 1: page starts pile up on one line; a copied page's " (cached)" follows its own start; the render times come later.
    const log = [
      '  \u001b[34m├─\u001b[39m \u001b[2m/a/index.html\u001b[22m  \u001b[34m├─\u001b[39m \u001b[2m/b/index.html\u001b[22m  ├─ /c/index.html (cached)',
      ' (+12ms)',
      ' \u001b[2m(+3.5s)\u001b[22m  ├─ /d/feed.xml',
      ' (+4ms)',
    ].join('\n');
    expect(logPages(log)).toEqual([
      { path: '/a/index.html', copied: false },
      { path: '/b/index.html', copied: false },
      { path: '/c/index.html', copied: true },
      { path: '/d/feed.xml', copied: false },
    ]);
    expect(pageCounts(log)).toEqual({ rendered: 3, copied: 1 });
    expect(readPageLine(' (+12ms)')).toEqual({ pages: [], rest: '' });
  });

  it('leaves what is not about pages: a warning written after a page began, other lines as they are', () => {
    expect(readPageLine('  ├─ /a/index.html20:27:10 [WARN] [router] something odd')).toEqual({
      pages: [{ path: '/a/index.html', copied: false }],
      rest: '20:27:10 [WARN] [router] something odd',
    });
    const line = '20:27:05 [build] \u001b[32mBuilding static entrypoints...\u001b[39m';
    expect(readPageLine(line)).toEqual({ pages: [], rest: line });
  });
});
