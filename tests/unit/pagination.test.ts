import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageLabel, pageRange, pageUrl, pagedCrumbs, pagedParam, pagedRoutes, pagerNumbers, paginateList } from '../../src/lib/pagination';

describe('pagination', () => {
  it('cuts a list into pages of PAGE_SIZE, the last one shorter', () => {
    const items = Array.from({ length: 2 * PAGE_SIZE + 7 }, (_, i) => i);
    const pages = paginateList(items);
    expect(pages.map((p) => [p.number, p.count, p.items.length, p.start, p.total])).toEqual([
      [1, 3, PAGE_SIZE, 0, items.length],
      [2, 3, PAGE_SIZE, PAGE_SIZE, items.length],
      [3, 3, 7, 2 * PAGE_SIZE, items.length],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });
  it('gives an empty list one empty page, so that its URL exists', () => {
    expect(paginateList([])).toEqual([{ number: 1, count: 1, items: [], start: 0, total: 0 }]);
  });
  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginateList([1], 0)).toThrow(/positive integer/);
  });
  it('keeps page 1 at the list URL and puts page n at trang-n/', () => {
    expect(pageUrl('/tinh/ha-tinh/', 1)).toBe('/tinh/ha-tinh/');
    expect(pageUrl('/tinh/ha-tinh/', 2)).toBe('/tinh/ha-tinh/trang-2/');
    expect(pagedParam('ha-tinh/huyen-ky-anh', 1)).toBe('ha-tinh/huyen-ky-anh');
    expect(pagedParam('ha-tinh/huyen-ky-anh', 3)).toBe('ha-tinh/huyen-ky-anh/trang-3');
  });
  it('shows first, last and two pages either side, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pagerNumbers(40, 40)).toEqual([1, null, 38, 39, 40]);
  });
  it('gives each page of a list its route parameter, page 1 under the list’s own', () => {
    const routes = pagedRoutes(
      '2024',
      Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i),
    );
    expect(routes.map((r) => r.param)).toEqual(['2024', '2024/trang-2']);
    expect(routes.map((r) => r.page.items.length)).toEqual([PAGE_SIZE, 1]);
    expect(pagedRoutes('pci', [])).toEqual([{ param: 'pci', page: { number: 1, count: 1, items: [], start: 0, total: 0 } }]);
    expect(pagedRoutes('x', [1, 2, 3], 2).map((r) => r.page.items)).toEqual([[1, 2], [3]]);
  });
  it('labels pages after the first and says which items a page of a long list shows', () => {
    const [first, second] = paginateList(Array.from({ length: PAGE_SIZE + 7 }, (_, i) => i));
    expect(pageLabel(first!)).toBe('');
    expect(pageLabel(second!)).toBe(' — trang 2/2');
    expect(pageRange(first!)).toBe(`1–${PAGE_SIZE}`);
    expect(pageRange(second!)).toBe(`${PAGE_SIZE + 1}–${PAGE_SIZE + 7}`);
    expect(pageRange(paginateList([1, 2])[0]!)).toBeNull();
  });
  it('links the list’s crumb back to page 1 on later pages', () => {
    const crumbs = [{ label: 'Theo năm', href: '/nam/' }, { label: 'Năm 2024' }];
    expect(pagedCrumbs(crumbs, '/nam/2024/', { number: 1 })).toEqual(crumbs);
    expect(pagedCrumbs(crumbs, '/nam/2024/', { number: 3 })).toEqual([{ label: 'Theo năm', href: '/nam/' }, { label: 'Năm 2024', href: '/nam/2024/' }, { label: 'Trang 3' }]);
    expect(crumbs).toEqual([{ label: 'Theo năm', href: '/nam/' }, { label: 'Năm 2024' }]);
    expect(() => pagedCrumbs([], '/nam/', { number: 2 })).toThrow(/at least one crumb/);
  });
});
