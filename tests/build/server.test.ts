/**
 * The portal as it is deployed: Debian's nginx on 127.0.0.1 with the configuration the
 * build generates (src/lib/server/nginx.ts), over HTTP and in Chromium. Two builds of the
 * real content plus one alias (so that every redirect kind exists): at the root and under
 * PORTAL_BASE=/ke-hoach-cchc/. nginx missing is a failure, never a skip
 * (scripts/ensure-nginx.mjs, run before `npm test`, installs it).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, pagePolicy, pageType } from '../../src/lib/csp';
import type { Redirect } from '../../src/lib/redirects';
import { CACHE } from '../../src/lib/server/nginx';
import { sitePath, withBase } from '../../src/lib/urls';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx-server';
import { launchChromium } from '../helpers/browser';
import { ROOT, removeScratch, runBuild, scratchDir } from '../helpers/build';

const BASES = ['/', '/ke-hoach-cchc/'] as const;
const PORTS = { '/': 4370, '/ke-hoach-cchc/': 4371 } as const;
const FRAMER_PORT = 4372;
const KY_ANH = '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/';
/** A former path of the Kỳ Anh plan, added to a copy of the content for the alias redirect. */
const ALIAS = 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd-cu';

interface Site {
  base: string;
  dist: string;
  nginx: RunningNginx;
  redirects: Redirect[];
}

const scratch = scratchDir('server');
const sites = new Map<string, Site>();
let browser: Browser;
let framer: Server;

/** A GET whose body comes as sent (fetch would decode Content-Encoding). */
function rawGet(target: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const request = httpRequest(target, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', fail);
    });
    request.on('error', fail);
    request.end();
  });
}

/** Every file of a built site, relative, without the precompressed twins. */
function siteFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true }) as string[]).filter((file) => statSync(join(dist, file)).isFile() && !/\.(br|gz)$/.test(file));
}

beforeAll(async () => {
  const content = join(scratch, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const kyAnh = join(content, 'plans/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx');
  const source = readFileSync(kyAnh, 'utf8');
  if (!source.includes('\naliases: []\n')) throw new Error(`${kyAnh}: expected "aliases: []" to add the test alias to`);
  writeFileSync(kyAnh, source.replace('\naliases: []\n', `\naliases:\n  - ${ALIAS}\n`));
  for (const base of BASES) {
    const dist = join(scratch, base === '/' ? 'root' : 'based', 'dist');
    const result = runBuild(dist, { contentDir: content, cacheDir: join(scratch, `cache-${PORTS[base]}`), env: { PORTAL_BASE: base, PORTAL_SITE: `http://127.0.0.1:${PORTS[base]}` } });
    if (result.status !== 0) throw new Error(`build with PORTAL_BASE=${base} failed:\n${result.output}`);
    const nginx = await startNginx(dist, PORTS[base], scratch);
    const { redirects } = JSON.parse(readFileSync(join(dist, 'du-lieu/chuyen-huong.json'), 'utf8')) as { redirects: Redirect[] };
    sites.set(base, { base, dist, nginx, redirects });
  }
  browser = await launchChromium();
  // Another origin (host and port differ) that frames the portal's pages.
  framer = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>framer</title><iframe id="f" src="${src.replace(/[^A-Za-z0-9:/._-]/g, '')}"></iframe>`);
  });
  await new Promise<void>((done) => framer.listen(FRAMER_PORT, '127.0.0.1', done));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (framer ? framer.close(done) : done(undefined)));
  for (const site of sites.values()) await site.nginx.stop();
  removeScratch(scratch);
});

for (const base of BASES) {
  describe(`nginx with the generated configuration, PORTAL_BASE=${base}`, () => {
    const site = () => sites.get(base)!;
    const url = (path: string) => `${site().nginx.origin}${withBase(path, base)}`;
    const get = (path: string, headers: Record<string, string> = {}) => fetch(url(path), { redirect: 'manual', headers });

    it('answers every redirect with 301 and its Location, for each kind, as the fallback pages do', async () => {
      const { redirects, dist } = site();
      const kinds = new Set(redirects.map((redirect) => redirect.kind));
      // The real content has no incomplete citation that resolves to one document (document-resolved).
      expect([...kinds].sort()).toEqual(['alias', 'document-plan', 'permalink']);
      expect(redirects.find((redirect) => redirect.kind === 'alias')).toEqual({ from: withBase(`/ke-hoach/${ALIAS}/`, base), to: withBase(KY_ANH, base), kind: 'alias' });
      for (const redirect of redirects) {
        expect(redirect.from.startsWith(base) && redirect.to.startsWith(base), redirect.from).toBe(true);
        const response = await fetch(`${site().nginx.origin}${redirect.from}`, { redirect: 'manual' });
        expect(response.status, redirect.from).toBe(301);
        expect(response.headers.get('location'), redirect.from).toBe(redirect.to);
        const target = await fetch(`${site().nginx.origin}${redirect.to}`, { redirect: 'manual' });
        expect(target.status, redirect.to).toBe(200);
      }
      // The same list as the redirect pages the build keeps for plain static hosts.
      const refreshPages = siteFiles(dist)
        .filter((file) => file.endsWith('index.html'))
        .flatMap((file) => {
          const content = load(readFileSync(join(dist, file), 'utf8'))('meta[http-equiv="refresh"]').attr('content');
          return content ? [{ from: withBase(`/${file.replace(/index\.html$/, '')}`, base), to: content.replace(/^0; url=/, '') }] : [];
        })
        .sort((a, b) => a.from.localeCompare(b.from));
      expect(refreshPages).toEqual(redirects.map(({ from, to }) => ({ from, to })).sort((a, b) => a.from.localeCompare(b.from)));
    });

    it('sends the security headers of each page type, the page’s own policy plus frame-ancestors', async () => {
      const samples = [
        '/',
        KY_ANH,
        '/tinh/ben-tre/',
        '/tinh/',
        '/co-quan/ha-tinh/ubnd-huyen-ky-anh/',
        '/tim-kiem/',
        '/trich-dan/',
        '/nhung/tinh/ben-tre/',
        '/nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/',
        '/van-ban/',
        '/404.html',
      ];
      for (const path of samples) {
        const response = await get(path);
        expect(response.status, path).toBe(200);
        const type = pageType(path);
        const csp = response.headers.get('content-security-policy');
        expect(csp, path).toBe(headerPolicy(type));
        const meta = load(await response.text())('meta[http-equiv="Content-Security-Policy"]').attr('content');
        expect(meta, path).toBe(pagePolicy(type));
        expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
        expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
        expect(response.headers.get('cache-control'), path).toBe(CACHE.revalidate);
        expect(response.headers.get('x-frame-options'), path).toBe(type === 'embed' ? null : 'DENY');
        expect(csp, path).toContain(type === 'embed' ? 'frame-ancestors *' : "frame-ancestors 'none'");
        expect(response.headers.get('strict-transport-security'), path).toBeNull();
      }
    });

    it('labels every file the build writes with its type, UTF-8 on text, and caches hashed files for good', async () => {
      const expected: [RegExp, string][] = [
        [/\.html$/, 'text/html; charset=utf-8'],
        [/\.css$/, 'text/css; charset=utf-8'],
        [/\.js$/, 'text/javascript; charset=utf-8'],
        [/\.json$/, 'application/json; charset=utf-8'],
        [/\.csv$/, 'text/csv; charset=utf-8'],
        [/\.xml$/, 'application/xml; charset=utf-8'],
        [/\.txt$/, 'text/plain; charset=utf-8'],
        [/\.svg$/, 'image/svg+xml; charset=utf-8'],
        [/\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind)$/, 'application/octet-stream'],
      ];
      const files = siteFiles(site().dist);
      const byExtension = new Map<string, string>();
      for (const file of files) byExtension.set(/\.([^./]+)$/.exec(file)![1]!, file);
      expect([...byExtension.keys()].sort()).toEqual(['css', 'csv', 'html', 'js', 'json', 'pagefind', 'pf_filter', 'pf_fragment', 'pf_index', 'pf_meta', 'svg', 'txt', 'xml']);
      for (const file of byExtension.values()) {
        const response = await get(`/${file}`);
        expect(response.status, file).toBe(200);
        const type = expected.find(([pattern]) => pattern.test(file));
        expect(type, file).toBeDefined();
        expect(response.headers.get('content-type'), file).toBe(type![1]);
        const immutable = file.startsWith('_astro/') || /^pagefind\/.*\.pf_(fragment|index|meta|filter)$/.test(file);
        expect(response.headers.get('cache-control'), file).toBe(immutable ? CACHE.immutable : CACHE.revalidate);
        expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
      }
    });

    it('serves the precompressed .br and .gz twins, byte for byte the file once decoded', async () => {
      const dist = site().dist;
      const files = siteFiles(dist);
      const largestPlan = files.filter((file) => file.startsWith('ke-hoach/') && file.endsWith('index.html')).sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0]!;
      const samples = [
        largestPlan,
        'index.html',
        'pagefind/pagefind.js',
        'pagefind/pagefind-worker.js',
        'du-lieu/ke-hoach.csv',
        'feed.xml',
        // The largest stylesheet: per-page-type sheets can be smaller than MIN_BYTES, which get no twins.
        files.filter((file) => file.startsWith('_astro/') && file.endsWith('.css')).sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0]!,
      ];
      for (const file of samples) {
        const original = readFileSync(join(dist, file));
        const path = `/${file.replace(/index\.html$/, '')}`;
        for (const [encoding, decode] of [
          ['br', brotliDecompressSync],
          ['gzip', gunzipSync],
        ] as const) {
          const response = await rawGet(url(path), { 'accept-encoding': encoding });
          expect(response.status, `${file} ${encoding}`).toBe(200);
          expect(response.headers['content-encoding'], `${file} ${encoding}`).toBe(encoding);
          expect(response.headers['vary'], file).toBe('Accept-Encoding');
          const body = response.body;
          expect(body.equals(readFileSync(join(dist, `${file}.${encoding === 'br' ? 'br' : 'gz'}`))), `${file} ${encoding}: the build's twin`).toBe(true);
          expect(decode(body).equals(original), `${file} ${encoding}: decoded`).toBe(true);
          expect(body.length, file).toBeLessThan(original.length);
        }
        const identity = await rawGet(url(path), { 'accept-encoding': 'identity' });
        expect(identity.headers['content-encoding'], file).toBeUndefined();
        expect(identity.body.equals(original), file).toBe(true);
      }
    });

    it('answers a missing path with the Vietnamese 404 page and status 404', async () => {
      const page404 = readFileSync(join(site().dist, '404.html'));
      for (const path of ['/khong-co-trang-nay/', '/ke-hoach/ha-tinh/khong-co/', '/nhung/tinh/khong-co/', '/pagefind/khong-co.pf_fragment']) {
        const response = await get(path, { 'accept-encoding': 'identity' });
        expect(response.status, path).toBe(404);
        expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
        const body = Buffer.from(await response.arrayBuffer());
        expect(body.equals(page404), path).toBe(true);
        expect(body.toString('utf8')).toContain('Không tìm thấy trang');
        expect(response.headers.get('content-security-policy'), path).toBe(headerPolicy('page'));
      }
      if (base !== '/') {
        const outside = await fetch(`${site().nginx.origin}/ke-hoach/`, { redirect: 'manual' });
        expect(outside.status).toBe(404);
      }
      // A directory without its slash: one relative 301 to the URL with it.
      const bare = await fetch(url(KY_ANH).replace(/\/$/, ''), { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe(withBase(KY_ANH, base));
    });

    it('keeps every internal link, asset and feed under the base path', async () => {
      for (const path of ['/', KY_ANH, '/tinh/ben-tre/', '/tim-kiem/', '/404.html']) {
        const $ = load(await (await get(path)).text());
        const refs = $('[href], [src], [action]')
          .toArray()
          .map((element) => $(element).attr('href') ?? $(element).attr('src') ?? $(element).attr('action')!)
          .filter((ref) => ref.startsWith('/') || ref.startsWith(site().nginx.origin));
        expect(refs.length, path).toBeGreaterThan(5);
        for (const ref of refs) {
          const pathname = new URL(ref, site().nginx.origin).pathname;
          expect(sitePath(pathname, base), `${path}: ${ref}`).not.toBeNull();
        }
      }
      const feed = await (await get('/feed.xml')).text();
      const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
      expect(links.length).toBeGreaterThan(1);
      for (const link of links) expect(link.startsWith(`${site().nginx.origin}${base}`), link).toBe(true);
      const sitemap = await (await get('/sitemap-0.xml')).text();
      for (const loc of [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)) expect(loc.startsWith(`${site().nginx.origin}${base}`), loc).toBe(true);
      const robots = await (await get('/robots.txt')).text();
      expect(robots).toContain(`Disallow: ${withBase('/nhung/', base)}`);
      expect(robots).toContain(`Sitemap: ${site().nginx.origin}${withBase('/sitemap-index.xml', base)}`);
    });

    it('refuses to be framed by another site, except the embeds (Chromium)', async () => {
      const page = await browser.newPage();
      try {
        for (const [path, framable] of [
          [KY_ANH, false],
          ['/', false],
          ['/tim-kiem/', false],
          ['/tinh/ben-tre/', false],
          ['/nhung/tinh/ben-tre/', true],
          ['/nhung/co-quan/ha-tinh/ubnd-huyen-ky-anh/', true],
        ] as const) {
          await page.goto(`http://localhost:${FRAMER_PORT}/?src=${encodeURIComponent(url(path))}`);
          const frame = await (await page.waitForSelector('#f'))!.contentFrame();
          await frame!.waitForLoadState('load');
          const shown = await frame!.evaluate(() => location.href);
          expect(shown, path).toBe(framable ? url(path) : 'chrome-error://chromewebdata/');
        }
        // The portal's own preview of an embed (same origin) shows it.
        await page.goto(url('/tinh/ben-tre/'));
        const preview = await page.$('iframe');
        expect(preview, 'the province page previews its embed').not.toBeNull();
        const frame = await preview!.contentFrame();
        await frame!.waitForLoadState('load');
        expect(await frame!.evaluate(() => location.pathname)).toBe(withBase('/nhung/tinh/ben-tre/', base));
      } finally {
        await page.close();
      }
    });

    it('searches through nginx in Chromium, the bundle and the results under the base path', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requested: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      try {
        await page.goto(url('/tim-kiem/?q=ky+anh'));
        await page.waitForSelector('#ket-qua[data-state="done"]', { timeout: 30_000 });
        const results = await page.$$eval('.result h3 a', (links) => links.map((link) => new URL(link.getAttribute('href')!, location.href).pathname));
        expect(results).toContain(withBase(KY_ANH, base));
        expect(errors).toEqual([]);
        const bundle = requested.filter((path) => path.includes('/pagefind/'));
        expect(bundle.length).toBeGreaterThan(2);
        for (const path of bundle) expect(path.startsWith(withBase('/pagefind/', base)), path).toBe(true);
        await page.click('.result h3 a');
        await page.waitForURL((target) => target.pathname === withBase(KY_ANH, base));
      } finally {
        await page.close();
      }
    });
  });
}
