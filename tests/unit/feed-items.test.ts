import { describe, expect, it } from 'vitest';
import { FEED_ITEMS, feedPlans, planFeedItem, plansFeed } from '../../src/lib/feed-items';
import { seedCorpus } from '../helpers/corpus';

const { catalog, plan } = seedCorpus();

describe('feed-items', () => {
  it('words an item with the title, issuer, province, number and plan year', () => {
    expect(planFeedItem(plan('84-kh-ubnd'))).toEqual({
      title: 'Kế hoạch tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh (PCI), Chỉ số đánh giá năng lực cạnh tranh các đơn vị, địa phương (DDCI) trên địa bàn huyện Kỳ Anh năm 2024',
      link: '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/',
      pubDate: new Date('2024-01-12T00:00:00Z'),
      description: 'Ủy ban nhân dân huyện Kỳ Anh (tỉnh Hà Tĩnh), 84/KH-UBND, năm kế hoạch 2024.',
    });
  });

  it('dates a plan known by month or year only at the first day', () => {
    expect(planFeedItem(plan('ninh-phuoc')).pubDate).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(planFeedItem(plan('quang-tri')).pubDate).toEqual(new Date('2022-01-01T00:00:00Z'));
  });

  it('writes an RSS feed in Vietnamese with absolute links, in the order given', async () => {
    const xml = await (await plansFeed(new URL('https://example.gov.vn'), 'Kế hoạch mới', 'Mô tả', catalog.plans)).text();
    expect(xml).toContain('<language>vi</language>');
    const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]);
    expect(links).toEqual(catalog.plans.map((p) => `https://example.gov.vn${p.url}`));
  });

  it('holds the FEED_ITEMS first plans only, whatever the length of the list', async () => {
    const many = Array.from({ length: FEED_ITEMS + 3 }, (_, i) => catalog.plans[i % catalog.plans.length]!);
    const xml = await (await plansFeed(new URL('https://example.gov.vn'), 'Kế hoạch mới', 'Mô tả', many)).text();
    const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]);
    expect(links).toEqual(many.slice(0, FEED_ITEMS).map((p) => `https://example.gov.vn${p.url}`));
  });

  it('takes the FEED_ITEMS first of a list for a feed, a shorter list whole', () => {
    const many = Array.from({ length: FEED_ITEMS + 3 }, (_, i) => i);
    expect(feedPlans(many)).toEqual(many.slice(0, FEED_ITEMS));
    expect(feedPlans([1, 2])).toEqual([1, 2]);
  });
});
