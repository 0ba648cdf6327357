import { describe, expect, it } from 'vitest';
import { agencyKindUrl, agencyUrl, calendarUrl, documentUrl, indexUrl, isSlugPath, levelUrl, normalizeBase, planUrl, sitePath, unitUrl, withBase, yearUrl } from '../../src/lib/urls';

describe('the base path', () => {
  it('normalises PORTAL_BASE to one leading and one trailing slash, "/" when unset', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('ke-hoach-cchc')).toBe('/ke-hoach-cchc/');
    expect(normalizeBase('/ke-hoach-cchc')).toBe('/ke-hoach-cchc/');
    expect(normalizeBase('/so-noi-vu/ke-hoach/')).toBe('/so-noi-vu/ke-hoach/');
  });
  it('refuses anything but ASCII slug segments, naming the segment', () => {
    for (const bad of ['/Kế-hoạch/', '/a b/', '/a;b/', '/a"/', '/$host/', '/a//b/', '/../', '/a_b/']) {
      expect(() => normalizeBase(bad), bad).toThrow(/PORTAL_BASE: .* is not a base path/);
    }
  });
  it('puts site paths under the base and takes them out again', () => {
    expect(withBase('/ke-hoach/', '/')).toBe('/ke-hoach/');
    expect(withBase('/ke-hoach/', '/ke-hoach-cchc/')).toBe('/ke-hoach-cchc/ke-hoach/');
    expect(withBase('/', '/ke-hoach-cchc/')).toBe('/ke-hoach-cchc/');
    expect(() => withBase('ke-hoach/', '/')).toThrow(/not a site path/);
    expect(sitePath('/ke-hoach-cchc/tinh/', '/ke-hoach-cchc/')).toBe('/tinh/');
    expect(sitePath('/ke-hoach-cchc', '/ke-hoach-cchc/')).toBe('/');
    expect(sitePath('/tinh/', '/ke-hoach-cchc/')).toBeNull();
    expect(sitePath('/tinh/', '/')).toBe('/tinh/');
  });
  it('reads PORTAL_BASE where the code runs on Node (default: "/")', () => {
    expect(withBase('/feed.xml')).toBe(`${normalizeBase(process.env['PORTAL_BASE'])}feed.xml`);
  });
});

describe('route builders', () => {
  it('build every page URL, with the base when given', () => {
    expect(planUrl('ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd', '/')).toBe('/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/');
    expect(documentUrl('76-nq-cp-2021', '/')).toBe('/van-ban/76-nq-cp-2021/');
    expect(documentUrl('76-nq-cp-2021', '/cchc/')).toBe('/cchc/van-ban/76-nq-cp-2021/');
    expect(agencyUrl({ key: 'quang-tri/so-noi-vu' }, '/')).toBe('/co-quan/quang-tri/so-noi-vu/');
    expect(unitUrl({ key: 'ha-tinh/huyen-ky-anh' }, '/cchc/')).toBe('/cchc/tinh/ha-tinh/huyen-ky-anh/');
    expect(yearUrl(2024, '/')).toBe('/nam/2024/');
    expect(levelUrl('huyen', '/')).toBe('/cap/huyen/');
    expect(indexUrl('pci', '/cchc/')).toBe('/cchc/chi-so/pci/');
    expect(calendarUrl({ key: 'quang-tri' }, '/')).toBe('/lich/quang-tri/');
    expect(agencyKindUrl('so-noi-vu', '/')).toBe('/co-quan/loai/so-noi-vu/');
    expect(agencyKindUrl('so-noi-vu', '/ke-hoach-cchc/')).toBe('/ke-hoach-cchc/co-quan/loai/so-noi-vu/');
  });
  it('recognise the ASCII slug paths the portal writes, and nothing else', () => {
    for (const good of ['/', '/ke-hoach/', '/so/84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh/', '/nam/2024/']) expect(isSlugPath(good), good).toBe(true);
    for (const bad of ['', 'ke-hoach/', '/ke-hoach', '/a b/', '/a;/', '/x/{/', '/Đ/', '/a--b/', '/-a/', '/a/../', '/a\n/']) expect(isSlugPath(bad), JSON.stringify(bad)).toBe(false);
  });
});
