/**
 * Quality gates over the built site, read from dist/ (no browser): every internal link
 * and anchor resolves, pages stay within their byte budgets, nothing loads from another
 * origin, every page carries the Content-Security-Policy, and every page is valid HTML.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/build';
import { checkLinks, elementBytes, externalResources, listPages, pageWeights } from '../../scripts/lib/site-audit';

const dist = inject('distDir');
const pages = listPages(dist);

/** Pages allowed to run JavaScript: those whose feature needs it (search, the citation tool). */
const SCRIPT_PAGES: readonly RegExp[] = [/^\/tim-kiem\//, /^\/trich-dan\//];
/** Budget of a page's HTML + CSS, in bytes (uncompressed). */
const PAGE_BUDGET = 60 * 1024;
/**
 * The pages with the two province maps (63 and 34 units, inline SVG: every province a
 * link) have their own budget: the maps are about 65 KB uncompressed, 18 KB gzipped
 * (tests/build/pictures.test.ts holds each map to 40 KB gzipped).
 */
const MAP_PAGES: readonly string[] = ['/', '/tinh/'];
const MAP_PAGE_BUDGET = 120 * 1024;
/**
 * A plan page carries the plan's own text, which grows with the official document and
 * cannot be cut: the body as converted from the source (letterhead to appendix and
 * signature) and the appendix's tasks in the sortable table. Its budget is on the rest,
 * what the portal adds (head, header, navigation, facts panel, relations, search record,
 * footer, stylesheets): at most PLAN_CHROME_BUDGET; the whole page is held to a hard cap.
 */
const PLAN_PAGE = /^\/ke-hoach\/[a-z0-9-]+\/[a-z0-9-]+\/\d{4}\/[a-z0-9-]+\/$/;
const PLAN_TEXT = '.doc-body, .assignments';
const PLAN_CHROME_BUDGET = 24 * 1024;
const PLAN_PAGE_CAP = 100 * 1024;

describe('links', () => {
  it('resolves every internal link and anchor', () => {
    const report = checkLinks(dist, pages);
    console.log(
      `links: ${report.checked} internal links checked on ${pages.length} pages, ${report.broken.length} broken; ${report.external.size} external URLs listed (not fetched): ${[...report.external.keys()].join(', ')}`,
    );
    expect(report.checked).toBeGreaterThan(pages.length * 10);
    expect(report.broken).toEqual([]);
  });
});

describe('weight', () => {
  it(`keeps every page's HTML + CSS within ${PAGE_BUDGET / 1024} KiB (the map pages ${MAP_PAGE_BUDGET / 1024} KiB; a plan page's own bytes within ${PLAN_CHROME_BUDGET / 1024} KiB, the whole within ${PLAN_PAGE_CAP / 1024} KiB) and ships no JavaScript outside the pages that need it`, () => {
    const weights = pageWeights(dist, pages);
    const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
    console.log(
      ['largest pages (KiB):', '  total    html     css      js  page', ...weights.slice(0, 10).map((w) => `${kib(w.total)}  ${kib(w.html)}  ${kib(w.css)}  ${kib(w.js)}  ${w.url}`)].join('\n'),
    );
    const byUrl = new Map(pages.map((page) => [page.url, page]));
    const plans = weights
      .filter((w) => PLAN_PAGE.test(w.url) && !byUrl.get(w.url)!.redirect)
      .map((w) => {
        const text = elementBytes(byUrl.get(w.url)!.html, PLAN_TEXT);
        return { url: w.url, total: w.html + w.css, text, chrome: w.html + w.css - text };
      });
    console.log(['plan pages (KiB):', '  total    text  portal  page', ...plans.map((p) => `${kib(p.total)}  ${kib(p.text)}  ${kib(p.chrome)}  ${p.url}`)].join('\n'));
    expect(plans.length).toBeGreaterThanOrEqual(5);
    for (const plan of plans) expect(plan.text, plan.url).toBeGreaterThan(5000);
    expect(plans.filter((p) => p.chrome > PLAN_CHROME_BUDGET || p.total > PLAN_PAGE_CAP)).toEqual([]);
    const planUrls = new Set(plans.map((p) => p.url));
    expect(weights.filter((w) => !planUrls.has(w.url) && w.html + w.css > (MAP_PAGES.includes(w.url) ? MAP_PAGE_BUDGET : PAGE_BUDGET))).toEqual([]);
    expect(weights.filter((w) => w.js > 0 && !SCRIPT_PAGES.some((pattern) => pattern.test(w.url)))).toEqual([]);
  });
});

describe('privacy', () => {
  it('loads nothing from another origin (HTML and CSS)', () => {
    expect(externalResources(pages)).toEqual([]);
    const css = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/@import/i);
    }
  });

  it('sets a Content-Security-Policy on every page that forbids other origins and, but where needed, scripts', () => {
    for (const page of pages) {
      const $ = load(page.html);
      const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('default-src'), page.url).toEqual(["'none'"]);
      for (const [name, values] of directives) {
        for (const value of values) expect(value, `${page.url} ${name}`).toMatch(/^'(none|self|sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/);
      }
      if (!SCRIPT_PAGES.some((pattern) => pattern.test(page.url))) expect(directives.get('script-src'), page.url).toEqual(["'none'"]);
      expect($('head meta').first().attr('charset'), page.url).toBe('utf-8');
    }
  });
});

describe('HTML', () => {
  it('is valid on every page (html-validate, rules in .htmlvalidate.json, explained in .htmlvalidate.md)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, join(ROOT, '.htmlvalidate.json').replace('.htmlvalidate.json', 'page.html'));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has one h1, the landmarks and a skip link on every page', () => {
    for (const page of pages) {
      const $ = load(page.html);
      expect($('h1'), page.url).toHaveLength(1);
      expect($('html').attr('lang'), page.url).toBe('vi');
      // Embeds (/nhung/) live inside other sites' iframes: a main landmark and a heading only.
      if (page.url.startsWith('/nhung/')) {
        expect($('main'), page.url).toHaveLength(1);
        continue;
      }
      expect($('body > header, [role="banner"]'), page.url).toHaveLength(1);
      expect($('main'), page.url).toHaveLength(1);
      expect($('nav[aria-label]').length, page.url).toBeGreaterThan(0);
      expect($('body > footer'), page.url).toHaveLength(1);
      const skip = $('body > a').first();
      expect(skip.attr('href'), page.url).toBe(`#${$('main').attr('id')}`);
    }
  });
});
