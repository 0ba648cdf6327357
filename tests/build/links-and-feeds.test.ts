/**
 * What other sites and tools rely on: permalinks by number, canonical and sharing
 * metadata, schema.org JSON-LD, feeds, sitemap, robots.txt and the embeddable lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/build';

const dist = inject('distDir');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const KY_ANH = '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/';

describe('stable links', () => {
  it('leads from a number and issuer to the plan, and lists every plan with a number', () => {
    const $ = page(dist, '/so/84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${KY_ANH}`);
    const list = page(dist, '/so/84-kh-ubnd/');
    expect(list('.plan-card h2 a').attr('href')).toBe(KY_ANH);
    expect(page(dist, KY_ANH)('.facts a[href="/so/84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh/"]')).toHaveLength(1);
  });

  it('gives each plan a canonical link, Open Graph and Twitter metadata and schema.org Legislation', () => {
    const $ = page(dist, KY_ANH);
    expect($('link[rel="canonical"]').attr('href')).toBe(`http://127.0.0.1:4321${KY_ANH}`);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:title"]').attr('content')).toMatch(/^Kế hoạch tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh/);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
    const ld = JSON.parse($('script[type="application/ld+json"]').text());
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '84/KH-UBND',
      legislationDate: '2024-01-12',
      legislationPassedBy: { name: 'Ủy ban nhân dân huyện Kỳ Anh' },
      inLanguage: 'vi',
    });
  });
});

describe('feeds, sitemap and robots', () => {
  it('publishes the site feed and feeds per province and agency, announced in the pages', () => {
    const feed = load(read('feed.xml'), { xml: true });
    expect(feed('item')).toHaveLength(5);
    expect(feed('item link').first().text()).toBe(`http://127.0.0.1:4321${KY_ANH}`);
    expect(load(read('tinh/ben-tre/feed.xml'), { xml: true })('item')).toHaveLength(1);
    expect(load(read('co-quan/cao-bang/so-vhttdl/feed.xml'), { xml: true })('item title').text()).toBe('Kế hoạch tuyên truyền cải cách hành chính năm 2022');
    const $ = page(dist, '/tinh/ben-tre/');
    expect(
      $('link[rel="alternate"][type="application/rss+xml"]')
        .map((_, l) => $(l).attr('href'))
        .get(),
    ).toEqual(['/feed.xml', '/tinh/ben-tre/feed.xml']);
  });

  it('lists the pages in the sitemap, without redirects and embeds, and points robots to it', () => {
    const urls = load(read('sitemap-0.xml'), { xml: true })('loc')
      .map((_, l) => load(l).text())
      .get();
    expect(urls).toContain(`http://127.0.0.1:4321${KY_ANH}`);
    expect(urls.some((u) => u.includes('/nhung/'))).toBe(false);
    expect(urls).not.toContain('http://127.0.0.1:4321/van-ban/ben-tre-105-kh-ubnd-2020/');
    expect(read('robots.txt')).toContain('Sitemap: http://127.0.0.1:4321/sitemap-index.xml');
  });
});

describe('embeddable lists', () => {
  it('lists an agency’s plans newest first, with links that open on the portal', () => {
    const $ = page(dist, '/nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/');
    expect($('html').attr('lang')).toBe('vi');
    expect(
      $('link[rel="stylesheet"]')
        .map((_, l) => $(l).attr('href'))
        .get(),
    ).toEqual(['/embed.css']);
    expect(
      $('a')
        .map((_, a) => $(a).attr('target'))
        .get()
        .every((t) => t === '_top'),
    ).toBe(true);
    expect($('ol a').first().attr('href')).toBe(`http://127.0.0.1:4321${KY_ANH}`);
    expect(read('nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/index.html').length + read('embed.css').length).toBeLessThan(4096);
  });

  it('shows the snippet to copy and a preview on agency and province pages', () => {
    const $ = page(dist, '/co-quan/ha-tinh/ubnd-huyen-ky-anh/');
    expect($('.snippet code').text()).toBe(
      '<iframe src="http://127.0.0.1:4321/nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/" title="Kế hoạch của Ủy ban nhân dân huyện Kỳ Anh" width="100%" height="420" loading="lazy" style="border:1px solid #c9ced6"></iframe>',
    );
    expect($('iframe.embed-preview').attr('src')).toBe('/nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/');
    expect(page(dist, '/tinh/quang-tri/')('iframe.embed-preview').attr('src')).toBe('/nhung/tinh/quang-tri/');
  });

  it('gives an agency only given duties a page but no feed or embed of nothing, and a registry entry no plan names nothing', () => {
    // Sở Nội vụ tỉnh Bến Tre issued no plan; the Bến Tre plan gives it duties and tasks.
    const assigned = page(dist, '/co-quan/ben-tre/so-noi-vu/');
    expect(assigned('.snippet, iframe.embed-preview')).toHaveLength(0);
    expect(
      assigned('link[rel="alternate"][type="application/rss+xml"]')
        .get()
        .map((l) => assigned(l).attr('href')),
    ).toEqual(['/feed.xml']);
    expect(existsSync(join(dist, 'nhung/co-quan/ben-tre/so-noi-vu/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'co-quan/ben-tre/so-noi-vu/feed.xml'))).toBe(false);
    // Sở Nội vụ tỉnh Cao Bằng is in the registry, but no plan names it.
    for (const path of ['co-quan/cao-bang/so-noi-vu/index.html', 'nhung/co-quan/cao-bang/so-noi-vu/index.html', 'co-quan/cao-bang/so-noi-vu/feed.xml'])
      expect(existsSync(join(dist, path)), path).toBe(false);
    // The directory lists the issuers and links each kind's page, which lists every agency of the kind with a page.
    expect(page(dist, '/co-quan/')('a[href="/co-quan/loai/so-noi-vu/"]')).toHaveLength(1);
    expect(page(dist, '/co-quan/loai/so-noi-vu/')('a[href="/co-quan/cao-bang/so-noi-vu/"]')).toHaveLength(0);
    expect(page(dist, '/co-quan/loai/so-noi-vu/')('tbody a[href="/co-quan/ben-tre/so-noi-vu/"]')).toHaveLength(1);
  });
});
