/** The search benchmark's static host (scripts/lib/search-bench/server.ts): gzipped text, binary as stored, bytes logged, nothing outside the site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serveSite, type SiteServer } from '../../scripts/lib/search-bench/server';

const ROOT = new URL('../../', import.meta.url).pathname;
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const site = mkdtempSync(join(ROOT, '.tmp', 'search-bench-site-'));
let server: SiteServer;
const HTML = `<p>${'Kế hoạch tuyên truyền cải cách hành chính. '.repeat(50)}</p>`;

beforeAll(async () => {
  mkdirSync(join(site, 'tim-kiem'), { recursive: true });
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, 'tim-kiem', 'index.html'), HTML);
  writeFileSync(join(site, 'pagefind', 'a.pf_index'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  writeFileSync(join(site, '404.html'), 'không có');
  server = await serveSite(site);
});
afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    request(`${server.origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the benchmark host', () => {
  it('gzips text for a client that accepts it and logs what it wrote to the socket', async () => {
    server.reset();
    const page = await get('/tim-kiem/', { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toBe(HTML);
    await new Promise((settled) => setTimeout(settled, 20));
    expect(server.log).toHaveLength(1);
    const [entry] = server.log;
    expect(entry).toMatchObject({ path: '/tim-kiem/', status: 200, gzip: true });
    // Headers and body: more than the gzipped body, far less than the page.
    expect(entry!.bytes).toBeGreaterThan(page.body.length);
    expect(entry!.bytes).toBeLessThan(Buffer.byteLength(HTML));
  });

  it('sends Pagefind’s files as stored, and the 404 page for what is not there', async () => {
    const chunk = await get('/pagefind/a.pf_index', { 'accept-encoding': 'gzip' });
    expect([chunk.status, chunk.headers['content-type'], chunk.headers['content-encoding'], chunk.body.length]).toEqual([200, 'application/octet-stream', undefined, 5]);
    const missing = await get('/khong-co/');
    expect([missing.status, missing.body.toString()]).toEqual([404, 'không có']);
  });

  it('never serves a file outside the site', () => {
    expect(fileFor(site, '/../package.json')).toBeNull();
    expect(fileFor(site, '/tim-kiem/')).toBe(join(site, 'tim-kiem', 'index.html'));
    expect(fileFor(site, '/tim-kiem')).toBe(join(site, 'tim-kiem', 'index.html'));
  });
});
