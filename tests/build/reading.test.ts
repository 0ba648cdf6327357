/**
 * Reading on a phone (issue 18), in Debian's Chromium at the two phone sizes the issue
 * names (360×740, 390×844): the header and its folded navigation leave the first screen
 * to the page, the navigation opens by keyboard with targets of at least 24 px and
 * visible focus, the search box is on the first screen, and a desktop shows the
 * navigation without opening anything. Prints the header's height on every page type.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSite } from '../helpers/site';

const dist = inject('distDir');
const served = useSite(dist);

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;
/** The header with the navigation, before the page's own content, on a phone (it was 361 px at 360 px wide, 374 px at 390). */
const HEADER_MAX = 125;
/** The five seed plans: the longest letterheads and titles the corpus has. */
const PLANS = [
  '/ke-hoach/ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc/',
  '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/',
  '/ke-hoach/quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc/',
  '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/',
  '/ke-hoach/cao-bang/so-vhttdl/2022/tuyen-truyen-cchc/',
];
const PAGES = ['/', '/ke-hoach/', '/tinh/', '/tinh/ben-tre/', '/co-quan/', '/van-ban/', '/tim-kiem/', '/404.html', ...PLANS];

/** The header's box, the search box's, the title's top and whether any navigation link is drawn. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), width: Math.round(r.width), height: Math.round(r.height) };
    };
    const links = [...document.querySelectorAll('.site-nav a')];
    return {
      header: box('.site-header')!,
      search: box('#tim-nhanh')!,
      button: box('.site-search button')!,
      summary: box('.site-nav summary')!,
      title: box('main h1'),
      // (A closed <details> keeps its content laid out but not drawn: content-visibility: hidden.)
      linksShown: links.filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0).length,
      links: links.length,
    };
  });
}

describe('the header on a phone', () => {
  for (const viewport of PHONES) {
    it(`at ${viewport.width}×${viewport.height} takes at most ${HEADER_MAX} px, keeps the search box on the first screen, and a plan's title starts on it`, async () => {
      const page = await served.browser.newPage({ viewport });
      const rows: string[] = [];
      for (const url of PAGES) {
        await page.goto(`${served.origin}${url}`);
        const box = await layout(page);
        rows.push(`${String(box.header.bottom).padStart(5)} ${String(box.title?.top ?? '-').padStart(6)}  ${url}`);
        expect(box.header.bottom, url).toBeLessThanOrEqual(HEADER_MAX);
        // The navigation is folded: its links are not drawn until "Danh mục" opens it.
        expect(box.linksShown, url).toBe(0);
        expect(box.links, url).toBe(9);
        expect(box.summary.height, url).toBeGreaterThanOrEqual(24);
        // The search box and its button: inside the header, wide enough to type into.
        expect(box.search.bottom, url).toBeLessThanOrEqual(box.header.bottom);
        expect(box.search.width, url).toBeGreaterThanOrEqual(110);
        expect(box.search.height, url).toBeGreaterThanOrEqual(24);
        expect(box.button.height, url).toBeGreaterThanOrEqual(24);
        if (PLANS.includes(url)) {
          // The plan's title (after the letterhead) starts within the first screen.
          expect(box.title!.top, url).toBeLessThan(viewport.height * 0.8);
        }
      }
      await page.close();
      console.log([`header at ${viewport.width}×${viewport.height} (px): bottom of the header, top of the page's h1`, ...rows].join('\n'));
    });
  }

  it('opens the navigation by keyboard; every link a target of at least 24 px with visible focus, then the search box, not covered', async () => {
    const page = await served.browser.newPage({ viewport: PHONES[0] });
    await page.goto(`${served.origin}${PLANS[0]}`);
    // Skip link, the portal's name, then "Danh mục".
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('.site-nav details')!.hasAttribute('open'))).toBe(true);
    const box = await layout(page);
    expect(box.linksShown).toBe(9);
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      const link = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return { inNav: !!el.closest('.site-nav'), width: r.width, height: r.height, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      expect(link.inNav).toBe(true);
      expect(link.width).toBeGreaterThanOrEqual(24);
      expect(link.height).toBeGreaterThanOrEqual(24);
      expect(link.outline).toBe(true);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tim-nhanh');
    // The open list pushes the search box down; nothing is drawn over it.
    const covered = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== document.activeElement;
    });
    expect(covered).toBe(false);
    // Closing again by keyboard.
    await page.keyboard.down('Shift');
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Space');
    expect((await layout(page)).linksShown).toBe(0);
    await page.close();
  });

  it('on a desktop the navigation is shown without opening anything, and "Danh mục" is not drawn', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${served.origin}${PLANS[0]}`);
    const box = await layout(page);
    expect(box.linksShown).toBe(9);
    expect(box.summary.height).toBe(0);
    const names = await page.locator('.site-nav').getByRole('link').allTextContents();
    expect(names.map((name) => name.trim())).toContain('Theo tỉnh');
    await page.close();
  });
});
