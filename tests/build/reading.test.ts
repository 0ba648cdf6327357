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

describe("a plan's facts panel", () => {
  it('comes after the title block and before the text on a phone, in the DOM as on screen; beside them on a desktop', async () => {
    for (const url of PLANS) {
      const page = await served.browser.newPage({ viewport: PHONES[0] });
      await page.goto(`${served.origin}${url}`);
      const where = () =>
        page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
          const facts = document.querySelector('.document > .facts')!;
          const following = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
          return {
            title: box('#tieu-de'),
            facts: box('.document > .facts'),
            body: box('.doc-body'),
            side: box('.document > .side'),
            // Reading (and focus) order: title, facts, text, side panels.
            domOrder:
              following(document.querySelector('#tieu-de')!, facts) &&
              following(facts, document.querySelector('.doc-body')!) &&
              following(document.querySelector('.doc-body')!, document.querySelector('.document > .side')!),
            // Kept out of the search index as it was outside the indexed article.
            ignored: facts.hasAttribute('data-pagefind-ignore') && document.querySelector('.document > .side')!.hasAttribute('data-pagefind-ignore'),
          };
        });
      const phone = await where();
      expect(phone.domOrder, url).toBe(true);
      expect(phone.ignored, url).toBe(true);
      expect(phone.facts.top, url).toBeGreaterThanOrEqual(phone.title.bottom);
      expect(phone.body.top, url).toBeGreaterThanOrEqual(phone.facts.bottom);
      expect(phone.side.top, url).toBeGreaterThanOrEqual(phone.body.bottom);
      await page.setViewportSize({ width: 1280, height: 900 });
      const desk = await where();
      // A column to the right of the text, starting level with the letterhead; the text starts under the title.
      expect(desk.facts.left, url).toBeGreaterThan(desk.body.right);
      expect(desk.facts.top, url).toBeLessThanOrEqual(desk.title.top);
      expect(desk.body.top, url).toBeGreaterThanOrEqual(desk.title.bottom);
      expect(desk.body.top - desk.title.bottom, url).toBeLessThan(80);
      expect(desk.side.top, url).toBeGreaterThanOrEqual(desk.facts.bottom);
      expect(desk.side.top - desk.facts.bottom, url).toBeLessThan(40);
      await page.close();
    }
  });
});

describe("a way past a plan's facts panel", () => {
  it('on a phone a link under the title leads by keyboard to the start of the text; a desktop, with the panel beside the text, does not draw it', async () => {
    for (const url of PLANS) {
      const page = await served.browser.newPage({ viewport: PHONES[0] });
      await page.goto(`${served.origin}${url}`);
      const link = page.locator('.to-text a');
      expect(await link.isVisible(), url).toBe(true);
      const placed = await page.evaluate(() => ({
        link: document.querySelector('.to-text a')!.getBoundingClientRect().toJSON() as DOMRect,
        title: document.querySelector('#tieu-de')!.getBoundingClientRect().toJSON() as DOMRect,
        facts: document.querySelector('.document > .facts')!.getBoundingClientRect().toJSON() as DOMRect,
      }));
      // Between the title and the panel, and a target of at least 24 px.
      expect(placed.link.top, url).toBeGreaterThanOrEqual(placed.title.bottom);
      expect(placed.link.bottom, url).toBeLessThanOrEqual(placed.facts.top);
      expect(placed.link.height, url).toBeGreaterThanOrEqual(24);
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#toan-van');
      const after = await page.evaluate(() => ({ focused: document.activeElement?.id, bodyTop: document.querySelector('.doc-body')!.getBoundingClientRect().top }));
      expect(after.focused, url).toBe('toan-van');
      expect(Math.abs(after.bodyTop), url).toBeLessThan(2);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await link.isVisible(), url).toBe(false);
      await page.close();
    }
  });
});

/** The colours a system colour keyword resolves to on the page, as computed styles give them. */
async function systemColors(page: Page) {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const resolve = (value: string) => {
      probe.style.color = value;
      return getComputedStyle(probe).color;
    };
    const colors = { Canvas: resolve('Canvas'), CanvasText: resolve('CanvasText'), GrayText: resolve('GrayText') };
    probe.remove();
    return colors;
  });
}

describe('print', () => {
  it('hides the header, navigation and footer, shows both province maps, every chart with its legend colours printed', async () => {
    const page = await served.browser.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const url of ['/', '/tinh/', '/nam/', '/chi-so/', '/van-ban/']) {
      await page.goto(`${served.origin}${url}`);
      const shown = await page.evaluate(() => {
        const drawn = (el: Element | null) => !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;
        return {
          header: drawn(document.querySelector('.site-header')),
          nav: drawn(document.querySelector('.site-nav')),
          footer: drawn(document.querySelector('.site-footer')),
          crumbs: drawn(document.querySelector('.breadcrumbs')),
          maps: [...document.querySelectorAll('figure.map')].map((figure) => drawn(figure.querySelector('svg'))),
          charts: [...document.querySelectorAll('figure.chart')].map((figure) => drawn(figure.querySelector('svg'))),
          switchShown: drawn(document.querySelector('.map-switch')),
          // Backgrounds are left out of a print unless asked for: the legends' swatches ask.
          swatches: [...document.querySelectorAll('.chart-swatch, .map-swatch')].map((el) => getComputedStyle(el).printColorAdjust),
        };
      });
      expect(shown, url).toMatchObject({ header: false, nav: false, footer: false, crumbs: false, switchShown: false });
      if (url === '/' || url === '/tinh/') expect(shown.maps, url).toEqual([true, true]);
      expect(shown.maps.length + shown.charts.length, url).toBeGreaterThan(0);
      expect(shown.charts.every(Boolean), url).toBe(true);
      // (The index chart has one series and no legend.)
      if (url !== '/chi-so/') expect(shown.swatches.length, url).toBeGreaterThan(0);
      for (const adjust of shown.swatches) expect(adjust, url).toBe('exact');
    }
    // A plan prints as the document: no panels; its timeline image drawn.
    await page.goto(`${served.origin}${PLANS[1]}`);
    const plan = await page.evaluate(() => {
      const drawn = (el: Element | null) => !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;
      const img = document.querySelector<HTMLImageElement>('figure.gantt img');
      return {
        facts: drawn(document.querySelector('.facts')),
        side: drawn(document.querySelector('.document > .side')),
        body: drawn(document.querySelector('.doc-body')),
        gantt: drawn(img) && img!.complete && img!.naturalWidth > 0,
      };
    });
    expect(plan).toEqual({ facts: false, side: false, body: true, gantt: true });
    await page.close();
  });
});

/** A computed colour as [r, g, b, a] (0-255), through a canvas: "rgb(…)" and "color(srgb …)" alike. */
function rgba(page: Page, color: string) {
  return page.evaluate((value) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = value;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data];
  }, color);
}
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 2);

describe('forced colours (high contrast)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`(${colorScheme}) charts and maps draw in system colours: bars and provinces distinct from the background and from each other, legends matching them`, async () => {
      const page = await served.browser.newPage();
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      for (const url of ['/', '/tinh/', '/nam/', '/chi-so/', '/van-ban/']) {
        await page.goto(`${served.origin}${url}`);
        const system = await systemColors(page);
        expect(system.Canvas).not.toBe(system.CanvasText);
        const canvas = await rgba(page, system.Canvas);
        const text = await rgba(page, system.CanvasText);
        // What CanvasText at an opacity looks like over Canvas.
        const over = (alpha: number) => canvas.map((c, i) => (i === 3 ? 255 : Math.round(text[i]! * alpha + c * (1 - alpha))));
        const seen = await page.evaluate(() => {
          const paint = (el: Element) => {
            const s = getComputedStyle(el);
            return { fill: s.fill, fillOpacity: Number(s.fillOpacity), stroke: s.stroke, background: s.backgroundColor, adjust: s.forcedColorAdjust };
          };
          const classOf = (el: Element, prefix: string) => [...el.classList].find((c) => c.startsWith(prefix)) ?? '';
          return {
            bars: [...document.querySelectorAll('rect.chart-bar')].map((el) => ({ key: classOf(el, 'lv-'), ...paint(el) })),
            units: [...document.querySelectorAll('path.map-unit')].map((el) => ({ key: classOf(el, 'map-c'), ...paint(el) })),
            swatches: [...document.querySelectorAll('.chart-swatch, .map-swatch')].map((el) => ({ key: classOf(el, el.classList.contains('map-swatch') ? 'map-c' : 'lv-'), ...paint(el) })),
            texts: [...document.querySelectorAll('.chart-svg text, .map-label')].map((el) => getComputedStyle(el).fill),
            // The archipelagos' dots, drawn as strokes.
            dots: [...document.querySelectorAll('path.map-dots')].map((el) => getComputedStyle(el).stroke),
          };
        });
        const looks = new Map<string, number[]>();
        for (const bar of seen.bars) {
          expect(bar.fill, `${url} ${bar.key}`).toBe(system.CanvasText);
          expect(bar.fillOpacity, `${url} ${bar.key}`).toBeGreaterThanOrEqual(0.25);
          // Stacked segments are parted by a line of the background colour.
          expect(bar.stroke, `${url} ${bar.key}`).toBe(system.Canvas);
          looks.set(bar.key, over(bar.fillOpacity));
        }
        for (const unit of seen.units) {
          if (unit.fill === system.Canvas) {
            // A province drawn in the background colour is outlined in the text colour.
            expect(unit.stroke, `${url} ${unit.key}`).toBe(system.CanvasText);
            looks.set(unit.key, canvas);
          } else {
            expect(unit.fill, `${url} ${unit.key}`).toBe(system.CanvasText);
            expect(unit.fillOpacity, `${url} ${unit.key}`).toBeGreaterThanOrEqual(0.25);
            looks.set(unit.key, over(unit.fillOpacity));
          }
        }
        // Every class looks different from the others.
        expect(new Set([...looks.values()].map(String)).size, url).toBe(looks.size);
        for (const swatch of seen.swatches) {
          expect(swatch.adjust, url).toBe('none');
          const look = looks.get(swatch.key);
          if (look) expect(near(await rgba(page, swatch.background), look), `${url} legend ${swatch.key}: ${swatch.background}, drawn as ${look.join(',')}`).toBe(true);
        }
        for (const fill of seen.texts) expect(fill, url).toBe(system.CanvasText);
        for (const stroke of seen.dots) expect(stroke, `${url} archipelago dots`).toBe(system.CanvasText);
        expect(seen.bars.length + seen.units.length, url).toBeGreaterThan(0);
      }
      // The timeline and the locator are images, drawn in their own colours: on a white ground, whatever the scheme.
      for (const url of [PLANS[1]!, PLANS[3]!, '/tinh/ben-tre/']) {
        await page.goto(`${served.origin}${url}`);
        const images = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLImageElement>('img[src$=".svg"]')].map((img) => ({ loaded: img.complete && img.naturalWidth > 0, background: getComputedStyle(img).backgroundColor })),
        );
        expect(images.length, url).toBeGreaterThan(0);
        for (const image of images) expect(image, url).toEqual({ loaded: true, background: 'rgb(255, 255, 255)' });
      }
      await page.close();
    });
  }
});

describe('glyph coverage', () => {
  it('every Vietnamese letter of a page renders in each font its text is set in: one font, one precomposed glyph a letter', async () => {
    const page = await served.browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const rows = new Set<string>();
    for (const url of [...PLANS, '/van-ban/', '/van-ban/76-nq-cp-2021/', '/tinh/']) {
      await page.goto(`${served.origin}${url}`);
      // The page's letters beyond ASCII, and every font style an element's own text is set in.
      const { letters, styles } = await page.evaluate(() => {
        const vietnamese = (text: string) => [...new Set(text.normalize('NFC'))].filter((c) => /\p{L}/u.test(c) && c > '\u007f');
        const styles = new Map<string, { fontFamily: string; fontWeight: string; fontStyle: string; own: number }>();
        for (const el of document.body.querySelectorAll('*')) {
          const text = [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent!)
            .join('');
          if (!text.trim() || !el.checkVisibility()) continue;
          const s = getComputedStyle(el);
          const key = `${s.fontFamily}|${s.fontWeight}|${s.fontStyle}`;
          const own = vietnamese(text).length + (styles.get(key)?.own ?? 0);
          styles.set(key, { fontFamily: s.fontFamily, fontWeight: s.fontWeight, fontStyle: s.fontStyle, own });
        }
        const letters = vietnamese(document.body.innerText).join('');
        return { letters: letters + letters.toUpperCase(), styles: [...styles.values()] };
      });
      expect(letters.length, url).toBeGreaterThan(40);
      for (const [i, { own, ...style }] of styles.entries()) {
        // A style that sets no Vietnamese letter (a file name in <code>) is listed, not held to them.
        await page.evaluate(
          ({ id, style, letters }) => {
            const probe = document.createElement('span');
            probe.id = id;
            Object.assign(probe.style, style);
            probe.textContent = letters;
            document.body.append(probe);
            probe.getBoundingClientRect();
          },
          { id: `glyph-probe-${i}`, style, letters },
        );
        const { root } = await cdp.send('DOM.getDocument');
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#glyph-probe-${i}` });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const what = `${style.fontFamily} ${style.fontWeight} ${style.fontStyle}`;
        rows.add(`${own > 0 ? 'held ' : 'ascii'}  ${fonts.map((f) => `${f.postScriptName} (${f.glyphCount} glyphs)`).join(' + ')}  <-  ${what}`);
        if (own === 0) continue;
        // One platform font for all of them (no letter fell back to another font), and one
        // glyph a letter (no letter drawn as a base and loose combining marks).
        expect(
          fonts.map((f) => f.familyName),
          `${url}: ${what}`,
        ).toHaveLength(1);
        expect(fonts[0]!.glyphCount, `${url}: ${what}`).toBe([...letters].length);
      }
    }
    await page.close();
    console.log([`glyphs: each style the pages set text in, and the font its Vietnamese letters render in (held: the style sets some)`, ...rows].join('\n'));
  });
});
