/**
 * Server benchmark: `npm run bench:server [-- <built site>]` (default dist/, built first
 * with `npm run build`). Serves the site with Debian's nginx and the generated
 * configuration on 127.0.0.1:4374 and prints, for the note of the deployment:
 *  - the largest plan page: bytes of the file, and the body nginx sends for br and gzip;
 *  - a first search in Chromium (cold cache, /tim-kiem/?q=Quảng Trị until results show):
 *    every request's body bytes as nginx logged them (brotli where Chromium asks for it),
 *    against the same files uncompressed (what a server without compression sends);
 *  - the redirects by kind; the headers each page type gets.
 * Figures only, no assertions. Raw figures go to .bench/server-results.json.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { countByKind, type Redirect } from '../src/lib/redirects';
import { PAGE_TYPES } from '../src/lib/csp';
import { startNginx } from './lib/nginx-server';
import { launchChromium } from './lib/browser';

const root = resolve(import.meta.dirname, '..');
const site = resolve(root, process.argv[2] ?? 'dist');
const nginx = await startNginx(site, 4374, join(root, '.tmp'));
const bodyBytes = (path: string, encoding: string) =>
  new Promise<{ bytes: number; encoding: string | undefined }>((done, fail) => {
    const req = request(`${nginx.origin}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => done({ bytes, encoding: response.headers['content-encoding'] }));
    });
    req.on('error', fail);
    req.end();
  });
const headersOf = (path: string) =>
  new Promise<Record<string, string>>((done, fail) => {
    const req = request(`${nginx.origin}${path}`, { method: 'HEAD' }, (response) => {
      response.resume();
      const keep = ['content-type', 'cache-control', 'content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];
      done(Object.fromEntries(keep.filter((k) => response.headers[k]).map((k) => [k, String(response.headers[k])])));
    });
    req.on('error', fail);
    req.end();
  });

try {
  const files = (readdirSync(site, { recursive: true }) as string[]).filter((f) => statSync(join(site, f)).isFile());
  const largest = files.filter((f) => f.startsWith('ke-hoach/') && f.endsWith('/index.html')).sort((a, b) => statSync(join(site, b)).size - statSync(join(site, a)).size)[0]!;
  const largestPath = `/${largest.replace(/index\.html$/, '')}`;
  const plan = {
    path: largestPath,
    uncompressed: statSync(join(site, largest)).size,
    br: (await bodyBytes(largestPath, 'br')).bytes,
    gzip: (await bodyBytes(largestPath, 'gzip')).bytes,
  };

  // A first search: cold browser, nginx's access log tells what went over the wire.
  const accessLog = join(nginx.runDir, 'access.log');
  const logStart = readFileSync(accessLog, 'utf8').length;
  const browser = await launchChromium();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${nginx.origin}/tim-kiem/?q=${encodeURIComponent('Quảng Trị')}`);
  await page.waitForSelector('#ket-qua[data-state="done"]', { timeout: 60_000 });
  await browser.close();
  await new Promise((done) => setTimeout(done, 200));
  const lines = readFileSync(accessLog, 'utf8').slice(logStart).trim().split('\n');
  const requests = lines.map((line) => {
    const match = /"GET ([^ ?]+)[^"]*" (\d{3}) (\d+)/.exec(line)!;
    const path = match[1]!;
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    return { path, status: Number(match[2]), sent: Number(match[3]), uncompressed: statSync(file).size };
  });
  const search = {
    query: 'Quảng Trị',
    requests: requests.length,
    sent: requests.reduce((sum, r) => sum + r.sent, 0),
    uncompressed: requests.reduce((sum, r) => sum + r.uncompressed, 0),
    detail: requests,
  };

  const { redirects } = JSON.parse(readFileSync(join(site, 'du-lieu/chuyen-huong.json'), 'utf8')) as { redirects: Redirect[] };
  const samples: Record<string, string> = {
    page: '/',
    search: '/tim-kiem/',
    'citation-tool': '/trich-dan/',
    'embed-preview': '/tinh/',
    embed: readdirSync(join(site, 'nhung/tinh')).map((d) => `/nhung/tinh/${d}/`)[0]!,
  };
  const headers: Record<string, Record<string, string>> = {};
  for (const entry of PAGE_TYPES) headers[entry.type] = await headersOf(samples[entry.type]!);
  headers['asset (/_astro/)'] = await headersOf(`/${files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))}`);
  headers['pagefind chunk'] = await headersOf(`/${files.find((f) => f.endsWith('.pf_fragment'))}`);
  headers['feed'] = await headersOf('/feed.xml');
  headers['csv'] = await headersOf('/du-lieu/ke-hoach.csv');

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`Largest plan page ${plan.path}: ${kb(plan.uncompressed)} uncompressed, ${kb(plan.br)} br, ${kb(plan.gzip)} gzip`);
  console.log(`First search "${search.query}" (${search.requests} requests): ${kb(search.sent)} sent by nginx vs ${kb(search.uncompressed)} uncompressed`);
  console.log(`Redirects: ${JSON.stringify(countByKind(redirects))}`);
  for (const [type, values] of Object.entries(headers)) console.log(`${type}: ${JSON.stringify(values)}`);
  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(join(root, '.bench/server-results.json'), `${JSON.stringify({ plan, search, redirects: countByKind(redirects), headers }, null, 2)}\n`);
} finally {
  await nginx.stop();
}
