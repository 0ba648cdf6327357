/**
 * Audits of the built site (dist/), shared by the build tests (tests/build/) and their
 * server (tests/helpers/serve.ts): the pages,
 * their internal links and anchors, their weight, and every resource they would load.
 * Reads files only; nothing is fetched.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';

export interface Page {
  /** URL path: "/", "/tinh/ben-tre/", "/404.html". */
  url: string;
  file: string;
  html: string;
  /** Whether the page only redirects elsewhere (an old URL, a document that is a plan). */
  redirect: boolean;
}

/** Every HTML page of the site, sorted by URL. */
export function listPages(dist: string): Page[] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return {
        url: file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`,
        file: join(dist, file),
        html,
        redirect: /<meta http-equiv="refresh"/i.test(html),
      };
    });
}

/** The file a URL path is served from, or null when there is none. */
export function fileForUrl(dist: string, path: string): string | null {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/') ? [join(dist, decoded, 'index.html')] : [join(dist, decoded), join(dist, decoded, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

export interface LinkReport {
  /** Internal links and resource references checked (with their anchors). */
  checked: number;
  broken: { page: string; href: string; reason: string }[];
  /** External URLs, listed (never fetched), with the pages that link to them. */
  external: Map<string, string[]>;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    const $ = load(readFileSync(file, 'utf8'));
    set = new Set(
      $('[id]')
        .map((_, el) => $(el).attr('id')!)
        .get(),
    );
    ids.set(file, set);
  }
  return set;
}

/** The site's own origin, read from the canonical links (absolute links to it are internal). */
function siteOrigin(pages: readonly Page[]): string | null {
  for (const page of pages) {
    const href = load(page.html)('link[rel="canonical"]').attr('href');
    if (href && /^https?:\/\//.test(href)) return new URL(href).origin;
  }
  return null;
}

/** Checks every href and src of every page: internal targets and anchors must exist. */
export function checkLinks(dist: string, pages = listPages(dist)): LinkReport {
  const report: LinkReport = { checked: 0, broken: [], external: new Map() };
  const own = siteOrigin(pages);
  ids.clear();
  for (const page of pages) {
    const $ = load(page.html);
    const refs = $('a[href], link[href], img[src], script[src], source[src], iframe[src]')
      .map((_, el) => $(el).attr('href') ?? $(el).attr('src')!)
      .get();
    for (const ref of refs) {
      const parsed = new URL(ref, `http://site.invalid${page.url}`);
      // Absolute links to the site's own address (embeds, feeds) are checked like relative ones.
      const url = own && parsed.origin === own ? new URL(parsed.pathname + parsed.search + parsed.hash, 'http://site.invalid') : parsed;
      if (url.host !== 'site.invalid') {
        if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') {
          report.external.set(url.href, [...(report.external.get(url.href) ?? []), page.url]);
        } else {
          report.broken.push({ page: page.url, href: ref, reason: `scheme ${url.protocol} is not allowed` });
        }
        continue;
      }
      report.checked++;
      const target = fileForUrl(dist, url.pathname);
      if (!target) {
        report.broken.push({ page: page.url, href: ref, reason: 'no such page or file' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
        report.broken.push({ page: page.url, href: ref, reason: `no element with id "${anchor}"` });
      }
    }
  }
  return report;
}

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  /** HTML + CSS + JS bytes a first visit downloads (uncompressed). */
  total: number;
}

/** Bytes each page costs: its HTML plus the stylesheets and scripts it links. */
export function pageWeights(dist: string, pages = listPages(dist)): PageWeight[] {
  const size = (href: string) => {
    const file = fileForUrl(dist, href);
    return file ? statSync(file).size : 0;
  };
  return pages
    .map((page) => {
      const $ = load(page.html);
      const css = $('link[rel="stylesheet"]')
        .map((_, el) => size($(el).attr('href')!))
        .get()
        .reduce((a, b) => a + b, 0);
      const js = $('script[src]')
        .map((_, el) => size($(el).attr('src')!))
        .get()
        .reduce((a, b) => a + b, 0);
      // Inline data blocks (JSON-LD, JSON) are not scripts.
      const inline = $('script:not([src])')
        .filter((_, el) => !/json/i.test($(el).attr('type') ?? ''))
        .text().length;
      const html = Buffer.byteLength(page.html);
      return { url: page.url, html, css, js: js + inline, total: html + css + js };
    })
    .sort((a, b) => b.total - a.total);
}

/**
 * Bytes of a page's HTML source inside the elements that match `selector` (each element
 * with its tags, as written in the file; an element inside another match counts once).
 */
export function elementBytes(html: string, selector: string): number {
  const $ = load(html, { sourceCodeLocationInfo: true });
  const spans = $(selector)
    .toArray()
    .map((el) => (el as unknown as { sourceCodeLocation?: { startOffset: number; endOffset: number } }).sourceCodeLocation)
    .filter((loc) => loc !== undefined)
    .sort((a, b) => a.startOffset - b.startOffset);
  let bytes = 0;
  let end = -1;
  for (const span of spans) {
    if (span.startOffset < end) continue;
    bytes += Buffer.byteLength(html.slice(span.startOffset, span.endOffset));
    end = span.endOffset;
  }
  return bytes;
}

/** Every resource a page would load from another origin (scripts, styles, images, fonts, frames…). */
export function externalResources(pages: Page[]): { page: string; url: string }[] {
  const found: { page: string; url: string }[] = [];
  for (const page of pages) {
    const $ = load(page.html);
    $('[src], link[href], [srcset], [poster], object[data]').each((_, el) => {
      const tag = $(el);
      if (el.tagName === 'link' && !/stylesheet|icon|preload|modulepreload|manifest|prefetch/.test(tag.attr('rel') ?? '')) return;
      for (const value of [
        tag.attr('src'),
        el.tagName === 'link' ? tag.attr('href') : undefined,
        tag.attr('poster'),
        tag.attr('data'),
        ...(tag.attr('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]),
      ]) {
        if (value && /^(https?:)?\/\//i.test(value)) found.push({ page: page.url, url: value });
      }
    });
    for (const match of page.html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/gi)) found.push({ page: page.url, url: match[1]! });
    for (const match of page.html.matchAll(/@import\s+['"]((?:https?:)?\/\/[^'"]+)/gi)) found.push({ page: page.url, url: match[1]! });
  }
  return found;
}
