/**
 * The built site in a real browser (Debian's Chromium): axe-core's WCAG 2.2 A/AA rules on
 * every page, keyboard use with visible focus, and every request a page makes, which must
 * all go to the site's own origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../../scripts/lib/site-audit';
import { runAxe, WCAG_TAGS } from '../helpers/axe';
import { useSite } from '../helpers/site';

const dist = inject('distDir');
// Redirect pages navigate away at once; axe runs on the page they lead to.
const pages = listPages(dist).filter((page) => !page.redirect);

/** One page of each kind: what the privacy and keyboard checks walk through. */
const PAGE_TYPES = [
  '/',
  '/ke-hoach/',
  '/ke-hoach/quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc/',
  '/tinh/',
  '/tinh/ben-tre/',
  '/tinh/vinh-long-2025/',
  '/tinh/ha-tinh/huyen-ky-anh/',
  '/nam/2024/',
  '/co-quan/',
  '/co-quan/cao-bang/so-vhttdl/',
  '/cap/huyen/',
  '/van-ban/',
  '/van-ban/76-nq-cp-2021/',
  '/lich/',
  '/chi-so/pci/',
  '/co-quan/loai/so-noi-vu/',
  '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/#nv-chu-tri',
  '/trich-dan/',
  '/tim-kiem/',
  '/tim-kiem/?q=quang+tri&chi-so=pci',
  '/404.html',
  '/khong-co-trang-nay/',
];

const served = useSite(dist);

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it(`finds no violation on any of the ${pages.length} pages`, async () => {
    const page = await served.browser.newPage();
    const violations: string[] = [];
    const rules = new Set<string>();
    for (const { url } of pages) {
      await page.goto(`${served.origin}${url}`);
      const results = await runAxe(page);
      for (const group of [results.passes, results.violations, results.incomplete, results.inapplicable]) for (const rule of group) rules.add(rule.id);
      for (const violation of results.violations) {
        violations.push(`${url} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      }
    }
    await page.close();
    console.log(`axe: ${rules.size} rules (tags ${WCAG_TAGS.join(', ')}) run on ${pages.length} pages, ${violations.length} violations`);
    expect(rules.size).toBeGreaterThan(50);
    expect(violations).toEqual([]);
  });
});

/** Describes the focused element and whether its focus is visible (an outline or a box shadow). */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    // Focus inside an embedded page (the embed preview): judge the element that has it there.
    if (el instanceof HTMLIFrameElement) {
      const inner = el.contentDocument?.activeElement as HTMLElement | null | undefined;
      if (inner && inner !== el.contentDocument!.body) {
        const s = el.contentWindow!.getComputedStyle(inner);
        return {
          key: `iframe>${inner.tagName.toLowerCase()}|${inner.getAttribute('href')}`,
          index: null,
          visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
          onScreen: true,
        };
      }
    }
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      key: `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? el.id ?? ''}|${el.textContent?.trim().slice(0, 40)}`,
      index: el.dataset['kbIndex'] ?? null,
      visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0,
    };
  });
}

describe('keyboard', () => {
  it.each(PAGE_TYPES.filter((url) => !url.includes('khong-co')))('%s: skip link first, every interactive element reachable with visible focus', async (url) => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}${url}`);
    if (!url.includes('#')) {
      // (With a fragment, sequential focus starts at the target, as it should.)
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first?.key).toMatch(/^a\|#noi-dung\|/);
      expect(first).toMatchObject({ visible: true, onScreen: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    }

    // Number every element that should take focus, then Tab through the page once.
    const tabbable = await page.evaluate(() => {
      // Elements not rendered (the hidden copies of a sortable table) take no focus.
      const elements = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
        (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
      );
      elements.forEach((el, i) => (el.dataset['kbIndex'] = String(i)));
      (document.activeElement as HTMLElement | null)?.blur();
      return elements.length;
    });
    const reached = new Set<string>();
    const notVisible: string[] = [];
    // A few more presses than elements: an embed preview's iframe takes focus, and its links too.
    for (let i = 0; i < tabbable + 8; i++) {
      await page.keyboard.press('Tab');
      const current = await focused(page);
      if (!current) continue;
      if (current.index !== null) reached.add(current.index);
      if (!current.visible || !current.onScreen) notVisible.push(current.key);
    }
    await page.close();
    expect(notVisible).toEqual([]);
    expect(reached.size).toBe(tabbable);
  });
});

describe('privacy in the browser', () => {
  it.each(PAGE_TYPES)('%s requests nothing from another origin and breaks no CSP rule', async (url) => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const cspErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
    });
    await page.goto(`${served.origin}${url}`, { waitUntil: 'networkidle' });
    await context.close();
    expect(requests.length).toBeGreaterThanOrEqual(2); // the page and its stylesheet at least
    expect(requests.filter((request) => !request.startsWith(`${served.origin}/`))).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});

describe('the citation tool', () => {
  it('finds the references of pasted text in the browser and links the known ones', async () => {
    const page = await served.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${served.origin}/trich-dan/`);
    expect(await page.locator('#can-javascript').count()).toBe(0);
    await page.fill('#van-ban-dan', 'Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Kế hoạch số 204/KH-UBND ngày 24/12/2021 của UBND tỉnh; Quý I/2022.');
    await page.selectOption('#tinh', 'quang-tri');
    await page.getByRole('button', { name: 'Tìm trích dẫn' }).click();
    await expect.poll(() => page.locator('#so-trich-dan').textContent()).toBe('Tìm thấy 2 trích dẫn');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('so-trich-dan');
    expect(await page.locator('.annotated mark a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/van-ban/18-nq-tw-khoa-xii/', '/van-ban/quang-tri-204-kh-ubnd-2021/']);
    expect(await page.locator('.annotated').textContent()).toBe('Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Kế hoạch số 204/KH-UBND ngày 24/12/2021 của UBND tỉnh; Quý I/2022.');
    const results = await runAxe(page);
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('embeds on another site', () => {
  it('render inside an iframe on another origin, and their links open on the portal', async () => {
    // The host page is served from "localhost"; the portal from 127.0.0.1: two origins.
    const { createServer } = await import('node:http');
    const portalOrigin = served.origin;
    const embed = `${portalOrigin}/nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/`;
    const host = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="vi"><title>Cổng huyện</title><h1>Cổng thông tin huyện</h1><iframe src="${embed}" title="Kế hoạch" width="320" height="400"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
    const address = host.address() as { port: number };
    const page = await served.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).origin));
    await page.goto(`http://localhost:${address.port}/`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('ol li').count()).toBe(1);
    expect(await frame.locator('ol a').getAttribute('target')).toBe('_top');
    expect(new Set(requests)).toEqual(new Set([`http://localhost:${address.port}`, portalOrigin]));
    // The link opens the plan on the portal's public address (the site URL), in the top window.
    const [navigation] = await Promise.all([page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame()), frame.locator('ol a').click()]);
    expect(navigation.url()).toBe('http://127.0.0.1:4321/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/');
    await page.close();
    await new Promise((resolve) => host.close(resolve));
  });
});
