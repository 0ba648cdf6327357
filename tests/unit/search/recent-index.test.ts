import { describe, expect, it } from 'vitest';
import { RECENT_INDEX_DIR, RECENT_PLANS, pageSortDate, recentIndex, recentPlansLimit } from '../../../src/lib/search/recent-index';

const page = (i: number, date: string) => ({ pathname: `ke-hoach/p${i}/`, date });

describe('the recent index', () => {
  it('holds the newest plans by issue date, ties by path, and says since when', () => {
    const pages = [page(1, '2021-03-12'), page(2, '2024-01-12'), page(3, '2024-00-00'), page(4, '2024-01-12'), page(5, '2019-12-31')];
    const { pages: recent, recent: entry } = recentIndex(pages, 3);
    expect(recent.map((p) => p.pathname)).toEqual(['ke-hoach/p2/', 'ke-hoach/p4/', 'ke-hoach/p3/']);
    expect(entry).toEqual({ path: `${RECENT_INDEX_DIR}/`, plans: 3, since: '2024-00-00' });
    expect(pages.map((p) => p.pathname)).toEqual(['ke-hoach/p1/', 'ke-hoach/p2/', 'ke-hoach/p3/', 'ke-hoach/p4/', 'ke-hoach/p5/']);
  });

  it('is not written for an archive that is small enough to search whole', () => {
    expect(recentIndex([page(1, '2021-03-12'), page(2, '2024-01-12')], 2)).toEqual({ pages: [], recent: null });
    expect(() => recentIndex([], 0)).toThrow(/positive number/);
  });

  it('reads the sort key a plan page gives Pagefind', () => {
    expect(pageSortDate('<b data-pagefind-sort="ngay">2024-01-12</b>')).toBe('2024-01-12');
    expect(pageSortDate('<b data-pagefind-sort="ngay">2024-00-00</b>')).toBe('2024-00-00');
    expect(pageSortDate('<p>no key</p>')).toBeNull();
  });

  it('takes its size from PORTAL_RECENT_PLANS when set, and refuses anything but a positive integer', () => {
    expect([recentPlansLimit(undefined), recentPlansLimit(''), recentPlansLimit('20')]).toEqual([RECENT_PLANS, RECENT_PLANS, 20]);
    for (const bad of ['0', '-1', '1.5', 'abc', '12345678']) expect(() => recentPlansLimit(bad)).toThrow(/PORTAL_RECENT_PLANS must be a positive integer/);
  });
});
